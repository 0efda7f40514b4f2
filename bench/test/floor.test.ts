import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroPageTimes, costByKind, createFloorProject, floorFilesOf, pageKind } from '../lib/floor.ts';
import { runMonitored } from '../lib/monitor.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('page kinds and Astro per-page times', () => {
  it('classifies pages of both languages by their path', () => {
    expect(pageKind('territoires/departement-11/index.html')).toBe('department');
    expect(pageKind('en/territories/departement-11/index.html')).toBe('department');
    expect(pageKind('territoires/commune-11069/index.html')).toBe('commune');
    expect(pageKind('initiatives/segur-de-la-sante/index.html')).toBe('initiative');
    // Filter pages and section indexes are not initiative pages.
    expect(pageKind('initiatives/territoire/departement-11/index.html')).toBe('other');
    expect(pageKind('initiatives/index.html')).toBe('other');
    expect(pageKind('en/organisations/ars-occitanie/index.html')).toBe('organisation');
    expect(pageKind('carte/index.html')).toBe('map');
    expect(pageKind('en/map/index.html')).toBe('map');
    expect(pageKind('territoires/region-76/index.html')).toBe('other');
  });

  it('reads the per-page times Astro logs, in ms or s, and sums them by kind', () => {
    const log = [
      '12:00:00 ▶ src/pages/territoires/[id].astro',
      '12:00:00   ├─ /territoires/departement-11/index.html (+12ms) ',
      '12:00:00   └─ /territoires/departement-34/index.html (+1.5s) ',
      '12:00:01   ├─ /carte/index.html (+300ms) ',
      '12:00:01   ├─ /index.html (+4ms) ',
    ].join('\n');
    const times = astroPageTimes(log);
    expect([...times]).toEqual([
      ['territoires/departement-11/index.html', 12],
      ['territoires/departement-34/index.html', 1500],
      ['carte/index.html', 300],
      ['index.html', 4],
    ]);
    const pages = [...times.keys()].map((file) => ({ file, bytes: 1000 }));
    const kinds = costByKind(times, pages);
    expect(kinds.department).toEqual({ pages: 2, ms: 1512, bytes: 2000 });
    expect(kinds.map).toEqual({ pages: 1, ms: 300, bytes: 1000 });
    expect(kinds.other).toEqual({ pages: 1, ms: 4, bytes: 1000 });
  });
});

describe('the floor project', () => {
  it('uses the site configuration and its node_modules, one page per built page', () => {
    const siteDir = join(import.meta.dirname, '..', '..', 'site');
    const floor = join(dir, 'floor');
    createFloorProject(floor, siteDir, [
      { file: 'index.html', bytes: 5000 },
      { file: 'territoires/departement-11/index.html', bytes: 50_000 },
      { file: '404.html', bytes: 3000 },
    ]);
    expect(readFileSync(join(floor, 'astro.config.ts'), 'utf8')).toContain(join(siteDir, 'astro.config.ts'));
    expect(existsSync(join(floor, 'node_modules', 'astro', 'package.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(floor, 'pages.json'), 'utf8'))).toEqual([
      { path: '', bytes: 5000 },
      { path: 'territoires/departement-11', bytes: 50_000 },
      { path: '404', bytes: 3000 },
    ]);
  });
});

describe('the files besides pages', () => {
  it('are what the routes write: not pages, bundles, the search index or copies of public/', () => {
    const dist = join(dir, 'dist-files');
    const publicDir = join(dir, 'public-files');
    for (const [file, text] of [
      ['index.html', '<p>page</p>'],
      ['graphiques/chart-a-fr.svg', '<svg/>'],
      ['graphiques/chart-a-fr.csv', 'a,b\r\n'],
      ['flux.xml', '<feed/>'],
      ['_astro/island.js', 'x'],
      ['pagefind/pagefind.js', 'x'],
      ['data/acces-soins.zip', 'zip'],
      ['favicon.svg', '<svg/>'],
    ] as const) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), text);
    }
    for (const file of ['data/acces-soins.zip', 'favicon.svg']) {
      mkdirSync(dirname(join(publicDir, file)), { recursive: true });
      writeFileSync(join(publicDir, file), 'x');
    }
    expect(floorFilesOf(dist, publicDir)).toEqual([
      { file: 'flux.xml', bytes: 7 },
      { file: 'graphiques/chart-a-fr.csv', bytes: 5 },
      { file: 'graphiques/chart-a-fr.svg', bytes: 6 },
    ]);
    const floor = join(dir, 'floor-files');
    createFloorProject(floor, join(import.meta.dirname, '..', '..', 'site'), [{ file: 'index.html', bytes: 11 }], floorFilesOf(dist, publicDir));
    expect(existsSync(join(floor, 'src', 'pages', '[...file].ts'))).toBe(true);
    expect(JSON.parse(readFileSync(join(floor, 'files.json'), 'utf8'))).toHaveLength(3);
  });
});

describe('monitored commands', () => {
  it('reports the peak resident memory of the whole process tree', async () => {
    // A child that holds about 200 MB for a moment, started through a shell as the build steps are.
    const result = await runMonitored('sh', ['-c', `${JSON.stringify(process.execPath)} -e "const b = Buffer.alloc(200e6, 1); setTimeout(() => console.log(b[0]), 600)"`]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('1');
    if (existsSync('/proc/meminfo')) expect(result.peakRssBytes).toBeGreaterThan(150e6);
  });

  it.runIf(existsSync('/proc/meminfo'))('kills the command when available memory falls under the floor, and says so', async () => {
    // A floor above any machine's memory: the watchdog fires at its first sample.
    const result = await runMonitored('sh', ['-c', 'sleep 30'], { memoryFloorBytes: Number.MAX_SAFE_INTEGER });
    expect(result.code).not.toBe(0);
    expect(result.killedForMemory?.floorBytes).toBe(Number.MAX_SAFE_INTEGER);
  });
});
