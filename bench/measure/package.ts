import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

// A fresh process per run: the work is timed inside it, memory measured after a full GC before and after. Four
// probes on the same bytes, so that the import of the package reads against the cost floor of its data:
//  - package: `import '@acces-soins/data'` (JSON modules, deep-frozen);
//  - parse: readFileSync + JSON.parse of every dist/json/*.json (the floor, budget: package ≤ 2× parse);
//  - jsonModules: the same JSON files imported as JSON modules, not frozen (what freezing costs);
//  - stringLiterals: the alternative design, one module per dataset `export default JSON.parse('…')`.
const jsonDir = join(workspace.dir, 'packages', 'data', 'dist', 'json');
const jsonFiles = readdirSync(jsonDir).filter((file) => file.endsWith('.json')).map((file) => join(jsonDir, file));
const literalsDir = join(consumerDir, '.bench-literals');
mkdirSync(literalsDir, { recursive: true });
jsonFiles.forEach((file, index) => {
  const literal = JSON.stringify(readFileSync(file, 'utf8')).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  writeFileSync(join(literalsDir, `${index}.mjs`), `export default JSON.parse(${literal});\n`);
});
const work: Record<string, string> = {
  package: `await import('@acces-soins/data');`,
  parse: `const { readFileSync } = await import('node:fs');\nglobalThis.kept = ${JSON.stringify(jsonFiles)}.map((file) => JSON.parse(readFileSync(file, 'utf8')));`,
  jsonModules: `await Promise.all(${JSON.stringify(jsonFiles)}.map((file) => import(file, { with: { type: 'json' } })));`,
  stringLiterals: `await Promise.all(${JSON.stringify(jsonFiles.map((_, index) => join(literalsDir, `${index}.mjs`)))}.map((file) => import(file)));`,
};
const probes = Object.fromEntries(
  Object.entries(work).map(([name, code]) => {
    const probe = join(consumerDir, `.bench-import-${name}.mjs`);
    writeFileSync(
      probe,
      `const before = (globalThis.gc(), process.memoryUsage());\n` +
        `const start = performance.now();\n${code}\nconst ms = performance.now() - start;\n` +
        `globalThis.gc();\nconst after = process.memoryUsage();\n` +
        `console.log(JSON.stringify({ ms, heap: after.heapUsed - before.heapUsed, rss: after.rss - before.rss }));\n`,
    );
    return [name, probe];
  }),
);
const measureOnce = async (name: string) => {
  const result = await runCommand(process.execPath, ['--expose-gc', probes[name]!], { cwd: consumerDir });
  if (result.code !== 0) throw new Error(`${name} probe failed: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { ms: number; heap: number; rss: number };
};
const samples: Record<string, { ms: number; heap: number; rss: number }[]> = {};
for (const name of Object.keys(work)) {
  await measureOnce(name); // warm-up: file system cache
  samples[name] = [];
  for (let run = 0; run < importRuns; run++) samples[name].push(await measureOnce(name));
}
const imports = samples.package!;

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

/** Each export bundled alone by four bundlers, from the packed tarball: on small data only (a minute per scale). */
async function exportBundles(totalJsonBytes: number): Promise<PackageEntry['exportBundles']> {
  if (totalJsonBytes > 1_000_000) return undefined;
  const { BUNDLERS, ENTRIES, budgetOf, bundleSize, installPacked } = await import('../../packages/data/scripts/bundle-sizes.ts');
  const consumer = installPacked(join(workspace.dir, 'packages', 'data'));
  try {
    const rows = [];
    for (const entry of ENTRIES) {
      const sizes: Record<string, number> = {};
      for (const bundler of BUNDLERS) sizes[bundler] = await bundleSize(consumer, bundler, entry);
      rows.push({ entry: entry.name, budget: budgetOf(consumer, entry), sizes });
    }
    return rows;
  } finally {
    consumer.remove();
  }
}
const totalJsonBytes = jsonFiles.reduce((sum, file) => sum + readFileSync(file).length, 0);

emit({
  buildMs,
  importMs: imports.map((sample) => sample.ms),
  heapBytes: imports.map((sample) => sample.heap),
  rssBytes: imports.map((sample) => sample.rss),
  // The same bytes through the other probes (see above): the budget is importMs ≤ 2× parseMs.
  jsonBytes: totalJsonBytes,
  parseMs: samples.parse!.map((sample) => sample.ms),
  parseHeapBytes: samples.parse!.map((sample) => sample.heap),
  jsonModulesMs: samples.jsonModules!.map((sample) => sample.ms),
  stringLiteralsMs: samples.stringLiterals!.map((sample) => sample.ms),
  stringLiteralsHeapBytes: samples.stringLiterals!.map((sample) => sample.heap),
  bundle: await bundleOf(BUNDLED_DATASET),
  exportBundles: await exportBundles(totalJsonBytes),
  notMeasured,
});
