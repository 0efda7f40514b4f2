/**
 * Every page of the built site over plain HTTP, no browser: status 200, the right <html lang>, a canonical URL,
 * hreflang links to a translation that links back, only local scripts, styles and images, every internal link and
 * anchor resolving. Each page is its own test with its own timeout: a slow machine makes the crawl slower, never red.
 * (What needs a browser — console, axe, layout — is checked on one page per template: templates.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type StaticServer } from './server.ts';
import { assertBuilt, builtOrigin, htmlPages, readDist, sitemapPaths } from './dist.ts';
import { parsePage, type ParsedPage } from './html.ts';

assertBuilt();
const paths = sitemapPaths();
const origin = builtOrigin();

let server: StaticServer;
beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await server?.close();
});

/** Each page parsed once, from the file the server sends (the crawl checks the status over HTTP). */
const parsed = new Map<string, ParsedPage>();
const pageAt = (path: string) => {
  if (!parsed.has(path)) parsed.set(path, parsePage(readDist(`${path}index.html`)));
  return parsed.get(path)!;
};

/** Every internal address is requested once, however many pages link to it. */
const statuses = new Map<string, Promise<number>>();
const statusOf = (path: string) => {
  if (!statuses.has(path)) statuses.set(path, fetch(server.origin + path).then(async (response) => (await response.arrayBuffer(), response.status)));
  return statuses.get(path)!;
};

describe('the sitemap', () => {
  it('lists every built page, and only those', () => {
    const listed = new Set(paths);
    const built = htmlPages();
    expect(built.filter((path) => !listed.has(path))).toEqual([]);
    expect([...listed].filter((path) => !htmlPages().includes(path))).toEqual([]);
    expect(listed.size).toBeGreaterThan(100);
  });

  it('serves the 404 page with status 404 for an unknown address', async () => {
    const response = await fetch(`${server.origin}/cette-page-n-existe-pas/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page introuvable');
  });
});

describe.each(paths)('%s', (path) => {
  it('answers 200, declares its language, its canonical URL and a translation that links back', async () => {
    expect(await statusOf(path)).toBe(200);
    const page = pageAt(path);
    const own = path.startsWith('/en/') ? 'en' : 'fr';
    const other = own === 'fr' ? 'en' : 'fr';
    expect(page.lang).toBe(own);
    expect(page.canonical).toBe(origin + path);
    expect(page.alternates[own]).toBe(origin + path);
    const translation = new URL(page.alternates[other] ?? origin).pathname;
    expect(paths, `translation ${page.alternates[other]}`).toContain(translation);
    expect(pageAt(translation).alternates[own], `${translation} links back`).toBe(origin + path);
  });

  it('loads scripts, styles and images from the site only', () => {
    const foreign = pageAt(path).resources.filter((url) => /^(https?:)?\/\//.test(url) && !url.startsWith(origin));
    expect(foreign).toEqual([]);
  });

  it('links only to pages and files that exist, and to anchors present on the page', async () => {
    const page = pageAt(path);
    const missing: string[] = [];
    for (const href of page.links) {
      if (href.startsWith('#')) {
        const id = decodeURIComponent(href.slice(1));
        if (id !== '' && !page.ids.has(id)) missing.push(`no element #${id}`);
        continue;
      }
      const url = new URL(href, origin + path);
      if (url.origin !== origin || !/^https?:$/.test(url.protocol)) continue;
      const status = await statusOf(url.pathname);
      if (status !== 200) missing.push(`${href} → ${status}`);
    }
    expect(missing).toEqual([]);
  });
});
