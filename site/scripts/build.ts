/**
 * The site's build step (`pnpm --filter @acces-soins/site run build`), shaped like the other steps:
 * 1. load: the data comes through @acces-soins/data (built by `loadValidData()` in packages/data) and the research
 *    snapshots (../snapshots, built by packages/export from the same validated data); the site never reads data/.
 *    Besides, the communes extract (reference/communes.json, made by scripts/reference.ts). Missing or stale inputs
 *    stop the build with one line saying which step to run.
 * 2. process: copy the snapshots to public/data/ (served at /data/<file>), `astro build`, `pagefind` (search index).
 * 3. save: public/data/ and dist/ are each filled in a temporary folder and renamed into place, so a failed build
 *    leaves the previous site whole.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { replaceDirectory, replaceDirectorySync } from '@acces-soins/validate';
import { buildSteps } from './steps.ts';

const siteDir = join(import.meta.dirname, '..');
const snapshots = join(siteDir, '..', 'snapshots');
const packageDist = join(siteDir, '..', 'packages', 'data', 'dist', 'index.js');

const fail = (message: string): never => {
  console.error(`site: ${message}`);
  process.exit(1);
};
if (!existsSync(packageDist)) fail(`${packageDist} is missing: build the data package first (pnpm --filter @acces-soins/data run build).`);
if (!existsSync(join(snapshots, 'manifest.json'))) {
  fail(`${join(snapshots, 'manifest.json')} is missing: build the snapshots first (pnpm --filter @acces-soins/export run build).`);
}

// The communes extract is checked before Astro starts, so a stale or broken one is one line, not a build error
// (imported here: it reads the data package, whose absence is reported above).
const { datasetRegions, readPreparedCommunes } = await import('./reference.ts');
try {
  readPreparedCommunes(datasetRegions());
} catch (error) {
  fail((error as Error).message);
}

replaceDirectorySync(join(siteDir, 'public', 'data'), (dir) => cpSync(snapshots, dir, { recursive: true }));
console.log('site: snapshots copied to public/data');

/** Runs a command of node_modules/.bin in the site folder, output shown; throws on failure (the swap is skipped). */
function run(command: string, args: string[]): void {
  const result = spawnSync(join(siteDir, 'node_modules', '.bin', command), args, {
    cwd: siteDir,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

try {
  await replaceDirectory(join(siteDir, 'dist'), (dir) => {
    for (const step of buildSteps(dir)) run(step.command, step.args);
  });
  console.log('site: built into dist/');
} catch (error) {
  fail(`${(error as Error).message}; the previous dist/ is left as it was.`);
}
