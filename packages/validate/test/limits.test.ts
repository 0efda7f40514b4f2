import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateData } from '../src/index.ts';
import { breachOf, LIMITS } from '../src/limits.ts';
import { fixtureDataDir, relativeTo, removeDataDir } from './fixture-dir.ts';

// The limits too big for a committed fixture (a megabyte line), and the cases of metadata.json and invalid bytes.
// The small cases are fixtures (fixtures.test.ts).
let dir: string | undefined;
afterEach(() => {
  if (dir !== undefined) removeDataDir(dir);
  dir = undefined;
});

/** The valid fixture with one file rewritten by `change`; the issues, paths relative to the data folder. */
function issuesWith(file: string, change: (bytes: Buffer) => Buffer | string) {
  dir = fixtureDataDir();
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path)));
  return validateData({ dataDir: dir }).issues.map((issue) => relativeTo(dir!, issue));
}

describe('input limits', () => {
  it('are documented numbers', () => {
    expect(LIMITS).toEqual({ fileBytes: 268_435_456, lineLength: 1_000_000, stringLength: 100_000, depth: 32 });
  });

  it('a line longer than the limit is reported with its record id and skipped, not parsed', () => {
    let long = '';
    const issues = issuesWith('themes.jsonl', (bytes) => {
      const [first, ...rest] = bytes.toString('utf8').split('\n');
      long = `${first!.slice(0, -1)},"padding":"${' '.repeat(LIMITS.lineLength)}"}`;
      return [long, ...rest].join('\n');
    });
    expect(issues[0]).toEqual({
      file: 'themes.jsonl',
      line: 1,
      id: 'access-to-care',
      pointer: '',
      message: `line of ${long.length.toLocaleString('en-US')} characters, more than the limit of 1,000,000 (record skipped)`,
    });
  });

  it('bytes that are not UTF-8 are reported on their line', () => {
    const issues = issuesWith('themes.jsonl', (bytes) => Buffer.concat([bytes, Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a])]));
    expect(issues).toEqual([{ file: 'themes.jsonl', line: 3, pointer: '', message: 'not valid UTF-8: save the file as UTF-8' }]);
  });

  it('a byte order mark in the middle of a file names its line', () => {
    const issues = issuesWith('themes.jsonl', (bytes) => bytes.toString('utf8').replace('\n', '\n\uFEFF'));
    expect(issues).toEqual([
      { file: 'themes.jsonl', line: 2, id: 'health-workforce', pointer: '', message: 'the line starts with a byte order mark (U+FEFF): save the file as UTF-8 without BOM' },
    ]);
  });

  it('metadata.json nested too deep is reported with its pointer', () => {
    const issues = issuesWith('metadata.json', (bytes) => {
      const metadata = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
      // Built as text: JSON.stringify itself would overflow the stack on such a value.
      const deep = `${'{"deeper":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
      return `${JSON.stringify(metadata).slice(0, -1)},"deep":${deep}}`;
    });
    expect(issues).toEqual([
      {
        file: 'metadata.json',
        pointer: `/deep${'/deeper'.repeat(31)}`,
        message: 'nested more than 32 levels deep (objects and arrays): the limit is 32',
      },
    ]);
  });

  it('breachOf finds the first breach in document order, property names included, without recursion', () => {
    expect(breachOf({ a: 'ok', b: ['x'.repeat(LIMITS.stringLength + 1)], c: 'y'.repeat(LIMITS.stringLength + 5) })).toEqual({
      pointer: '/b/0',
      message: 'string of 100,001 characters, more than the limit of 100,000',
    });
    expect(breachOf({ ['k/~'.repeat(40_000)]: 1 })?.pointer).toBe(`/${'k~1~0'.repeat(40_000)}`);
    let deep: unknown = [];
    for (let level = 0; level < 1_000_000; level += 1) deep = [deep];
    expect(breachOf(deep)?.pointer).toBe('/0'.repeat(LIMITS.depth));
  });
});
