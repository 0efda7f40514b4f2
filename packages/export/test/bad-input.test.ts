import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidDataError } from '@acces-soins/validate';
import { exportSnapshot } from '../src/index.ts';
import { fixtureRecords, removeDir, tempOutDir, writeFixture, type FixtureRecords } from './fixture.ts';
import { listFiles, readBytes } from './files.ts';

const cli = join(import.meta.dirname, '..', 'src', 'cli.ts');

describe('bad input', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  function setUp(change: (records: FixtureRecords) => void) {
    const records = fixtureRecords();
    change(records);
    const dataDir = writeFixture(records);
    const { parent, outDir } = tempOutDir();
    cleanups.push(() => removeDir(dataDir), () => removeDir(parent));
    return { dataDir, parent, outDir };
  }

  const unknownProperty = (records: FixtureRecords) => {
    records.initiatives![1]!.colour = 'red';
  };

  it('reports every issue with file, line, record and field, and writes nothing', async () => {
    const { dataDir, parent, outDir } = setUp(unknownProperty);
    await expect(exportSnapshot({ dataDir, outDir })).rejects.toThrow(InvalidDataError);
    await expect(exportSnapshot({ dataDir, outDir })).rejects.toThrow(/initiatives\.jsonl:2 \[programme-test\] \/(colour)?: unknown property "colour"/);
    expect(readdirSync(parent)).toStrictEqual([]);
  });

  it('leaves the previous snapshot untouched', async () => {
    const { dataDir, outDir } = setUp(unknownProperty);
    mkdirSync(join(outDir, 'excel'), { recursive: true });
    writeFileSync(join(outDir, 'excel', 'old.csv'), 'old\r\n');
    writeFileSync(join(outDir, 'datapackage.json'), '{}');
    await expect(exportSnapshot({ dataDir, outDir })).rejects.toThrow(InvalidDataError);
    expect(listFiles(outDir)).toStrictEqual(['datapackage.json', 'excel/old.csv']);
    expect(readBytes(outDir, 'datapackage.json').toString()).toBe('{}');
    expect(readdirSync(dirname(outDir))).toStrictEqual(['snapshots']);
  });

  it('refuses an empty string, which a CSV cannot tell from an absent value', async () => {
    const { dataDir, parent, outDir } = setUp((records) => {
      records.organisations![1]!.acronym = '';
    });
    await expect(exportSnapshot({ dataDir, outDir })).rejects.toThrow(/organisations\.jsonl:2 \[union-fictive\] \/acronym: /);
    expect(readdirSync(parent)).toStrictEqual([]);
  });

  it('makes the CLI print the issues, say nothing was written and exit with 1', () => {
    const { dataDir, outDir } = setUp(unknownProperty);
    const run = spawnSync(process.execPath, [cli, '--data', dataDir, '--out', outDir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/initiatives\.jsonl:2 \[programme-test\] \/(colour)?: unknown property "colour"/);
    expect(run.stderr).toContain(`Nothing written to ${outDir}.`);
    expect(existsSync(outDir)).toBe(false);
  });
});
