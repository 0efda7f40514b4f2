/**
 * Every page of the sitemap on a 320 px phone: nothing wider than the screen (no sideways scroll), every wide table
 * or chart inside a labelled, focusable scroll region, and no console error. Each page is its own test (a slow
 * machine makes the file slower, never red); axe runs on one page per template (templates.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type OpenSite } from './browser.ts';
import { sitemapPaths } from './dist.ts';

let site: OpenSite;
const consoleErrors: string[] = [];

beforeAll(async () => {
  site = await openSite({ viewport: { width: 320, height: 640 } });
  site.page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  site.page.on('pageerror', (error) => consoleErrors.push(error.message));
});

afterAll(async () => {
  await site?.close();
});

describe('every page on a 320 px screen', () => {
  it.each(sitemapPaths())('%s: no sideways scroll, wide parts in labelled scroll regions, no console error', async (path) => {
    consoleErrors.length = 0;
    await site.page.goto(site.server.origin + path);
    const found = await site.page.evaluate(() => {
      const root = document.documentElement;
      // Elements that scroll sideways on their own must be reachable and named (WCAG 2.1.1, 4.1.2).
      const scrollers = [...document.querySelectorAll<HTMLElement>('main *')].filter(
        (el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX),
      );
      const unlabelled = scrollers
        .filter((el) => el.tabIndex < 0 || !(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')))
        .map((el) => el.outerHTML.slice(0, 80));
      return { wider: root.scrollWidth - root.clientWidth, unlabelled };
    });
    expect({ ...found, consoleErrors }).toEqual({ wider: 0, unlabelled: [], consoleErrors: [] });
  });
});
