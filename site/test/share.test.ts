/**
 * Charts for people, read from the built pages: each shareable chart offers its drawing (SVG) and its data (CSV)
 * as files that exist and match the figure, a permalink to an existing anchor, and how to cite it with the data
 * version; the map's departments are links to their pages (one each), with a skip link past them.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { metadata } from '@acces-soins/data';
import { assertBuilt, distDir, readDist } from './dist.ts';

const PAGES = ['/carte/', '/en/map/', '/chronologie/', '/en/timeline/', '/organisations/', '/en/organisations/', '/initiatives/ma-sante-ma-region-salariat-medecins/', '/en/initiatives/cnr-sante-occitanie/'];

beforeAll(() => assertBuilt());

describe('chart sharing', () => {
  for (const path of PAGES) {
    it(`${path}: every chart has its SVG, CSV, permalink and citation`, () => {
      const html = readDist(`${path}index.html`);
      const shares = [...html.matchAll(/<div class="chart-share"[\s\S]*?<\/details>\s*<\/div>/g)].map((m) => m[0]);
      const figures = [...html.matchAll(/<figure class="chart chart--\w+" id="([^"]+)"/g)].map((m) => m[1]);
      expect(shares.length).toBe(figures.length);
      for (const [n, share] of shares.entries()) {
        const id = figures[n];
        const svg = readFileSync(join(distDir, 'graphiques', `${id}.svg`), 'utf8');
        expect(svg.startsWith('<?xml')).toBe(true);
        expect(svg).toMatch(/<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        expect(svg).toContain('<style>');
        const csv = readFileSync(join(distDir, 'graphiques', `${id}.csv`), 'utf8').trimEnd().split('\r\n');
        const figure = html.slice(html.indexOf(`id="${id}"`));
        const rows = figure.slice(0, figure.indexOf('</table>')).match(/<tr>/g)!.length;
        expect(csv.length).toBe(rows);
        expect(share).toContain(`href="/graphiques/${id}.svg"`);
        expect(share).toContain(`href="/graphiques/${id}.csv"`);
        expect(share).toContain(`#${id}"`);
        expect(share).toContain(metadata.dataVersion);
      }
    });
  }
});

describe('the map for people', () => {
  it('links each department to its page, once, with a skip link past the map', () => {
    const html = readDist('carte/index.html');
    const figure = html.slice(html.indexOf('id="chart-map-initiatives-fr"'), html.indexOf('id="chart-map-initiatives-fr-after"'));
    const links = [...figure.matchAll(/<a href="(\/territoires\/departement-\d\w\/)"/g)].map((m) => m[1]);
    expect(links.length).toBe(19);
    expect(new Set(links).size).toBe(19);
    for (const link of links) expect(existsSync(join(distDir, link, 'index.html'))).toBe(true);
    expect(figure).not.toMatch(/<path[^>]*tabindex/);
    expect(html).toContain('href="#chart-map-initiatives-fr-after"');
  });
});
