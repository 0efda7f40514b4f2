/** The keyboard alone reaches the skip link, the menu, search, the language switch and the filters. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type OpenSite } from './browser.ts';
import type { StaticServer } from './server.ts';

let site: OpenSite;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  ({ server, page } = site);
});

afterAll(() => site?.close());

/** Presses Tab until the focused element matches, returning what was focused on the way. */
async function tabUntil(matches: (text: string, href: string | null, tag: string) => boolean, limit = 60): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { text: (el.innerText || el.getAttribute('aria-label') || '').trim(), href: el.getAttribute('href'), tag: el.tagName };
    });
    seen.push(`${focused.tag} ${focused.text}`);
    if (matches(focused.text, focused.href, focused.tag)) return seen;
  }
  throw new Error(`not reached with ${limit} Tab presses; focused: ${seen.join(' → ')}`);
}

describe('keyboard navigation', () => {
  it('starts with a skip link that moves focus to the content', async () => {
    await page.goto(server.origin + '/initiatives/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('reaches search, the language switch and every menu entry', async () => {
    await page.goto(server.origin + '/initiatives/');
    const seen = await tabUntil((text) => text === 'Données');
    for (const expected of ['Rechercher', 'English', 'Initiatives', 'Territoires', 'Ma commune', 'Carte', 'Chronologie', 'Comprendre']) {
      expect(seen.some((s) => s.endsWith(` ${expected}`) || s.includes(expected)), expected).toBe(true);
    }
  });

  it('opens a filter group and follows a filter link with the keyboard', async () => {
    await page.goto(server.origin + '/initiatives/');
    await tabUntil((text, _href, tag) => tag === 'SUMMARY' && text === 'Type');
    await page.keyboard.press('Enter');
    await tabUntil((_text, href) => href?.startsWith('/initiatives/type/') ?? false);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/initiatives/type/**');
    expect(await page.locator('h1').textContent()).toMatch(/^Initiatives — /);
  });

  it('searches from the keyboard', async () => {
    await page.goto(server.origin + '/en/search/');
    await tabUntil((_text, _href, tag) => tag === 'INPUT');
    await page.keyboard.type('Aude');
    await page.locator('.results a').first().waitFor();
    await tabUntil((_text, href) => href?.startsWith('/en/') ?? false);
  });
});
