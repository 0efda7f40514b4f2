import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { commandLine, root } from '@acces-soins/validate';
import { benchOutDir, generateScaledData } from './generate.ts';
import { measureInChild } from './lib/child.ts';
import { describeMachine } from './lib/machine.ts';
import type { ExportEntry, LighthouseEntry, NotMeasured, PackageEntry, Results, SiteEntry, ValidationEntry, ValidatorsEntry } from './lib/results.ts';
import { writeReport } from './report.ts';

// `pnpm bench [--quick]`: generates ×1…×1000 data, measures each scale in separate child processes, writes
// bench/.out/results.json and BENCHMARKS.md. --quick: ×1 and ×10 only, fewer runs, no Lighthouse, and its results go
// apart (bench/.out/quick/, gitignored): a quick look never rewrites the committed BENCHMARKS.md.
// --only package|site [--scales 1,10,100]: measures that part again (site: the package is rebuilt first, as the site
// needs it) at those scales (default: every scale) and puts the new entries in place of the same scales' entries of
// the last full run's results.json; the report says what was measured when. For a change that does not need the
// hour-long full run again.
// `pnpm bench -- …` hands the script a literal `--` first: drop it.
const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'));
const { values: flags } = commandLine('pnpm bench', {
  args,
  options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, scales: { type: 'string' } },
});
const quick = flags.quick;
const only = flags.only;
const ONLY = ['package', 'site'];
if (only !== undefined && (!ONLY.includes(only) || quick)) {
  console.error(`pnpm bench: --only takes ${ONLY.map((name) => `"${name}"`).join(' or ')} (without --quick), got ${JSON.stringify(only)}`);
  process.exit(2);
}
const onlyScales = flags.scales?.split(',').map(Number);
if (onlyScales !== undefined && (only === undefined || !onlyScales.every((scale) => [1, 10, 100, 1000].includes(scale)))) {
  console.error(`pnpm bench: --scales goes with --only and takes a list of 1, 10, 100, 1000, got ${JSON.stringify(flags.scales)}`);
  process.exit(2);
}
const SCALES = quick ? [1, 10] : [1, 10, 100, 1000];
/** The full bench builds the site at ×1000 too: once, without warm-up, under the memory watchdog (measure/site.ts). */
const SITE_SCALES = quick ? [1, 10] : [1, 10, 100, 1000];
/** Minutes a site build step may take before it is stopped: ×1000 writes some 70 000 pages. */
const siteTimeoutAt = (scale: number) => (scale >= 1000 ? 90 : 15);
/**
 * Timed runs after the warm-up: five for in-memory work, fewer at ×1000 and for builds (each a full build, up to
 * minutes), so that the full run stays within 15 minutes on two cores.
 */
const runsAt = (scale: number) => (quick ? 3 : scale >= 1000 ? 2 : 5);
const buildRunsAt = (scale: number) => (quick ? 1 : scale >= 1000 ? 1 : 3);
/**
 * A ×1000 site build takes minutes (and --quick has two minutes in all): a warm-up build of its own would not fit.
 * The smaller builds just before it have warmed the shared dependencies and the file system cache; what stays cold
 * is only its own workspace. The report says which scales were measured so. (×100 builds in well under a minute:
 * it gets a warm-up and three timed builds, like the smaller scales.)
 */
const siteWarmupsAt = (scale: number) => (scale >= 1000 || (quick && scale > 1) ? 0 : 1);
const outDir = quick ? join(benchOutDir, 'quick') : benchOutDir;
const reportPath = quick ? join(outDir, 'BENCHMARKS.md') : join(root, 'BENCHMARKS.md');

