/**
 * Two builds of one commit are byte-identical: the site built again here (the build's own steps, Astro then Pagefind,
 * into a temporary folder) writes exactly the files of site/dist, byte for byte — pages, charts, feeds, the search
 * index. Nothing may depend on the clock, on the order work happens to finish in, or on the machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSteps } from '../scripts/steps.ts';
import { assertBuilt } from './dist.ts';
import { distDir } from './server.ts';

const siteDir = join(import.meta.dirname, '..');
let root: string;
let again: string;

/** Every file under `dir` → its SHA-256. */
function digests(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => statSync(join(dir, file)).isFile())
      .sort()
      .map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]),
  );
}

beforeAll(() => {
  assertBuilt();
  root = mkdtempSync(join(tmpdir(), 'acces-soins-again-'));
  again = join(root, 'dist');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const step of buildSteps(again)) execFileSync(join(siteDir, 'node_modules', '.bin', step.command), step.args, { cwd: siteDir, env, stdio: 'pipe' });
}, 600_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the site built twice', () => {
  it('writes the same files, byte for byte', () => {
    const first = digests(distDir);
    const second = digests(again);
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, digest]) => second.get(file) !== digest).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(500);
  });
});
