/**
 * The site built from ten times the data (the bench's generator, ×10): what only shows once the data grow. Territory
 * pages cut each list to a few records (src/lib/territory.ts, LIST_CAP), say how many there are and link to a page
 * that lists them all; every link of those pages resolves; their weight stays within the text-page budget. The real
 * data never fill a list past the cap, so only this build renders that part of the page.
 * The ×10 data go through the real chain in a copy of the repository (bench/lib/workspace.ts): data package, snapshots,
 * then `astro build` into a temporary folder (Pagefind is not needed here).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateScaledData } from '../../bench/generate.ts';
import { createWorkspace } from '../../bench/lib/workspace.ts';
import { weighPages } from '../../bench/lib/pages.ts';
import { LIST_CAP } from '../src/lib/territory.ts';
import { launchBrowser } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';

const TEXT_PAGE = 14 * 1024;
let root: string;
let out: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'acces-soins-scale-'));
  const { dir: dataDir } = generateScaledData({ scale: 10, outDir: join(root, 'data') });
  const workspace = createWorkspace(join(root, 'repository'), dataDir);
  for (const [dir, script] of [['packages/data', 'build'], ['packages/export', 'build']] as const) {
    const result = await workspace.run(dir, script);
    if (result.code !== 0) throw new Error(`${dir} ${script} failed on ×10 data: ${(result.stderr || result.stdout).trim().split('\n').slice(-5).join(' ')}`);
  }
  const site = join(workspace.dir, 'site');
  cpSync(join(workspace.dir, 'snapshots'), join(site, 'public', 'data'), { recursive: true });
  out = join(root, 'dist');
  execFileSync(join(site, 'node_modules', '.bin', 'astro'), ['build', '--outDir', out], { cwd: site, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'pipe' });
}, 900_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const territoryPages = () =>
  ['territoires', join('en', 'territories')].flatMap((section) =>
    readdirSync(join(out, section), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `/${section}/${entry.name}/`),
  );
const read = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const scopes = (html: string) => html.split('<section class="scope"').slice(1).map((part) => part.split('</section>')[0]);
const notes = (html: string) => [...html.matchAll(/<p class="capped meta">([^<]*)<a href="([^"]+)">([^<]*)<\/a><\/p>/g)].map(([, note, href, text]) => ({ note, href, text }));

describe('territory pages at ×10', () => {
  it('cut long lists to the cap, with how many there are and a link to the complete list', () => {
    const html = read('/territoires/departement-11/');
    const capped = notes(html);
    expect(capped.length).toBeGreaterThan(0);
    for (const scope of scopes(html)) {
      expect(scope.split('class="card"').length - 1).toBeLessThanOrEqual(LIST_CAP);
      expect(scope.split('<tr id=').length - 1).toBeLessThanOrEqual(2 * LIST_CAP);
    }
    for (const { note, href } of capped) {
      const [shown, total] = [...note.matchAll(/\d[\d\u202f\u00a0]*/g)].map((m) => Number(m[0].replace(/\D/g, '')));
      expect(shown).toBe(LIST_CAP);
      expect(total).toBeGreaterThan(shown);
      // The complete list holds at least as many: an initiatives list counts its cards, the timeline its rows (the
      // map, for health centres, shows them as marks).
      const target = read(href);
      const listed = href.includes('/initiatives/') ? target.split('class="card"').length - 1 : /chronologie|timeline/.test(href) ? target.split('<tr id=').length - 1 : total;
      expect(listed, `${href} lists fewer than the ${total} the note counts`).toBeGreaterThanOrEqual(total);
    }
    expect(capped.some(({ href }) => href.includes('/initiatives/'))).toBe(true);
  });

  it('link only to pages of the build', () => {
    for (const page of territoryPages()) {
      for (const [, href] of read(page).matchAll(/<a [^>]*href="(\/[^"#]*)/g)) {
        const local = join(out, decodeURIComponent(href));
        const found = existsSync(local) && (statSync(local).isFile() || existsSync(join(local, 'index.html')));
        expect(found, `${page} links to ${href}`).toBe(true);
      }
    }
  });

  it('stay within the text-page budget', () => {
    const weights = weighPages(out).filter((weight) => /territo(ires|ries)[\\/][^\\/]+[\\/]index\.html$/.test(weight.page) && !weight.drawsMap);
    expect(weights.length).toBe(territoryPages().length);
    for (const weight of weights) expect(weight.htmlCssGzip, weight.page).toBeLessThanOrEqual(TEXT_PAGE);
  });
});

describe('a capped territory page on a phone', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDist(out);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('fits 320 px and its link to the complete list works', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${server.origin}/en/territories/departement-11/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const link = page.locator('p.capped a').first();
      await link.click();
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname).not.toBe('/en/territories/departement-11/');
      expect(await page.title()).not.toMatch(/404/);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
