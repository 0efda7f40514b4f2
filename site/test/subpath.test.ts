/**
 * The site built for a public address with a sub-path (SITE_URL=https://example.test/acces-soins/), as a project
 * page on a static host would be: every internal link, script, stylesheet and download starts with the sub-path
 * and resolves to a built file; canonical, hreflang, the sitemap, robots.txt, the feeds and JSON-LD use the full
 * address; prose (MDX) links get the prefix too; search results point under the sub-path.
 * The build goes to a temporary folder (astro build --outDir), so site/dist is never touched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { launchBrowser } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';
import { buildSteps } from '../scripts/steps.ts';

const SITE = 'https://example.test/acces-soins/';
const BASE = '/acces-soins/';
const siteDir = join(import.meta.dirname, '..');
let root: string;
let out: string;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'data' || entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Site path of a built page file: <out>/initiatives/index.html → /acces-soins/initiatives/ */
const pagePath = (file: string) => BASE + relative(out, file).split(sep).join('/').replace(/index\.html$/, '');

/** A site path resolves when it names a file, or a folder with index.html, under the sub-path. */
function resolves(path: string): boolean {
  if (!path.startsWith(BASE)) return false;
  const local = join(out, decodeURIComponent(path.slice(BASE.length)));
  if (!existsSync(local)) return false;
  return statSync(local).isFile() || existsSync(join(local, 'index.html'));
}

const attrs = (html: string, name: string) => [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1].replace(/&amp;/g, '&'));

beforeAll(() => {
  if (!existsSync(join(siteDir, 'public', 'data', 'manifest.json'))) {
    throw new Error('site/public/data is missing: build the site once first (npx -y pnpm@12.21.0 --filter @acces-soins/site run build)');
  }
  root = mkdtempSync(join(tmpdir(), 'acces-soins-subpath-'));
  out = join(root, 'acces-soins');
  const env = { ...process.env, SITE_URL: SITE, ASTRO_TELEMETRY_DISABLED: '1' };
  const bin = (name: string) => join(siteDir, 'node_modules', '.bin', name);
  // The site build's own steps (astro, then Pagefind with its options), into the temporary folder.
  for (const step of buildSteps(out)) execFileSync(bin(step.command), step.args, { cwd: siteDir, env, stdio: 'pipe' });
}, 600_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a build under a sub-path', () => {
  it('links, scripts, styles and images only to files of the build, all under the sub-path', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(out)) {
      const html = readFileSync(file, 'utf8');
      for (const value of [...attrs(html, 'href'), ...attrs(html, 'src'), ...attrs(html, 'data-src')]) {
        if (!value.startsWith('/') || value.startsWith('//')) continue;
        const path = value.split('#')[0].split('?')[0];
        if (!resolves(path)) broken.push(`${pagePath(file)} → ${value}`);
      }
    }
    expect(broken.slice(0, 20)).toEqual([]);
  });

  it('gives every page a canonical URL and hreflang alternates at the public address', () => {
    const wrong: string[] = [];
    for (const file of htmlFiles(out)) {
      const html = readFileSync(file, 'utf8');
      if (html.includes('name="robots" content="noindex"')) continue;
      const page = pagePath(file);
      const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
      if (canonical !== `https://example.test${page}`) wrong.push(`${page}: canonical ${canonical}`);
      for (const lang of ['fr', 'en']) {
        const alt = html.match(new RegExp(`<link rel="alternate" hreflang="${lang}" href="([^"]+)"`))?.[1];
        if (!alt?.startsWith(SITE) || !resolves(new URL(alt).pathname)) wrong.push(`${page}: hreflang ${lang} ${alt}`);
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('lists every page in the sitemap at the public address, and robots.txt points to it', () => {
    const xml = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.length).toBeGreaterThan(100);
    expect(locs.filter((loc) => !loc.startsWith(SITE) || !resolves(new URL(loc).pathname))).toEqual([]);
    expect(locs).toContain(`${SITE}recherche/`);
    const pages = htmlFiles(out).filter((f) => !f.endsWith('404.html')).map((f) => `https://example.test${pagePath(f)}`);
    expect(pages.filter((p) => !locs.includes(p))).toEqual([]);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}sitemap.xml`);
  });

  it('writes feeds and JSON-LD with the public address', () => {
    for (const feed of ['flux.xml', 'en/feed.xml']) {
      const xml = readFileSync(join(out, feed), 'utf8');
      const links = [...xml.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
      expect(links.length).toBeGreaterThan(2);
      expect(links.filter((l) => !l.startsWith(SITE))).toEqual([]);
    }
    const data = readFileSync(join(out, 'donnees', 'index.html'), 'utf8');
    const json = JSON.parse(data.match(/<script type="application\/ld\+json">([^<]+)<\/script>/)![1]);
    expect(json.url).toBe(`${SITE}donnees/`);
    expect(json.distribution.every((d: { contentUrl: string }) => d.contentUrl.startsWith(`${SITE}data/`))).toBe(true);
  });

  it('prefixes links written in prose (MDX)', () => {
    const html = readFileSync(join(out, 'comprendre', 'conseil-territorial-de-sante', 'index.html'), 'utf8');
    expect(html).toContain(`href="${BASE}comprendre/agence-regionale-de-sante/"`);
  });

  it('finds pages with search, with result links under the sub-path', async () => {
    let server: StaticServer | undefined;
    const browser = await launchBrowser();
    try {
      server = await serveDist(root);
      const page = await browser.newPage();
      await page.goto(`${server.origin}${BASE}recherche/?q=Lussan`);
      const first = page.locator('[data-search] ol.results li a').first();
      await first.waitFor();
      const href = (await first.getAttribute('href'))!;
      expect(href.startsWith(BASE)).toBe(true);
      const response = await page.goto(server.origin + href);
      expect(response?.status()).toBe(200);
    } finally {
      await browser.close();
      await server?.close();
    }
  });
});
