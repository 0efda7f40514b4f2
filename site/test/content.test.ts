/**
 * What readers come for, checked in a real Chromium against the published data package: the figures, the
 * initiative pages, a department page, the downloads and their checksums, the commune finder, search,
 * filters without JavaScript, inferred dates and the feed.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { initiatives, events, organisations, facilities, metadata, eventsInOrder, byTerritory } from '@acces-soins/data';
import { openSite, type OpenSite } from './browser.ts';
import type { StaticServer } from './server.ts';
import { readDist } from './dist.ts';

let site: OpenSite;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  ({ server, browser, context, page } = site);
});

afterAll(() => site?.close());

const open = (path: string) => page.goto(server.origin + path);
const texts = (selector: string) => page.locator(selector).allTextContents();

describe('home page', () => {
  it('shows key figures computed from the data, the map and the latest events', async () => {
    await open('/');
    expect(await page.locator('h1').textContent()).toContain('Accès aux soins');
    const figures = (await texts('.figures strong')).map((t) => Number(t.replace(/\s/g, '')));
    expect(figures.slice(0, 3)).toEqual([initiatives.length, events.length, organisations.length]);
    expect(figures[4]).toBe(facilities.length);
    expect(await page.locator('figure.chart--map').count()).toBe(1);
    const latest = eventsInOrder().slice(-5).reverse();
    expect(await page.locator('main table.events tbody tr').count()).toBe(latest.length);
    expect(await page.locator('main table.events tbody tr').first().textContent()).toContain(latest[0].title.fr);
  });

  it('has its English translation at /en/', async () => {
    await open('/');
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    expect(new URL(page.url()).pathname).toBe('/en/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});

describe('initiative pages', () => {
  it('show summary, participants, objectives in source order, timeline and sources with quotes', async () => {
    for (const initiative of initiatives) {
      await open(`/en/initiatives/${initiative.id}/`);
      expect(await page.locator('h1').textContent()).toBe(initiative.title.en);
      expect(await page.locator('.lead').textContent()).toContain(initiative.summary.en);
      const objectives = (await texts('main ol.prose > li')).map((t) => t.replace(/\s+/g, ' '));
      expect(objectives.length).toBe(initiative.objectives?.length ?? 0);
      (initiative.objectives ?? []).forEach((o, n) => expect(objectives[n]).toContain(o.text.en));
      for (const citation of initiative.citations) {
        expect(await page.locator(`#source-${citation.source} blockquote`).allTextContents()).toContainEqual(citation.quote);
      }
      expect(await page.locator('table.participants tbody tr').count()).toBe(initiative.participants.length);
    }
  });

  it('mark inferred dates and reveal their reasoning on demand', async () => {
    const event = eventsInOrder().find((e) => e.date.inferred)!;
    await open(`/initiatives/${event.initiative}/`);
    const marked = page.locator('.inferred-date').first();
    await expect(marked.locator('summary').textContent()).resolves.toContain('date déduite');
    const reasoning = marked.locator('details p');
    expect(await reasoning.isVisible()).toBe(false);
    await marked.locator('summary').click();
    expect(await reasoning.isVisible()).toBe(true);
    expect(await page.locator('.inferred-date details p').allTextContents()).toContainEqual(expect.stringContaining(event.date.reasoning!.fr));
  });
});

describe('a department page', () => {
  it('gathers what applies to Lozère, with a locator map highlighting it (the full map is on the map page)', async () => {
    await open('/territoires/departement-48/');
    expect(await page.locator('h1').textContent()).toBe('Lozère (48)');
    const links = await page.locator('main .cards a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const initiative of byTerritory('departement-48')) expect(links).toContain(`/initiatives/${initiative.id}/`);
    expect(await page.locator('figure.locator path.locator-here').count()).toBe(1);
  });
});

describe('data page', () => {
  const manifest = JSON.parse(readDist('/data/manifest.json')) as { zip: string; files: { path: string; bytes: number; sha256: string }[] };

  it('lists every download with its checksum, and serves files that match it', async () => {
    await open('/donnees/');
    const rows = await page.locator('table.downloads tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ href: tr.querySelector('a')!.getAttribute('href')!, sha: tr.querySelector('code')!.textContent })),
    );
    expect(rows.length).toBe(manifest.files.length);
    for (const file of manifest.files) {
      const row = rows.find((r) => r.href === `/data/${encodeURIComponent(file.path)}`);
      expect(row?.sha, file.path).toBe(file.sha256);
      const body = Buffer.from(await (await fetch(server.origin + row!.href)).arrayBuffer());
      expect(body.length, file.path).toBe(file.bytes);
      expect(createHash('sha256').update(body).digest('hex'), file.path).toBe(file.sha256);
    }
  });

  it('describes the dataset in schema.org JSON-LD and gives the field dictionary and licences', async () => {
    await open('/en/data/');
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd['@type']).toBe('Dataset');
    expect(jsonLd.dateModified).toBe(metadata.dataDate);
    const urls = jsonLd.distribution.map((d: { contentUrl: string }) => new URL(d.contentUrl).pathname);
    expect(urls).toContain(`/data/${manifest.zip}`);
    expect(urls).toContain('/data/datapackage.json');
    expect(urls).toContain('/data/initiatives.csv');
    expect(urls).toContain('/data/initiatives.json');
    expect(await page.locator('main').textContent()).toContain(metadata.licences.data);
    expect(await page.locator('main').textContent()).toContain(metadata.citation.text.en);
    // The field dictionary has its own page (the data page stays within the byte budget).
    await open('/en/field-dictionary/');
    expect(await page.locator('#fields-initiatives tbody tr').count()).toBeGreaterThan(10);
    expect(await page.locator('#fields-initiatives').textContent()).toContain('Identifier');
  });
});

describe('« ma commune »', () => {
  it('finds a commune by name, postcode or INSEE code and leads to its department', async () => {
    await open('/ma-commune/');
    const input = page.getByLabel('Commune, code postal ou code INSEE');
    await input.fill('mende');
    await expect(page.locator('.results a[href="/territoires/departement-48/"]').first().waitFor()).resolves.toBeUndefined();
    expect(await page.locator('.results li').first().textContent()).toContain('Mende');
    await input.fill('84000');
    await page.locator('.results li', { hasText: 'Avignon' }).waitFor();
    await input.fill('11069');
    await page.locator('.results a[href="/territoires/commune-11069/"]').waitFor();
    // A single match and Enter: straight to the page.
    await input.press('Enter');
    await page.waitForURL('**/territoires/commune-11069/');
  });

  it('loads the commune list only when the field is used', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await open('/en/my-commune/');
    expect(requests).not.toContain('/communes.json');
    await page.getByLabel('Commune, postcode or INSEE code').fill('Saint Etienne');
    await page.locator('.results li').first().waitFor();
    expect(requests).toContain('/communes.json');
  });

  it('still leads to every department without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(server.origin + '/ma-commune/');
    expect(await plain.locator('form[role="search"]').isVisible()).toBe(false);
    expect(await plain.locator('main a[href^="/territoires/departement-"]').count()).toBeGreaterThanOrEqual(19);
    await noJs.close();
  });
});

