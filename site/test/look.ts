/**
 * Screenshots for a person to look at (not a test): home, a commune, a department, an initiative, the map and
 * the chronology, and search results at 320, 375 and 1280 px, French and English, light and dark, full page, into SHOTS_DIR
 * (default site/test-output/look/, gitignored). Run after a build: npx -y pnpm@12.21.0 exec node site/test/look.ts
 * Also prints, for each shot, how much wider than the screen the page is (0 is right).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.ts';
import { serveDist } from './server.ts';

const out = process.env.SHOTS_DIR ?? join(import.meta.dirname, '..', 'test-output', 'look');
mkdirSync(out, { recursive: true });
const PAGES: Record<string, [string, string]> = {
  home: ['/', '/en/'],
  commune: ['/territoires/commune-30151/', '/en/territories/commune-30151/'],
  department: ['/territoires/departement-11/', '/en/territories/departement-11/'],
  initiative: ['/initiatives/convention-aude-urps-ml-occitanie/', '/en/initiatives/convention-aude-urps-ml-occitanie/'],
  map: ['/carte/', '/en/map/'],
  timeline: ['/chronologie/', '/en/timeline/'],
  search: ['/recherche/?q=Marseille', '/en/search/?q=beziers'],
};
const only = process.argv.slice(2);
const widths = (process.env.WIDTHS ?? '320,375,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',') as ('light' | 'dark')[];
const langs = (process.env.LANGS ?? 'fr,en').split(',');

const server = await serveDist();
try {
  for (const scheme of schemes) {
    for (const width of widths) {
      // One browser per screen: the bundled Chromium runs single-process and does not survive a second context.
      const browser = await launchBrowser();
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const [name, paths] of Object.entries(PAGES)) {
        if (only.length > 0 && !only.includes(name)) continue;
        for (const lang of langs) {
          const path = paths[lang === 'fr' ? 0 : 1];
          await page.goto(server.origin + path);
          if (name === 'search') await page.locator('[data-search] ol.results li').first().waitFor();
          const extra = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          const file = join(out, `${name}-${lang}-${width}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          // Tall pages also as screen-sized tiles (TILES=n), easier to read at full size.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let i = 0; i < Number(process.env.TILES ?? 0) && i * 1000 < height; i++) {
            const clip = { x: 0, y: i * 1000, width, height: Math.min(1000, height - i * 1000) };
            await page.screenshot({ path: file.replace('.png', `-t${i}.png`), fullPage: true, clip });
          }
          console.log(`${file}\t+${extra}px`);
        }
      }
      await browser.close();
    }
  }
} finally {
  await server.close();
}
