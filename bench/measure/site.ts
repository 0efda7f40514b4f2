import { join } from 'node:path';
import { emit, option } from '../lib/child.ts';
import { htmlFiles, weighPages, type PageWeight } from '../lib/pages.ts';
import type { WeightSummary } from '../lib/results.ts';
import { summarise } from '../lib/stats.ts';
import { createWorkspaceHandle } from '../lib/workspace.ts';

// The site's own build script on ×N data, in the copy of the repository the package measurement prepared (its data
// package is built from the ×N data), then the weight of every built page.
const workspace = createWorkspaceHandle(option('workspace')!);
const runs = Number(option('runs', '3'));
const warmups = Number(option('warmup', '1'));
/** A build that has not finished by then will not fit the bench's time budget. */
const TIMEOUT_MS = 10 * 60_000;

async function run(packageDir: string, script: string): Promise<number> {
  const result = await workspace.run(packageDir, script, { timeoutMs: TIMEOUT_MS });
  if (result.code !== 0) throw new Error(`${packageDir} ${script} failed (exit ${result.code}): ${(result.stderr || result.stdout).trim().split('\n').slice(-6).join(' ')}`);
  return result.ms;
}

// The site copies the snapshot files into /data/: export first, as `pnpm build` does.
await run('packages/export', 'build');
for (let index = 0; index < warmups; index++) await run('site', 'build');
const buildMs: number[] = [];
for (let index = 0; index < runs; index++) buildMs.push(await run('site', 'build'));

const dist = join(workspace.dir, 'site', 'dist');
const weights = weighPages(dist);
const summary = (pick: (weight: PageWeight) => number): WeightSummary => {
  const heaviest = weights.reduce((best, weight) => (pick(weight) > pick(best) ? weight : best));
  return { median: summarise(weights.map(pick)).median, max: pick(heaviest), maxPage: heaviest.page };
};
emit({ buildMs, warmups, pages: htmlFiles(dist).length, htmlCssGzip: summary((weight) => weight.htmlCssGzip), jsGzip: summary((weight) => weight.jsGzip) });