describe('search', () => {
  it('finds pages in the page language with Pagefind', async () => {
    await open('/recherche/');
    await page.getByLabel('Rechercher sur le site').fill('Lozère');
    await page.locator('.results li').first().waitFor();
    const hrefs = await page.locator('.results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.some((h) => h.includes('departement-48'))).toBe(true);
    expect(hrefs.every((h) => !h.startsWith('/en/'))).toBe(true);
    await open('/en/search/');
    await page.getByLabel('Search the site').fill('consultation');
    await page.locator('.results li').first().waitFor();
    expect((await page.locator('.results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).every((h) => h.startsWith('/en/'))).toBe(true);
  });
});

describe('initiative filters', () => {
  it('work without JavaScript, one static page per filter', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(server.origin + '/initiatives/');
    await plain.getByText('Thème', { exact: true }).click();
    await plain.getByRole('link', { name: 'Prévention' }).click();
    expect(new URL(plain.url()).pathname).toBe('/initiatives/theme/prevention/');
    const expected = initiatives.filter((i) => i.themes.includes('prevention')).length;
    expect(await plain.locator('main .cards > li').count()).toBe(expected);
    await noJs.close();
  });
});

describe('Atom feed', () => {
  it('has an entry per event and the data release, dated from the data', () => {
    for (const path of ['/flux.xml', '/en/feed.xml']) {
      const xml = readDist(path);
      expect([...xml.matchAll(/<entry>/g)].length, path).toBe(events.length + 1);
      expect(/<updated>([^<]+)<\/updated>/.exec(xml)?.[1], path).toBe(`${metadata.dataDate}T00:00:00Z`);
      for (const [, stamp] of xml.matchAll(/<updated>([^<]+)<\/updated>/g)) expect(Number.isNaN(Date.parse(stamp))).toBe(false);
    }
  });
});
