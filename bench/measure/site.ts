import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emit, option } from '../lib/child.ts';
import { astroPageTimes, costByKind, createFloorProject, floorBuiltPages, floorFilesOf, floorPagesOf } from '../lib/floor.ts';
import { runMonitored, type MonitoredResult } from '../lib/monitor.ts';
import { htmlFiles, weighPages, type PageWeight } from '../lib/pages.ts';
import type { BuildStep, SiteEntry, WeightSummary } from '../lib/results.ts';
import { summarise } from '../lib/stats.ts';
import { createWorkspaceHandle } from '../lib/workspace.ts';
import { buildSteps } from '../../site/scripts/steps.ts';

// The site's own build script on ×N data, in the copy of the repository the package measurement prepared (its data
// package is built from the ×N data), step by step (copy of the snapshots, `astro build`, Pagefind), each with its
// peak memory; then the floor (a minimal Astro build of the same pages, lib/floor.ts) and the weight of every page.
const workspace = createWorkspaceHandle(option('workspace')!);
const runs = Number(option('runs', '3'));
const warmups = Number(option('warmup', '1'));
/** A build that has not finished by then will not fit the bench's time budget (×1000 is given an hour). */
const timeoutMs = Number(option('timeout-minutes', '10')) * 60_000;
/** The machine is shared: a step is killed when the available memory falls under this (bytes). */
const memoryFloorBytes = Number(option('memory-floor-gib', '6')) * 2 ** 30;

const siteDir = join(workspace.dir, 'site');
const floorDir = join(workspace.dir, 'bench-floor');
const dist = join(siteDir, 'dist');
const notMeasured: { what: string; why: string }[] = [];
/**
 * Each finished step is also written here as it ends: a ×1000 build takes long enough that a run stopped midway
 * (a deadline, a reboot) should still leave what it measured.
 */
const progressFile = join(workspace.dir, 'site-measure-progress.json');
const progress: { step: string; ms: number; code: number | null; peakRssBytes?: number; killedForMemory?: unknown }[] = [];
function logProgress(step: string, result: MonitoredResult): void {
  progress.push({ step, ms: result.ms, code: result.code, peakRssBytes: result.peakRssBytes, killedForMemory: result.killedForMemory });
  writeFileSync(progressFile, `${JSON.stringify(progress, null, 2)}\n`);
}

