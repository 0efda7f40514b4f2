import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import jsonModule from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserModule from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { build as vite } from 'vite';
import webpack from 'webpack';

// The Rollup plugins are CommonJS-typed: under Node's ESM loader the plugin may arrive under `.default`.
const unwrap = <T>(module: T): T => ((module as { default?: T }).default ?? module);
const json = unwrap(jsonModule) as unknown as (options?: { preferConst?: boolean }) => import('rollup').Plugin;
const terser = unwrap(terserModule) as unknown as () => import('rollup').Plugin;

// What one import costs a web app, measured as a developer would: the packed tarball installed with npm into a
// fresh project, then bundled (minified, for the browser) by esbuild, Rollup, Vite and webpack. Used by the budget
// test (test/bundles.test.ts) and by `pnpm bench` (bench/measure/package.ts).

export const BUNDLERS = ['esbuild', 'rollup', 'vite', 'webpack'] as const;
export type Bundler = (typeof BUNDLERS)[number];

/** One thing a developer imports: its import line, and what the bundle may hold besides the package's code. */
export interface Entry {
  name: string;
  code: string;
  /** The datasets the import reads (the budget: their JSON + 5 KB); undefined for a validator (30 KB). */
  datasets?: readonly string[];
  /** It also reads the package metadata (review dates…): its JSON counts as data too. */
  metadata?: boolean;
}

const DATASETS = ['sources', 'territories', 'organisations', 'people', 'themes', 'initiatives', 'events', 'indicators', 'facilities'] as const;
const VALIDATORS: Record<string, string> = {
  sources: 'validateSource', territories: 'validateTerritory', organisations: 'validateOrganisation', people: 'validatePerson',
  themes: 'validateTheme', initiatives: 'validateInitiative', events: 'validateEvent', indicators: 'validateIndicator', facilities: 'validateFacility',
};
const use = (from: string, name: string) => `import { ${name} } from '${from}';\nconsole.log(${name});\n`;

/** Every export that matters for size: each dataset, each helper (with the datasets it reads), each validator. */
export const ENTRIES: Entry[] = [
  ...DATASETS.map((name) => ({ name, code: use('@acces-soins/data', name), datasets: [name] })),
  { name: 'getById', code: use('@acces-soins/data', 'getById'), datasets: DATASETS },
  { name: 'byTerritory', code: use('@acces-soins/data', 'byTerritory'), datasets: ['territories', 'initiatives'] },
  { name: 'territoryByCode', code: use('@acces-soins/data', 'territoryByCode'), datasets: ['territories'] },
  { name: 'ancestorsOf', code: use('@acces-soins/data', 'ancestorsOf'), datasets: ['territories'] },
  { name: 'byTheme', code: use('@acces-soins/data', 'byTheme'), datasets: ['themes', 'initiatives'] },
  { name: 'eventsInOrder', code: use('@acces-soins/data', 'eventsInOrder'), datasets: ['events'] },
  { name: 'resolveInitiative', code: use('@acces-soins/data', 'resolveInitiative'), datasets: DATASETS },
  { name: 'resolveEvent', code: use('@acces-soins/data', 'resolveEvent'), datasets: ['sources', 'territories', 'organisations', 'people', 'initiatives', 'events'] },
  { name: 'resolveOrganisation', code: use('@acces-soins/data', 'resolveOrganisation'), datasets: ['sources', 'territories', 'organisations'] },
  { name: 'resolvePerson', code: use('@acces-soins/data', 'resolvePerson'), datasets: ['organisations', 'people'] },
  { name: 'resolveCitation', code: use('@acces-soins/data', 'resolveCitation'), datasets: ['sources'] },
  { name: 'territoryHierarchy', code: use('@acces-soins/data', 'territoryHierarchy'), datasets: [] },
  { name: 'compareDates', code: use('@acces-soins/data', 'compareDates'), datasets: [] },
  { name: 'currentStatus', code: use('@acces-soins/data', 'currentStatus'), datasets: [], metadata: true },
  ...DATASETS.map((name) => ({ name: VALIDATORS[name]!, code: use('@acces-soins/data', VALIDATORS[name]!) })),
  { name: `validators/events`, code: use('@acces-soins/data/validators/events', 'validateEvent') },
];

export interface Consumer {
  /** The fresh project, with the tarball installed. */
  dir: string;
  tarball: string;
  /** The published JSON of a dataset, as installed. */
  jsonBytes(dataset: string): number;
  /** The package metadata as JSON, as installed. */
  metadataBytes: number;
  remove(): void;
}

