/**
 * On request only (SCREENSHOTS=1, see site/README.md): screenshots of the main kinds of page at phone (375 px) and
 * desktop (1280 px) widths, written to site/test-output/screenshots/ (git-ignored) for people to look at. Nothing
 * compares them; the test also checks that no page is wider than the screen (templates.test.ts checks that at
 * phone width on every run).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';
import { assertBuilt } from './dist.ts';
import { initiatives } from '@acces-soins/data';

const OUT = join(import.meta.dirname, '..', 'test-output', 'screenshots');
const PAGES = [
  '/',
  '/en/',
  '/initiatives/',
  `/initiatives/${initiatives[0].id}/`,
  `/en/initiatives/${initiatives[0].id}/`,
  '/territoires/departement-48/',
  '/en/territories/departement-84/',
  '/ma-commune/',
  '/carte/',
  '/chronologie/',
  '/donnees/',
  '/en/developers/',
  '/methode/',
  '/comprendre/',
  '/comprendre/desert-medical/',
  '/organisations/',
  '/recherche/',
  '/404.html',
];

let server: StaticServer;
let browser: Browser;

describe.skipIf(process.env.SCREENSHOTS !== '1')('screenshots (SCREENSHOTS=1)', () => {
  beforeAll(async () => {
    assertBuilt();
    mkdirSync(OUT, { recursive: true });
    server = await serveDist();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [375, 1280]) {
    it(`at ${width} px, no page scrolls sideways`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const tooWide: string[] = [];
      for (const path of PAGES) {
        await page.goto(server.origin + path);
        const name = path.replace(/^\/|\/$/g, '').replace(/[/.]/g, '_') || 'home';
        await page.screenshot({ path: join(OUT, `${width}-${name}.png`), fullPage: true });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) tooWide.push(`${path}: ${scrollWidth} px`);
      }
      expect(tooWide).toEqual([]);
    });
  }
});
