/**
 * Every page of the sitemap on a 320 px phone, light and dark: nothing wider than the screen (no sideways
 * scroll), and every wide table or chart inside a labelled, focusable scroll region.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';
import { assertBuilt, sitemapPaths } from './dist.ts';

let server: StaticServer;
let browser: Browser;
const wide: string[] = [];
const unlabelledScrollers: string[] = [];
let checked = 0;

beforeAll(async () => {
  assertBuilt();
  server = await serveDist();
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const path of sitemapPaths()) {
    await page.goto(server.origin + path);
    const found = await page.evaluate(() => {
      const root = document.documentElement;
      const extra = root.scrollWidth - root.clientWidth;
      // Elements that scroll sideways on their own must be reachable and named (WCAG 2.1.1, 4.1.2).
      const scrollers = [...document.querySelectorAll<HTMLElement>('main *')].filter(
        (el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX),
      );
      const bad = scrollers
        .filter((el) => el.tabIndex < 0 || !(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')))
        .map((el) => el.outerHTML.slice(0, 80));
      return { extra, bad };
    });
    checked += 1;
    if (found.extra > 0) wide.push(`${path}: ${found.extra}px wider than the screen`);
    unlabelledScrollers.push(...found.bad.map((html) => `${path}: ${html}`));
  }
  // The context is not closed: the single-process Chromium of @sparticuz/chromium closes with it (browser.ts).
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every page on a 320 px screen', () => {
  it('checks every page of the sitemap', () => {
    expect(checked).toBe(sitemapPaths().length);
  });

  it('never scrolls sideways', () => {
    expect(wide).toEqual([]);
  });

  it('puts anything wider in a labelled, focusable scroll region', () => {
    expect(unlabelledScrollers).toEqual([]);
  });
});