/** Packs the package with pnpm (from `packageDir`) and installs the tarball with npm into a new project. */
export function installPacked(packageDir: string, lock?: string): Consumer {
  const dir = mkdtempSync(join(tmpdir(), 'acces-soins-consumer-'));
  const run = (command: string, args: string[], cwd: string) => {
    const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  };
  const pack = ['npx', '-y', 'pnpm@12.21.0', 'pack', '--pack-destination', dir];
  if (lock === undefined) run(pack[0]!, pack.slice(1), packageDir);
  else run('flock', [lock, ...pack], packageDir);
  const tarball = join(dir, readdirSync(dir).find((file) => file.endsWith('.tgz'))!);
  const project = join(dir, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
  run('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], project);
  const installed = join(project, 'node_modules', '@acces-soins', 'data');
  const metadata = spawnSync(process.execPath, ['--input-type=module', '-e', "import { metadata } from '@acces-soins/data'; process.stdout.write(JSON.stringify(metadata));"], { cwd: project, encoding: 'utf8' });
  if (metadata.status !== 0) throw new Error(`reading the installed metadata failed:\n${metadata.stderr}`);
  return {
    metadataBytes: Buffer.byteLength(metadata.stdout),
    dir: project,
    tarball,
    jsonBytes: (dataset) => statSync(join(installed, 'dist', 'json', `${dataset}.json`)).size,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Minified bytes of the bundle of one entry, with one bundler, in the consumer project. */
export async function bundleSize(consumer: Consumer, bundler: Bundler, entry: Entry): Promise<number> {
  const work = mkdtempSync(join(consumer.dir, `.bundle-${bundler}-`));
  const input = join(work, 'entry.js');
  writeFileSync(input, entry.code);
  try {
    switch (bundler) {
      case 'esbuild': {
        const result = await esbuild({ entryPoints: [input], bundle: true, minify: true, format: 'esm', platform: 'browser', charset: 'utf8', write: false, logLevel: 'silent' });
        return result.outputFiles.reduce((sum, file) => sum + file.contents.byteLength, 0);
      }
      case 'rollup': {
        const bundle = await rollup({ input, plugins: [nodeResolve({ browser: true }), json({ preferConst: true }), terser()], onwarn: () => {} });
        const { output } = await bundle.generate({ format: 'es' });
        await bundle.close();
        return output.reduce((sum, chunk) => sum + (chunk.type === 'chunk' ? Buffer.byteLength(chunk.code) : 0), 0);
      }
      case 'vite': {
        const outDir = join(work, 'dist');
        await vite({
          root: work, configFile: false, logLevel: 'silent',
          build: { outDir, minify: true, modulePreload: false, rollupOptions: { input } },
        });
        return readdirSync(outDir, { recursive: true }).map(String).filter((file) => file.endsWith('.js')).reduce((sum, file) => sum + statSync(join(outDir, file)).size, 0);
      }
      case 'webpack': {
        const outDir = join(work, 'dist');
        await new Promise<void>((resolve, reject) => {
          webpack({ mode: 'production', context: work, entry: input, target: 'web', output: { path: outDir, filename: 'bundle.js' } }, (error, stats) => {
            if (error) reject(error);
            else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
            else resolve();
          });
        });
        return statSync(join(outDir, 'bundle.js')).size;
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The budget of an entry: the JSON of the datasets (and metadata) it reads + 5 KB, or 30 KB for a validator. */
export const budgetOf = (consumer: Consumer, entry: Entry) =>
  entry.datasets === undefined
    ? 30 * 1024
    : entry.datasets.reduce((sum, name) => sum + consumer.jsonBytes(name), 0) + (entry.metadata ? consumer.metadataBytes : 0) + 5 * 1024;

/** `node scripts/bundle-sizes.ts [--json]`: the size table, for every entry and bundler. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const consumer = installPacked(join(import.meta.dirname, '..'));
  try {
    const rows: Record<string, unknown>[] = [];
    for (const entry of ENTRIES) {
      const row: Record<string, unknown> = { entry: entry.name, budget: budgetOf(consumer, entry) };
      for (const bundler of BUNDLERS) row[bundler] = await bundleSize(consumer, bundler, entry);
      rows.push(row);
      if (!process.argv.includes('--json')) console.log(JSON.stringify(row));
    }
    if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  } finally {
    consumer.remove();
  }
}
