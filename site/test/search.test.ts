/**
 * Search as people type it, in a real Chromium on a 320 px phone: a place (with or without accents, with a
 * typo) is answered first by the page that concerns it, an acronym finds its organisation or explainer, no
 * result shows a checksum, and the results never widen the page. « Ma commune »: Enter on an exact name or
 * postcode goes to its page even when other communes share the prefix; homonyms are told apart by department.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type OpenSite } from './browser.ts';
import type { StaticServer } from './server.ts';

let site: OpenSite;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  site = await openSite({ viewport: { width: 320, height: 640 } });
  ({ server, page } = site);
});

afterAll(async () => {
  await site?.close();
});

async function search(path: string, query: string) {
  await page.goto(`${server.origin}${path}?q=${encodeURIComponent(query)}`);
  await page.locator('[data-search] [role="status"]').filter({ hasText: /\d/ }).waitFor();
  const results = await page.locator('[data-search] ol.results > li').evaluateAll((items) =>
    items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, text: li.textContent ?? '' })),
  );
  const extra = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  return { results, extra };
}

const CHECKSUM = /\b[0-9a-f]{40,64}\b/;

describe('search', () => {
  const firsts: [string, string, RegExp][] = [
    ['/recherche/', 'Marseille', /^\/territoires\/departement-13\/$/],
    ['/recherche/', 'Béziers', /^\/territoires\/departement-34\/$/],
    ['/recherche/', 'beziers', /^\/territoires\/departement-34\/$/],
    ['/recherche/', 'Beziés', /^\/territoires\/departement-34\/$/],
    ['/recherche/', 'Lussan', /^\/territoires\/commune-30151\/$/],
    ['/recherche/', 'Carcasonne', /^\/territoires\/commune-11069\/$/],
    ['/recherche/', 'herault', /^\/territoires\/departement-34\/$/],
    ['/recherche/', 'Occitanie', /^\/territoires\/region-76\/$/],
    ['/en/search/', 'Marseille', /^\/en\/territories\/departement-13\/$/],
  ];
  for (const [path, query, expected] of firsts) {
    it(`answers « ${query} » (${path}) with the place's page first`, async () => {
      const { results, extra } = await search(path, query);
      expect(results[0]?.href).toMatch(expected);
      expect(results.filter((r) => CHECKSUM.test(r.text))).toEqual([]);
      expect(extra).toBe(0);
    });
  }

  for (const [query, name] of [['ARS', /agence régionale de santé|ARS/i], ['URPS', /union régionale des professionnels de santé|URPS/i], ['CRSA', /conférence régionale de la santé|CRSA/i]] as const) {
    it(`finds the organisation or explainer behind « ${query} » first, with no checksum`, async () => {
      const { results, extra } = await search('/recherche/', query);
      expect(results.length).toBeGreaterThan(0);
      expect(results[0].href).toMatch(/\/(organisations|comprendre)\//);
      expect(results[0].text).toMatch(name);
      expect(results.filter((r) => CHECKSUM.test(r.text))).toEqual([]);
      expect(extra).toBe(0);
    });
  }

  it('finds an initiative by words of its title', async () => {
    const { results } = await search('/recherche/', 'Ségur de la santé');
    expect(results.slice(0, 3).map((r) => r.href)).toContain('/initiatives/segur-de-la-sante/');
    // Lists that repeat the initiatives (filters, themes, timeline, indexes) are not indexed: their words would
    // push the pages themselves down, and at scale they are most of the index.
    const lists = /^\/(initiatives\/([^/]+\/[^/]+\/)?|themes\/[^/]+\/|chronologie\/|organisations\/|personnes\/)$/;
    expect(results.map((r) => r.href).filter((href) => lists.test(href))).toEqual([]);
  });
});

describe('« ma commune »', () => {
  async function lookup(query: string) {
    await page.goto(`${server.origin}/ma-commune/`);
    const input = page.getByLabel('Commune, code postal ou code INSEE');
    await input.fill(query);
    await page.locator('[data-commune-lookup] .results li').first().waitFor();
    return input;
  }

  it('goes to the department on Enter for an exact name other communes start with (Marseille, Marseillan…)', async () => {
    const input = await lookup('Marseille');
    await input.press('Enter');
    await page.waitForURL('**/territoires/departement-13/');
  });

  it('goes to a commune’s own page on Enter for its exact name or postcode', async () => {
    const input = await lookup('Carcassonne');
    await input.press('Enter');
    await page.waitForURL('**/territoires/commune-11069/');
    // Béziers' postcode (not also an INSEE code, as 13008 would be) leads to its department.
    const again = await lookup('34500');
    await again.press('Enter');
    await page.waitForURL('**/territoires/departement-34/');
  });

  it('tells homonyms apart by department and lets the person choose (Lussan, Gard and Gers; Montclar)', async () => {
    await lookup('Lussan');
    const lussans = (await page.locator('[data-commune-lookup] .results li').allTextContents()).filter((text) => text.startsWith('Lussan ('));
    expect(lussans.map((text) => text.split(' — ')[1]).sort()).toEqual(['Gard (30)', 'Gers (32)']);
    const input = await lookup('Montclar');
    const items = await page.locator('[data-commune-lookup] .results li').allTextContents();
    const montclars = items.filter((text) => text.startsWith('Montclar ('));
    expect(montclars.length).toBeGreaterThanOrEqual(3);
    expect(new Set(montclars.map((text) => text.split(' — ')[1])).size).toBe(montclars.length);
    await input.press('Enter');
    await page.waitForTimeout(300); // Enter must not pick one of them: the page stays
    expect(new URL(page.url()).pathname).toBe('/ma-commune/');
  });
});
