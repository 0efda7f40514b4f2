import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { root } from '@acces-soins/validate';
import { distDir, packageDir } from '../scripts/build/paths.ts';
import type { Consumer } from '../scripts/bundle-sizes.ts';

export { distDir, packageDir, root };

/** The lock tests take while they look at dist/ or rebuild it: inside this clone (node_modules is there after install),
 * so two clones on one machine never wait for each other and nothing is written outside the repository. */
export const BUILD_LOCK = join(packageDir, 'node_modules', '.build-data.lock');

/** The repository's TypeScript compiler. */
export const tsc = join(root, 'node_modules', '.bin', 'tsc');

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

/** Runs a command to its end; never throws on a non-zero exit (tests assert on it). */
export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Result {
  const result = spawnSync(command, args, { cwd: options.cwd ?? packageDir, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}${result.stderr}` };
}

/** Runs a TypeScript script of this package with the Node that runs the tests (Node 24: type stripping). */
export const runScript = (script: string, args: string[] = []) => run(process.execPath, [join(packageDir, 'scripts', script), ...args]);

const temporaryDirs: string[] = [];

/** A new folder under the system's temporary folder, removed by removeTemporaryDirs (call it in afterAll). */
export function temporaryDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `acces-soins-data-${name}-`));
  temporaryDirs.push(dir);
  return dir;
}

export function removeTemporaryDirs(): void {
  for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** These tests check the built package: say how to build it rather than fail on a missing file. */
export function requireBuild(): void {
  if (!existsSync(join(distDir, 'index.js'))) {
    throw new Error('packages/data/dist is missing: run `npx -y pnpm@12.21.0 --filter @acces-soins/data run build` first.');
  }
}

/** The packed tarball installed into a temporary consumer project before the file's tests, removed after them. */
export function withPackedConsumer(): { readonly current: Consumer } {
  const packed = {} as { current: Consumer };
  beforeAll(async () => {
    requireBuild();
    // Imported here: it loads four bundlers, which the other test files have no use for.
    const { installPacked } = await import('../scripts/bundle-sizes.ts');
    packed.current = installPacked(packageDir, BUILD_LOCK);
  }, 120_000);
  afterAll(() => packed.current?.remove());
  return packed;
}