const script = (name: string) => fileURLToPath(new URL(`./measure/${name}.ts`, import.meta.url));
const started = performance.now();
const log = (message: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

const results: Results = {
  date: new Date().toISOString(),
  quick,
  command: `pnpm bench${quick ? ' --quick' : ''}`,
  machine: describeMachine(),
  durationMs: 0,
  data: [],
  validation: [],
  validators: [],
  export: [],
  package: [],
  site: [],
  lighthouse: [],
  notMeasured: [],
};

/**
 * Runs one measurement; a failure is recorded as "not measured" with its reason, and the bench goes on. A child may
 * also report parts it could not measure (`notMeasured` in its result): they join the list.
 */
async function attempt<T>(what: string, task: () => Promise<T>): Promise<T | undefined> {
  log(what);
  try {
    const result = await task();
    const partial = (result as { notMeasured?: NotMeasured[] }).notMeasured;
    if (partial !== undefined) {
      for (const item of partial) log(`  not measured: ${item.what}: ${item.why}`);
      results.notMeasured.push(...partial.map((item) => ({ ...item, what: `${what.split(':')[0]}: ${item.what}` })));
      delete (result as { notMeasured?: NotMeasured[] }).notMeasured;
    }
    return result;
  } catch (error) {
    const why = (error as Error).message.trim().split('\n').slice(0, 6).join(' ').slice(0, 600);
    log(`  not measured: ${why}`);
    results.notMeasured.push({ what, why });
    return undefined;
  }
}

const workspaceOf = (scale: number) => join(benchOutDir, `workspace-x${scale}`);
/** Results so far, after each scale: a run stopped during ×1000 keeps what it measured (`node bench/report.ts` renders it). */
function saveResults(): void {
  results.durationMs = performance.now() - started;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

/** The data package built, imported and bundled at one scale, then its validators against JSON.parse (they check the
 * published records of the package just built: only possible once it is). */
async function measurePackage(scale: number, dataDir: string): Promise<{ built?: PackageEntry; validators?: ValidatorsEntry }> {
  const workspaceArgs = ['--workspace', workspaceOf(scale), '--runs', String(buildRunsAt(scale))];
  const built = await attempt(`×${scale}: data package build, import, bundle`, () =>
    measureInChild<Omit<PackageEntry, 'scale'>>(script('package'), ['--data', dataDir, ...workspaceArgs, '--import-runs', String(runsAt(scale))]),
  );
  const validators = built && (await attempt(`×${scale}: validators vs JSON.parse`, () => measureInChild<Omit<ValidatorsEntry, 'scale'>>(script('validators'), ['--workspace', workspaceOf(scale), '--runs', String(runsAt(scale))])));
  return { ...(built && { built: { scale, ...built } }), ...(validators && { validators: { scale, ...validators } }) };
}

if (only !== undefined) {
  const previousPath = join(benchOutDir, 'results.json');
  if (!existsSync(previousPath)) {
    console.error(`pnpm bench --only ${only}: no ${previousPath} from a full run to complete; run \`pnpm bench\` first`);
    process.exit(2);
  }
  const previous = JSON.parse(readFileSync(previousPath, 'utf8')) as Results;
  const scales = onlyScales ?? SCALES;
  const fresh = { package: [] as PackageEntry[], validators: [] as ValidatorsEntry[], site: [] as SiteEntry[] };
  for (const scale of scales) {
    log(`×${scale}: generating data`);
    const { built, validators } = await measurePackage(scale, generateScaledData({ scale }).dir);
    if (built) fresh.package.push(built);
    if (validators) fresh.validators.push(validators);
    if (built && only === 'site') {
      const site = await attempt(`×${scale}: site build and page weights`, () =>
        measureInChild<Omit<SiteEntry, 'scale'>>(script('site'), ['--workspace', workspaceOf(scale), '--runs', String(buildRunsAt(scale)), '--warmup', String(siteWarmupsAt(scale)), '--timeout-minutes', String(siteTimeoutAt(scale))]),
      );
      if (site) fresh.site.push({ scale, ...site });
    }
  }
  const sections = only === 'site' ? ['site'] : ['package', 'validators'];
  const replaced = <T extends { scale: number }>(old: T[], added: T[]): T[] => [...old.filter((entry) => !scales.includes(entry.scale)), ...added].sort((a, b) => a.scale - b.scale);
  // What the earlier run could not measure of the part measured again at these scales is replaced by this run's word.
  const aboutSite = (item: NotMeasured) => /astro|pagefind|site|floor/i.test(item.what);
  const remeasured = (item: NotMeasured) => scales.some((scale) => item.what.startsWith(`×${scale}:`)) && aboutSite(item) === (only === 'site');
  const merged: Results = { ...previous, notMeasured: [...previous.notMeasured.filter((item) => !remeasured(item)), ...results.notMeasured] };
  if (only === 'site') merged.site = replaced(previous.site, fresh.site);
  else {
    merged.package = replaced(previous.package, fresh.package);
    merged.validators = replaced(previous.validators, fresh.validators);
  }
  const label = `${sections.join(', ')} at ${scales.map((scale) => `×${scale}`).join(', ')}`;
  merged.remeasured = [
    // A part measured again replaces its earlier re-measurement.
    ...(previous.remeasured ?? []).filter((again) => !again.sections.includes(label)),
    { sections: [label], command: `pnpm bench --only ${only}${onlyScales ? ` --scales ${flags.scales}` : ''}`, date: results.date, durationMs: performance.now() - started, loadAtStart: results.machine.loadAtStart },
  ];
  writeFileSync(previousPath, `${JSON.stringify(merged, null, 2)}\n`);
  writeReport(merged, reportPath);
  log(`done: ${reportPath} (${label} measured again)`);
  process.exit(0);
}

for (const scale of SCALES) {
  log(`×${scale}: generating data`);
  const data = generateScaledData({ scale });
  const records = Object.values(data.records).reduce((total, count) => total + count, 0);
  results.data.push({ scale, records, jsonlBytes: data.jsonlBytes, perDataset: data.records });
  const dataArgs = ['--data', data.dir, '--runs', String(runsAt(scale))];

  const validation = await attempt(`×${scale}: validation (schemas + integrity)`, () => measureInChild<Omit<ValidationEntry, 'scale'>>(script('validation'), dataArgs));
  if (validation) results.validation.push({ scale, ...validation });

  const exported = await attempt(`×${scale}: snapshot export`, () =>
    measureInChild<Omit<ExportEntry, 'scale'>>(script('export'), ['--data', data.dir, '--runs', String(scale >= 1000 ? 1 : runsAt(scale)), '--out', join(benchOutDir, `snapshots-x${scale}`)]),
  );
  if (exported) results.export.push({ scale, ...exported });

  const workspaceArgs = ['--workspace', workspaceOf(scale), '--runs', String(buildRunsAt(scale))];
  const { built, validators } = await measurePackage(scale, data.dir);
  if (built) results.package.push(built);
  if (validators) results.validators.push(validators);

  if (built && SITE_SCALES.includes(scale)) {
    const site = await attempt(`×${scale}: site build and page weights`, () => measureInChild<Omit<SiteEntry, 'scale'>>(script('site'), [...workspaceArgs, '--warmup', String(siteWarmupsAt(scale)), '--timeout-minutes', String(siteTimeoutAt(scale))]));
    if (site) results.site.push({ scale, ...site });
  }
  // Lighthouse audits the ×1 site: right after it is built, before the long ×1000 builds.
  if (scale === 1 && !quick) {
    const lighthouse = await attempt('×1: Lighthouse (mobile)', () =>
      measureInChild<{ entries: LighthouseEntry[] }>(script('lighthouse'), ['--site', join(workspaceOf(1), 'site', 'dist'), '--data', join(benchOutDir, 'data-x1')]),
    );
    if (lighthouse) results.lighthouse = lighthouse.entries;
  }
  saveResults();
}
const notAtThisScale = (what: string, why: string) => results.notMeasured.push({ what, why });
if (quick) {
  notAtThisScale('×100 and ×1000', '`--quick` measures ×1 and ×10 only; run `pnpm bench` for every scale');
  notAtThisScale('Lighthouse', '`--quick` skips it (about a minute of audits)');
}
saveResults();
writeReport(results, reportPath);
log(`done: ${reportPath} and ${join(outDir, 'results.json')} (${results.notMeasured.length} not measured)`);
