/**
 * Byte budgets on the built files, for a cheap phone on a slow network: a page without an interactive island
 * ships no JavaScript at all; an island's script is at most 10 KB gzipped; a page's HTML plus its CSS is at most
 * 14 KB gzipped (30 KB for pages that draw the map). Also: a Content-Security-Policy without 'unsafe-inline' on
 * every page, and no resource from another origin.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it, beforeAll } from 'vitest';
import { assertBuilt, htmlPages, readDist } from './dist.ts';

const KB = 1024;
const TEXT_PAGE = 14 * KB;
const MAP_PAGE = 30 * KB;
const ISLAND = 10 * KB;

/** Pages that carry an island: the commune finder and the search. */
const ISLAND_PAGES = ['/ma-commune/', '/en/my-commune/', '/recherche/', '/en/search/'];

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

interface Measured {
  path: string;
  htmlAndCss: number;
  js: number;
  hasMap: boolean;
  html: string;
}

let pages: Measured[];

/** Executable scripts of a page: inline module/classic scripts and external ones (JSON-LD is data, not code). */
function scripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/type="application\/(ld\+)?json"/.test(attributes))
    .map(([, attributes, body]) => {
      const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
      return src ? readDist(src) : body;
    });
}

beforeAll(() => {
  assertBuilt();
  pages = [...htmlPages(), '/404.html'].map((path) => {
    const html = readDist(path.endsWith('.html') ? path : `${path}index.html`);
    const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readDist(m[1]));
    const js = scripts(html);
    return {
      path,
      html,
      htmlAndCss: gz(html) + css.reduce((sum, text) => sum + gz(text), 0),
      js: js.length === 0 ? 0 : gz(js.join('\n')),
      hasMap: html.includes('class="chart chart--map"'),
    };
  });
});

describe('byte budgets', () => {
  it('ships no JavaScript on pages without an island', () => {
    expect(pages.filter((p) => !ISLAND_PAGES.includes(p.path) && p.js > 0).map((p) => `${p.path}: ${p.js} B`)).toEqual([]);
  });

  it('keeps each island at most 10 KB gzipped', () => {
    const islands = pages.filter((p) => ISLAND_PAGES.includes(p.path));
    expect(islands.length).toBe(ISLAND_PAGES.length);
    for (const island of islands) expect(island.js, island.path).toBeGreaterThan(0);
    expect(islands.filter((p) => p.js > ISLAND).map((p) => `${p.path}: ${p.js} B`)).toEqual([]);
  });

  it('keeps HTML + CSS at most 14 KB gzipped per page, 30 KB where the map is drawn', () => {
    const over = pages.filter((p) => p.htmlAndCss > (p.hasMap ? MAP_PAGE : TEXT_PAGE));
    expect(over.map((p) => `${p.path}: ${p.htmlAndCss} B${p.hasMap ? ' (map)' : ''}`)).toEqual([]);
  });

  it('draws the full map only on the home and map pages: department pages are text pages (a light locator map)', () => {
    const departmentPages = pages.filter((p) => /\/(territoires|territories)\/departement-/.test(p.path));
    expect(departmentPages.length).toBe(2 * 19);
    expect(departmentPages.filter((p) => p.hasMap || p.htmlAndCss > TEXT_PAGE).map((p) => `${p.path}: ${p.htmlAndCss} B`)).toEqual([]);
    expect(pages.filter((p) => p.hasMap).map((p) => p.path).sort()).toEqual(['/', '/carte/', '/en/', '/en/map/']);
  });
});

describe('security and privacy of every page', () => {
  it('has a Content-Security-Policy that allows no inline script', () => {
    const bad = pages.filter((p) => {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(p.html)?.[1];
      const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src'));
      return !csp || !scriptSrc || scriptSrc.includes("'unsafe-inline'") || scriptSrc.includes("'unsafe-eval'") || !csp.includes("default-src 'self'");
    });
    expect(bad.map((p) => p.path)).toEqual([]);
  });

  it('has no inline event handler and loads nothing from another origin', () => {
    const bad = pages.flatMap((p) => [
      ...[...p.html.matchAll(/\son[a-z]+="/g)].map((m) => `${p.path}: inline handler ${m[0].trim()}`),
      ...[...p.html.matchAll(/<(?:script|img|iframe|source|audio|video)\b[^>]*\bsrc="(https?:)?\/\/[^"]*"/g)].map((m) => `${p.path}: ${m[0]}`),
      ...[...p.html.matchAll(/<link\b[^>]*rel="(?:stylesheet|icon|preload|modulepreload)"[^>]*href="(https?:)?\/\/[^"]*"/g)].map((m) => `${p.path}: ${m[0]}`),
      ...[...p.html.matchAll(/url\((["']?)(https?:)?\/\//g)].map(() => `${p.path}: url() to another origin`),
    ]);
    expect(bad).toEqual([]);
  });
});