const path = [join(siteDir, 'node_modules', '.bin'), join(workspace.dir, 'node_modules', '.bin'), process.env.PATH].join(':');
const env = { ...process.env, PATH: path, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
const run = (cwd: string, command: string) => runMonitored('sh', ['-c', command], { cwd, env, timeoutMs, memoryFloorBytes });

/** What a failed or killed step says, in one line. */
function failure(step: string, result: MonitoredResult): string {
  if (result.killedForMemory) {
    const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
    return `${step} killed by the bench's watchdog after ${(result.ms / 1000).toFixed(0)} s: the machine's available memory fell to ${gib(result.killedForMemory.availableBytes)} (floor ${gib(result.killedForMemory.floorBytes)}); its process tree had reached ${gib(result.peakRssBytes ?? 0)}`;
  }
  return `${step} failed (exit ${result.code}) after ${(result.ms / 1000).toFixed(0)} s: ${(result.stderr || result.stdout).trim().split('\n').slice(-6).join(' ').slice(0, 400)}`;
}

// The steps of the site build (site/scripts/steps.ts, what site/scripts/build.ts runs), one by one so that each is
// timed and its memory watched; the snapshots are copied to public/data/ first, as that script does.
// Like that script, Astro and Pagefind write into a new folder that then takes the place of dist/: Astro never
// empties a previous site (pages, Pagefind's index, downloads), and the swap that removes it is timed on its own.
const steps = [
  { name: 'copy snapshots', command: 'rm -rf public/data && cp -r ../snapshots public/data' },
  ...buildSteps('dist.next').map((step) => ({ name: step.name, command: [step.command, ...step.args].map(shellWord).join(' ') })),
  { name: 'swap', command: 'rm -rf dist && mv dist.next dist' },
];

/** One argument as `sh -c` reads it back unchanged (a selector or a glob must not be expanded by the shell). */
function shellWord(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}

// The site copies the snapshot files into /data/: export first, as `pnpm build` does.
const exported = await workspace.run('packages/export', 'build', { timeoutMs });
if (exported.code !== 0) throw new Error(`packages/export build failed: ${(exported.stderr || exported.stdout).trim().split('\n').slice(-6).join(' ')}`);

/**
 * One build of the site, step by step. A failed step (and a "not measured" entry) ends it; a build whose pages were
 * written (Astro done) still counts, with the steps that did not finish named, so that a Pagefind that cannot fit
 * the machine leaves the Astro build and the floor measured.
 */
async function buildSite(): Promise<{ ms: number; steps: BuildStep[]; astroLog: string; failed?: string } | undefined> {
  const done: BuildStep[] = [];
  let astroLog = '';
  let failed: string | undefined;
  rmSync(join(siteDir, 'dist.next'), { recursive: true, force: true });
  for (const { name, command } of steps) {
    const result = await run(siteDir, command);
    logProgress(name, result);
    if (result.code !== 0) {
      notMeasured.push({ what: name, why: failure(name, result) });
      failed = name;
      break;
    }
    if (name === 'astro') astroLog = result.stdout + result.stderr;
    done.push({ name, ms: result.ms, peakRssBytes: result.peakRssBytes });
  }
  if (failed !== undefined && !done.some((step) => step.name === 'astro')) return undefined;
  // A step after Astro failed (Pagefind out of memory): the pages written are still the site to weigh and to copy.
  if (failed !== undefined) {
    rmSync(dist, { recursive: true, force: true });
    renameSync(join(siteDir, 'dist.next'), dist);
  }
  return { ms: done.reduce((total, step) => total + step.ms, 0), steps: done, astroLog, failed };
}

// The floor: the same output from a minimal Astro project (made from the first build's files), built right after each
// site build, warm-ups included: on a shared machine both then run under about the same load. Two of them: the same
// pages and the other files the site's routes write (the floor the budget is set against: Astro renders an endpoint's
// file like a page), and the same pages only (what the floor was before those files were counted), both reported.
interface Floor {
  dir: string;
  state: 'none' | 'ready' | 'failed';
  ms: number[];
  logs: string[];
  files: boolean;
}
const floors: Floor[] = [
  { dir: floorDir, state: 'none', ms: [], logs: [], files: true },
  { dir: `${floorDir}-pages`, state: 'none', ms: [], logs: [], files: false },
];
let otherFiles = 0;
async function buildFloor(floor: Floor, timed: boolean): Promise<void> {
  if (floor.state === 'none') {
    const files = floor.files ? floorFilesOf(dist, join(siteDir, 'public')) : [];
    if (floor.files) otherFiles = files.length;
    createFloorProject(floor.dir, siteDir, floorPagesOf(dist), files);
    floor.state = 'ready';
  }
  if (floor.state !== 'ready') return;
  // Into an empty folder too, as the site's Astro step.
  rmSync(join(floor.dir, 'dist'), { recursive: true, force: true });
  const result = await run(floor.dir, 'astro build');
  logProgress(floor.files ? 'minimal astro build' : 'minimal astro build, pages only', result);
  if (result.code !== 0) {
    notMeasured.push({ what: 'minimal Astro build', why: failure('astro build (minimal project)', result) });
    floor.state = 'failed';
    return;
  }
  if (timed) {
    floor.ms.push(result.ms);
    floor.logs.push(result.stdout + result.stderr);
  }
}
async function buildFloors(timed: boolean): Promise<void> {
  for (const floor of floors) await buildFloor(floor, timed);
}

for (let index = 0; index < warmups; index++) {
  if ((await buildSite()) !== undefined) await buildFloors(false);
}
const builds: NonNullable<Awaited<ReturnType<typeof buildSite>>>[] = [];
for (let index = 0; index < runs; index++) {
  const build = await buildSite();
  if (build === undefined) break;
  builds.push(build);
  await buildFloors(true);
  if (build.failed !== undefined) break;
}

const result: Partial<SiteEntry> & { notMeasured: typeof notMeasured } = { warmups, notMeasured };
if (builds.length > 0) {
  const pages = floorPagesOf(dist);
  const weights = weighPages(dist);
  const summary = (pick: (weight: PageWeight) => number, among = weights): WeightSummary => {
    const heaviest = among.reduce((best, weight) => (pick(weight) > pick(best) ? weight : best));
    return { median: summarise(among.map(pick)).median, max: pick(heaviest), maxPage: heaviest.page };
  };
  const textPages = weights.filter((weight) => !weight.drawsMap);
  const mapPages = weights.filter((weight) => weight.drawsMap);
  const stepSamples = (name: string) => builds.flatMap((build) => build.steps.filter((step) => step.name === name));
  Object.assign(result, {
    buildMs: builds.map((build) => build.ms),
    astroMs: stepSamples('astro').map((step) => step.ms),
    astroPeakRssBytes: Math.max(...stepSamples('astro').map((step) => step.peakRssBytes ?? 0)),
    ...(stepSamples('pagefind').length === 0 ? {} : {
      pagefindMs: stepSamples('pagefind').map((step) => step.ms),
      pagefindPeakRssBytes: Math.max(...stepSamples('pagefind').map((step) => step.peakRssBytes ?? 0)),
    }),
    pages: htmlFiles(dist).length,
    ...(builds.some((build) => build.failed) ? { failedSteps: [...new Set(builds.flatMap((build) => build.failed ?? []))] } : {}),
    htmlBytes: pages.reduce((total, page) => total + page.bytes, 0),
    htmlCssGzip: summary((weight) => weight.htmlCssGzip),
    ...(textPages.length > 0 && { htmlCssGzipText: summary((weight) => weight.htmlCssGzip, textPages) }),
    ...(mapPages.length > 0 && { htmlCssGzipMap: summary((weight) => weight.htmlCssGzip, mapPages) }),
    jsGzip: summary((weight) => weight.jsGzip),
    kinds: costByKind(medianPageTimes(builds.map((build) => build.astroLog)), pages),
  });

  const [floor, pagesOnly] = floors;
  if (floor.ms.length > 0) {
    const built = floorBuiltPages(floor.dir);
    if (built !== pages.length) notMeasured.push({ what: 'minimal Astro build', why: `it wrote ${built} pages, the site ${pages.length}` });
    Object.assign(result, { floorMs: floor.ms, floorFiles: otherFiles, floorKinds: costByKind(medianPageTimes(floor.logs), pages.map((page) => ({ ...page, file: floorFile(page.file) }))) });
  }
  if (pagesOnly.ms.length > 0) Object.assign(result, { floorPagesOnlyMs: pagesOnly.ms });
}

/**
 * Each page's time, the median over the timed builds: one build's log holds pauses that belong to no page (a garbage
 * collection, the shared machine), which a single sample would charge to whichever page was being written.
 */
function medianPageTimes(logs: readonly string[]): Map<string, number> {
  const samples = new Map<string, number[]>();
  for (const log of logs) for (const [file, ms] of astroPageTimes(log)) samples.set(file, [...(samples.get(file) ?? []), ms]);
  return new Map([...samples].map(([file, times]) => [file, summarise(times).median]));
}

/** The floor writes `404.html` as `404/index.html` (one dynamic route in directory format): same page, its own path. */
function floorFile(file: string): string {
  return /(^|\/)index\.html$/.test(file) ? file : file.replace(/\.html$/, '/index.html');
}

emit(result);
