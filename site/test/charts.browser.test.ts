// The charts as a reader sees them, in real Chromium: on a phone and a desktop width, labels must
// not collide or leave the drawing, text must stay readable, marks must be reachable with the
// keyboard, and the palette must switch with the colour scheme.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ChartData } from '../src/charts/records.ts';
import { chartData } from '../src/charts/data.ts';
import { renderMap } from '../src/charts/map.ts';
import { renderTimeline } from '../src/charts/timeline.ts';
import { renderIndicators } from '../src/charts/indicators.ts';
import { renderNetwork } from '../src/charts/network.ts';
import { renderCoverage } from '../src/charts/coverage.ts';
import { launchBrowser } from './browser.ts';

// The very object the chart components render.
const data: ChartData = chartData;
const css = readFileSync(new URL('../src/charts/charts.css', import.meta.url), 'utf8');
const figures = [
  renderMap(data, { lang: 'fr' }),
  renderMap(data, { lang: 'fr', measure: 'events', highlight: 'departement-11' }),
  renderTimeline(data, { lang: 'fr' }),
  renderIndicators(data, { lang: 'fr' }),
  renderNetwork(data, { lang: 'fr' }),
  renderCoverage(data, { lang: 'fr' }),
];
const page = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>:root { color-scheme: light dark; } body { font-family: system-ui, sans-serif; margin: 0 auto; padding: 1rem; max-width: 60rem; } ${css}</style></head>
<body><main>${figures.join('\n')}</main></body></html>`;

interface Rect { x0: number; y0: number; x1: number; y1: number; text: string }

/** Screen boxes of the visible text of a selector (display: none excluded). */
async function textBoxes(p: Page, selector: string): Promise<Rect[]> {
  return p.$$eval(selector, (nodes) => nodes
    .filter((n) => (n as SVGGraphicsElement).getClientRects().length > 0)
    .map((n) => {
      const r = n.getBoundingClientRect();
      return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, text: n.textContent ?? '' };
    }));
}

function overlapping(boxes: Rect[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      // One pixel of tolerance: glyph boxes include empty ascender space.
      if (a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1) pairs.push(`${a.text} × ${b.text}`);
    }
  }
  return pairs;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
// Contexts close with the browser.
afterAll(async () => {
  await browser?.close();
});

for (const width of [375, 1280]) {
  describe(`at ${width} px`, () => {
    let p: Page;
    beforeAll(async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      p = await context.newPage();
      await p.setContent(page);
    });

    it('the page does not scroll sideways (wide charts scroll inside their own box)', async () => {
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });

    it('map labels neither collide nor leave the map', async () => {
      for (const figure of ['#chart-map-initiatives-fr', '#chart-map-events-departement-11-fr']) {
        const labels = await textBoxes(p, `${figure} .place-label, ${figure} .dept-code, ${figure} .region-label`);
        expect(labels.length).toBeGreaterThan(19);
        expect(overlapping(labels), figure).toEqual([]);
        const svg = await p.$eval(`${figure} svg`, (s) => { const r = s.getBoundingClientRect(); return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom }; });
        for (const l of labels) {
          expect(l.x0, l.text).toBeGreaterThanOrEqual(svg.x0 - 1);
          expect(l.x1, l.text).toBeLessThanOrEqual(svg.x1 + 1);
          expect(l.y1, l.text).toBeLessThanOrEqual(svg.y1 + 1);
        }
      }
    });

    it('text stays readable: at least 9 px on screen', async () => {
      const sizes = await p.$$eval('.chart-svg text', (nodes) => nodes
        .filter((n) => (n as SVGGraphicsElement).getClientRects().length > 0 && (n.textContent ?? '').trim() !== '')
        .map((n) => {
          const svg = (n as SVGGraphicsElement).ownerSVGElement!;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return { text: n.textContent, px: parseFloat(getComputedStyle(n).fontSize) * scale };
        }));
      const small = sizes.filter((s) => s.px < 9);
      expect(small, JSON.stringify(small.slice(0, 5))).toEqual([]);
    });
  });
}

describe('keyboard and colour scheme', () => {
  it('Tab reaches the chart marks, each with its tooltip', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    await p.setContent(page);
    const focused: string[] = [];
    for (let i = 0; i < 25; i++) {
      await p.keyboard.press('Tab');
      focused.push(await p.evaluate(() => {
        const el = document.activeElement!;
        return `${el.tagName}|${el.querySelector(':scope > title')?.textContent ?? ''}`;
      }));
    }
    const marks = focused.filter((f) => f.startsWith('path|') || f.startsWith('g|'));
    expect(marks.length).toBeGreaterThan(19);
    for (const mark of marks) expect(mark.split('|')[1].length, mark).toBeGreaterThan(3);
  });

  it('dark mode swaps the palette on a page that offers it, never on a light-only page', async () => {
    const fills: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const p = await context.newPage();
      await p.setContent(page);
      fills.push(await p.$eval('#chart-map-initiatives-fr .dept', (n) => getComputedStyle(n).fill));
    }
    expect(fills[0]).not.toBe(fills[1]);
    const context = await browser.newContext({ colorScheme: 'dark' });
    const p = await context.newPage();
    await p.setContent(page.replace(':root { color-scheme: light dark; }', ''));
    expect(await p.$eval('#chart-map-initiatives-fr .dept', (n) => getComputedStyle(n).fill)).toBe(fills[0]);
  });
});
