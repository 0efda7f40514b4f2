import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { emit, option, runCommand } from '../lib/child.ts';
import type { NotMeasured, PackageEntry } from '../lib/results.ts';
import { createWorkspace } from '../lib/workspace.ts';

// The data package on ×N data, in a copy of the repository (lib/workspace.ts): its build, what importing it costs a
// fresh Node process, and the bundle of one dataset imported alone. The copy is kept for the site measurement.
const dataDir = option('data')!;
const workspaceDir = option('workspace')!;
const runs = Number(option('runs', '3'));
const importRuns = Number(option('import-runs', '5'));
const notMeasured: NotMeasured[] = [];
/** The dataset whose bundle is weighed: the one the site and most users start from. */
const BUNDLED_DATASET = 'initiatives';

const workspace = createWorkspace(workspaceDir, dataDir);
const consumerDir = join(workspace.dir, 'site');

async function buildPackage(): Promise<number> {
  const result = await workspace.run('packages/data', 'build');
  if (result.code !== 0) throw new Error(`packages/data build failed (exit ${result.code}): ${(result.stderr || result.stdout).trim().split('\n').slice(-5).join(' ')}`);
  return result.ms;
}

await buildPackage(); // warm-up
const buildMs: number[] = [];
for (let run = 0; run < runs; run++) buildMs.push(await buildPackage());

// A fresh process per run: the import is timed inside it, memory measured after a full GC before and after.
const probe = join(consumerDir, '.bench-import.mjs');
writeFileSync(
  probe,
  `const before = (globalThis.gc(), process.memoryUsage());\n` +
    `const start = performance.now();\nawait import('@acces-soins/data');\nconst ms = performance.now() - start;\n` +
    `globalThis.gc();\nconst after = process.memoryUsage();\n` +
    `console.log(JSON.stringify({ ms, heap: after.heapUsed - before.heapUsed, rss: after.rss - before.rss }));\n`,
);
const importOnce = async () => {
  const result = await runCommand(process.execPath, ['--expose-gc', probe], { cwd: consumerDir });
  if (result.code !== 0) throw new Error(`importing @acces-soins/data failed: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { ms: number; heap: number; rss: number };
};
await importOnce(); // warm-up: file system cache
const imports = [];
for (let run = 0; run < importRuns; run++) imports.push(await importOnce());

async function bundleOf(dataset: string): Promise<PackageEntry['bundle']> {
  const jsonPath = join(workspace.dir, 'packages', 'data', 'dist', 'json', `${dataset}.json`);
  if (!existsSync(jsonPath)) {
    notMeasured.push({ what: 'bundle size', why: `no ${dataset}.json in packages/data/dist/json to compare with` });
    return undefined;
  }
  const output = await build({
    stdin: { contents: `import { ${dataset} } from '@acces-soins/data';\nconsole.log(${dataset});\n`, resolveDir: consumerDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return { dataset, bundleBytes: output.outputFiles[0].contents.length, jsonBytes: readFileSync(jsonPath).length };
}

emit({
  buildMs,
  importMs: imports.map((sample) => sample.ms),
  heapBytes: imports.map((sample) => sample.heap),
  rssBytes: imports.map((sample) => sample.rss),
  bundle: await bundleOf(BUNDLED_DATASET),
  notMeasured,
});
