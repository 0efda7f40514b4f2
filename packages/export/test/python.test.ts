import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Built } from './build.ts';
import { TRICKY } from './fixture.ts';
import { readCsv, readDescriptor } from './read-snapshot.ts';

const python = spawnSync('python3', ['--version']).status === 0;
if (!python) console.warn('python3 is not installed: the test that opens the CSVs with Python’s csv module is skipped.');

/** Reads every CSV given on the command line with Python's csv module and prints its rows as JSON. */
const SCRIPT = `
import csv, json, sys
result = {}
for path, encoding, delimiter in json.loads(sys.argv[1]):
    with open(path, newline="", encoding=encoding) as file:
        result[path] = list(csv.reader(file, delimiter=delimiter))
print(json.dumps(result))
`;

function readWithPython(files: [string, string, string][]): Record<string, string[][]> {
  const run = spawnSync('python3', ['-c', SCRIPT, JSON.stringify(files)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Record<string, string[][]>;
}

describe.skipIf(!python).each(['real', 'fixture'] as const)('CSVs opened with Python’s csv module (%s data)', (source) => {
  let built: Built;
  beforeAll(async () => {
    built = await build(source);
  });
  afterAll(() => built.cleanup());

  it('gives the same rows, row counts and accented values as csv-parse, for every CSV', () => {
    const resources = readDescriptor(built.outDir).resources;
    const files = resources.map((resource): [string, string, string] => [join(built.outDir, resource.path), 'utf-8', ',']);
    const python = readWithPython(files);
    for (const [path, , delimiter] of files) {
      const { header, rows } = readCsv(path, { delimiter });
      expect(python[path]!.length, path).toBe(rows.length + 1);
      expect(python[path], path).toStrictEqual([header, ...rows]);
    }
    const cells = (path: string) => python[join(built.outDir, path)]!.flat();
    if (source === 'real') {
      expect(cells('territories.csv')).toContain("Provence-Alpes-Côte d'Azur");
    } else {
      expect(cells('organisations.csv')).toContain('Union "fictive"\ndes médecins');
      expect(cells('initiatives.csv')).toContain(TRICKY.quotesAndCommas);
      expect(cells('themes.csv')).toContain(TRICKY.lineBreaks);
    }
  });
});
