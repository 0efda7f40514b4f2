/**
 * One page per template, in French and in English, in a real Chromium on a phone-sized screen: no console error or
 * warning, no exception, no request leaving the site, no axe-core violation, nothing wider than the screen. Pages of
 * one template share their markup, so one of each covers the accessibility of all; the plain HTTP crawl
 * (crawl.test.ts) checks every page's status and links. Each page is its own test with its own timeout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openSite, type OpenSite } from './browser.ts';
import { assertBuilt, sitemapPaths } from './dist.ts';

assertBuilt();

/**
 * A page's template, from its address: language, section and depth (`/initiatives/x/` and `/initiatives/a/b/` are
 * two templates; `/en/initiatives/x/` is the English one).
 */
const templateOf = (path: string) => {
  const segments = path.split('/').filter((segment) => segment !== '');
  const lang = segments[0] === 'en' ? 'en' : 'fr';
  const rest = lang === 'en' ? segments.slice(1) : segments;
  return `${lang}:${rest[0] ?? ''}:${rest.length}`;
};

/** The first page of each template, in sitemap order, with the search pages and the 404 page. */
const PAGES = [
  ...new Map([...sitemapPaths(), '/recherche/', '/en/search/'].reverse().map((path) => [templateOf(path), path])).values(),
  '/404.html',
].sort();

const PHONE = { width: 375, height: 800 };

let site: OpenSite;
let page: Page;
/** What the page under test logged and tried to fetch elsewhere; reset by each test. */
let current = { consoleErrors: [] as string[], foreign: [] as string[] };

// One page for every test: each navigates it.
beforeAll(async () => {
  site = await openSite({ viewport: PHONE });
  const { server, context } = site;
  page = site.page;
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') current.consoleErrors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => current.consoleErrors.push(`pageerror: ${error.message}`));
  // Anything not served by the site itself is refused and recorded: the site must need nothing else.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.origin}/`)) return route.continue();
    current.foreign.push(url);
    return route.abort();
  });
});
afterAll(() => site?.close());

describe('one page per template, both languages', () => {
  it('covers both languages and every section', () => {
    expect(PAGES.filter((path) => path.startsWith('/en/')).length).toBeGreaterThan(10);
    expect(PAGES.filter((path) => !path.startsWith('/en/')).length).toBeGreaterThan(10);
  });

  it.each(PAGES)('%s: no console error, no foreign request, no axe violation, fits a phone screen', async (path) => {
    current = { consoleErrors: [], foreign: [] };
    const response = await page.goto(site.server.origin + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    const axe = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    const violations = axe.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect({ ...current, violations, tooWide: scrollWidth > PHONE.width ? scrollWidth : false }).toEqual({
      consoleErrors: [],
      foreign: [],
      violations: [],
      tooWide: false,
    });
  });
});
