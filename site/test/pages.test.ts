/**
 * Every page of the sitemap, in a real Chromium: status 200, no console error, no request leaving the site's
 * origin, no axe-core violation, the right <html lang>, translations linked both ways, every internal link and
 * anchor resolving. The site is crawled once; each `it` checks one property over every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';
import { assertBuilt, builtOrigin, htmlPages, sitemapPaths } from './dist.ts';

interface PageReport {
  path: string;
  status: number;
  lang: string | null;
  consoleErrors: string[];
  foreignRequests: string[];
  violations: string[];
  links: string[];
  missingAnchors: string[];
  alternates: Record<string, string>;
  canonical: string | null;
}

let server: StaticServer;
let browser: Browser;
const reports: PageReport[] = [];

beforeAll(async () => {
  assertBuilt();
  server = await serveDist();
  browser = await launchBrowser();
  const context = await browser.newContext();
  const page = await context.newPage();
  let current: PageReport | undefined;
  page.on('console', (message) => {
    if (current && (message.type() === 'error' || message.type() === 'warning')) current.consoleErrors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => current?.consoleErrors.push(`pageerror: ${error.message}`));
  // Anything not served by the site itself is refused and recorded: the site must need nothing else.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin + '/')) return route.continue();
    current?.foreignRequests.push(url);
    return route.abort();
  });
  for (const path of sitemapPaths()) {
    current = { path, status: 0, lang: null, consoleErrors: [], foreignRequests: [], violations: [], links: [], missingAnchors: [], alternates: {}, canonical: null };
    const response = await page.goto(server.origin + path, { waitUntil: 'load' });
    current.status = response?.status() ?? 0;
    const facts = await page.evaluate(() => ({
      lang: document.documentElement.getAttribute('lang'),
      links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
      missingAnchors: [...document.querySelectorAll('a[href^="#"]')]
        .map((a) => a.getAttribute('href')!.slice(1))
        .filter((id) => id !== '' && !document.getElementById(decodeURIComponent(id))),
      alternates: Object.fromEntries([...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!])),
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    }));
    Object.assign(current, facts);
    const axe = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    current.violations = axe.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    reports.push(current);
  }
  await context.close();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** "path: problem" lines for every page where `pick` finds something; an empty list is a pass. */
const problems = (pick: (r: PageReport) => string[]) => reports.flatMap((r) => pick(r).map((p) => `${r.path}: ${p}`));

describe('every page of the sitemap', () => {
  it('lists every built page, and only those', () => {
    const listed = new Set(sitemapPaths());
    const built = htmlPages();
    expect(built.filter((p) => !listed.has(p))).toEqual([]);
    expect([...listed].filter((p) => !htmlPages().includes(p))).toEqual([]);
    expect(listed.size).toBeGreaterThan(100);
  });

  it('answers 200', () => {
    expect(reports.length).toBe(sitemapPaths().length);
    expect(problems((r) => (r.status === 200 ? [] : [`status ${r.status}`]))).toEqual([]);
  });

  it('logs no console error or warning and throws no exception', () => {
    expect(problems((r) => r.consoleErrors)).toEqual([]);
  });

  it('makes no request outside the site', () => {
    expect(problems((r) => r.foreignRequests)).toEqual([]);
  });

  it('has no axe-core violation', () => {
    expect(problems((r) => r.violations)).toEqual([]);
  });

  it('declares its language: English under /en/, French elsewhere', () => {
    expect(problems((r) => (r.lang === (r.path.startsWith('/en/') ? 'en' : 'fr') ? [] : [`lang=${r.lang}`]))).toEqual([]);
  });

  it('has a canonical URL and hreflang links to a translation that links back', () => {
    const origin = builtOrigin();
    const byPath = new Map(reports.map((r) => [r.path, r]));
    expect(
      problems((r) => {
        const issues: string[] = [];
        if (r.canonical !== origin + r.path) issues.push(`canonical ${r.canonical}`);
        const own = r.path.startsWith('/en/') ? 'en' : 'fr';
        const other = own === 'fr' ? 'en' : 'fr';
        if (r.alternates[own] !== origin + r.path) issues.push(`hreflang ${own} ${r.alternates[own]}`);
        const translation = byPath.get(new URL(r.alternates[other] ?? origin).pathname);
        if (!translation) issues.push(`translation ${r.alternates[other]} is not a page of the sitemap`);
        else if (translation.alternates[own] !== origin + r.path) issues.push(`translation ${translation.path} does not link back`);
        return issues;
      }),
    ).toEqual([]);
  });

  it('links only to pages and files that exist, and to anchors present on the page', async () => {
    const internal = new Set(
      reports.flatMap((r) =>
        r.links
          .filter((href) => href.startsWith('/'))
          .map((href) => href.split('#')[0]),
      ),
    );
    const missing: string[] = [];
    for (const path of internal) {
      const response = await fetch(server.origin + path);
      if (response.status !== 200) missing.push(`${path} → ${response.status}`);
    }
    expect(missing).toEqual([]);
    expect(problems((r) => r.missingAnchors.map((id) => `no element #${id}`))).toEqual([]);
  });

  it('serves the 404 page with status 404 for an unknown address', async () => {
    const response = await fetch(`${server.origin}/cette-page-n-existe-pas/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page introuvable');
  });
});
