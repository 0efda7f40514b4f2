import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../src/index.ts';
import { fixtureDataDir, removeDataDir, validFixture } from './fixture-dir.ts';

const cli = join(root, 'packages/validate/src/cli.ts');
const runWith = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
const run = (dataDir: string) => runWith(['--data', dataDir]);
/** A line of a V8 stack trace. */
const STACK_LINE = /^\s+at /m;

/** Every file under dir with its size and modification time: the CLI must leave them as they are. */
const snapshot = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((path) => {
      const stats = statSync(join(dir, path));
      return `${path} ${stats.size} ${stats.mtimeMs}`;
    });

describe('pnpm validate', () => {
  const bad = fixtureDataDir('territory-id-mismatch', 'malformed-json');
  afterAll(() => removeDataDir(bad));

  it('exits 0 and counts the records of valid data', () => {
    const result = run(validFixture);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      '0 errors: sources 2, territories 5, organisations 1, people 0, themes 2, initiatives 1, events 1, indicators 3, facilities 2.\n',
    );
    expect(result.status).toBe(0);
  });

  it('exits 1 with one line per issue, in file order, and writes nothing', () => {
    const before = snapshot(bad);
    const result = run(bad);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      `${bad}/territories.jsonl:5 [commune-lussan] /id: id must be "commune-30151" (level-code)`,
      `${bad}/themes.jsonl:3 [prevention] /: malformed JSON: Expected ',' or '}' after property value (column 65)`,
      `${bad}/facilities.jsonl:2 [centre-de-sante-lussan] /commune: dangling reference: no territory "commune-30151" in territories.jsonl`,
      '3 error(s).',
      '',
    ]);
    expect(result.status).toBe(1);
    expect(snapshot(bad)).toEqual(before);
  });

  it('exits 1 without a stack trace on a value nested 100,000 levels deep', () => {
    const dir = fixtureDataDir();
    try {
      const path = join(dir, 'themes.jsonl');
      const [first, ...rest] = readFileSync(path, 'utf8').split('\n');
      writeFileSync(path, [`${first!.slice(0, -1)},"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, ...rest].join('\n'));
      const result = run(dir);
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(result.stderr).toContain(`${dir}/themes.jsonl:1 [access-to-care] /x${'/0'.repeat(31)}: nested more than 32 levels deep`);
      expect(result.status).toBe(1);
    } finally {
      removeDataDir(dir);
    }
  });

  it('exits 2 with one line, no stack trace, on a bad command line or an internal error', () => {
    const unknown = runWith(['--bogus']);
    expect(unknown.stderr).toBe("pnpm validate: Unknown option '--bogus'\n");
    expect(unknown.status).toBe(2);
    const internal = runWith(['--schemas', join(root, 'no-such-folder')]);
    expect(internal.stderr).toMatch(/^pnpm validate: internal error: [^\n]+\n$/);
    expect(internal.stderr).not.toMatch(STACK_LINE);
    expect(internal.status).toBe(2);
  });
});
