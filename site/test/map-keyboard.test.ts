/**
 * The map with the keyboard, in a real Chromium: each department is one tab stop, a link to its page; a skip link
 * before the map moves focus past its links in one step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type OpenSite } from './browser.ts';
import type { StaticServer } from './server.ts';

let site: OpenSite;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  site = await openSite({ viewport: { width: 1280, height: 900 } });
  ({ server, page } = site);
});

afterAll(async () => {
  await site?.close();
});

const active = () => page.evaluate(() => {
  const el = document.activeElement!;
  return { tag: el.tagName.toLowerCase(), href: el.getAttribute('href') ?? '', cls: el.getAttribute('class') ?? '', inMap: !!el.closest('.chart--map .chart-svg') };
});

async function tabUntil(pred: (a: Awaited<ReturnType<typeof active>>) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const a = await active();
    if (pred(a)) return a;
  }
  throw new Error('not reached with Tab');
}

describe('the map with the keyboard', () => {
  it('gives each department one tab stop, a link to its page', async () => {
    await page.goto(`${server.origin}/`);
    await tabUntil((a) => a.inMap);
    const stops: string[] = [(await active()).href];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const a = await active();
      if (!a.inMap) break;
      stops.push(a.href);
    }
    const departments = stops.filter((h) => /\/territoires\/departement-/.test(h));
    expect(departments.length).toBe(19);
    expect(new Set(departments).size).toBe(19);
    expect(stops.every((h) => h.startsWith('/territoires/'))).toBe(true);
  });

  it('skips past the map in one step', async () => {
    await page.goto(`${server.origin}/`);
    await tabUntil((a) => a.cls.includes('skip-chart'));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const after = await active();
    expect(after.inMap).toBe(false);
    expect(after.tag).toBe('a');
  });

  it('opens a department page from the map with Enter', async () => {
    await page.goto(`${server.origin}/`);
    const first = await tabUntil((a) => a.inMap && a.href.includes('departement-'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${first.href}`);
    expect(await page.locator('h1').textContent()).toMatch(/\(\d\w\)$/);
  });
});
