import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What one built page costs a visitor on first load, gzip-compressed as a static host would serve it. */
export interface PageWeight {
  page: string;
  /** The HTML (with its inline styles and data such as JSON-LD, without its scripts) plus the stylesheets it links. */
  htmlCssGzip: number;
  /** The scripts it runs up front: inline ones, `<script src>`, module preloads and their static imports. */
  jsGzip: number;
  /** It draws the full map (the page budget allows it 30 KB instead of 14 KB; same marker as site/test/budgets.test.ts). */
  drawsMap: boolean;
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i');
const tags = (html: string, tag: string) => html.match(new RegExp(`<${tag}\\b[^>]*>`, 'gi')) ?? [];
/** Scripts the browser executes (not JSON-LD or other data blocks), with their opening tag and inline code. */
const EXECUTABLE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const isExecutable = (attributes: string) => {
  const type = attribute(attributes, 'type');
  return type === undefined || /^(module|text\/javascript|application\/javascript)$/i.test(type);
};
const attribute = (tag: string, name: string) => ATTRIBUTE(name).exec(tag)?.[1];
/** Static imports only (`import … from "x"`, `import "x"`): dynamic `import()` loads later, on demand. */
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;

/** Weighs every page of a built static site. Assets shared by pages are counted for each page that loads them. */
export function weighPages(distDir: string): PageWeight[] {
  const gzipCache = new Map<string, number>();
  const gzipOf = (file: string) => {
    if (!gzipCache.has(file)) gzipCache.set(file, existsSync(file) ? gzipSync(readFileSync(file)).length : 0);
    return gzipCache.get(file)!;
  };
  /** Site-relative URL (absolute or relative to the page) → file in dist; undefined for other origins. */
  const fileOf = (url: string, fromFile: string) => {
    if (/^(https?:)?\/\//i.test(url) || url.startsWith('data:')) return undefined;
    const path = url.split(/[?#]/)[0];
    const site = path.startsWith('/') ? path : posix.join('/', relative(distDir, dirname(fromFile)).split('\\').join('/'), path);
    return join(distDir, site);
  };
  const importsOf = (code: string, fromFile: string) =>
    [...code.matchAll(STATIC_IMPORT)].map((match) => fileOf(match[1], fromFile)).filter((file) => file !== undefined);
  const scriptClosure = (entries: string[]) => {
    const seen = new Set<string>();
    const queue = [...entries];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file) || !existsSync(file)) continue;
      seen.add(file);
      queue.push(...importsOf(readFileSync(file, 'utf8'), file));
    }
    return seen;
  };

  return htmlFiles(distDir).map((file) => {
    const page = readFileSync(file, 'utf8');
    const inline: string[] = [];
    const html = page.replace(EXECUTABLE_SCRIPT, (whole, attributes: string, code: string) => {
      if (!isExecutable(attributes) || attribute(attributes, 'src') !== undefined) return whole;
      inline.push(code);
      return '';
    });
    const links = tags(html, 'link');
    const stylesheets = links.filter((tag) => /rel\s*=\s*["']?stylesheet/i.test(tag)).map((tag) => attribute(tag, 'href'));
    const preloads = links.filter((tag) => /rel\s*=\s*["']?modulepreload/i.test(tag)).map((tag) => attribute(tag, 'href'));
    const scripts = tags(html, 'script').map((tag) => attribute(tag, 'src'));
    const resolved = (urls: (string | undefined)[]) => urls.flatMap((url) => (url === undefined ? [] : [fileOf(url, file)].filter((f) => f !== undefined)));
    const css = new Set(resolved(stylesheets));
    const js = scriptClosure([...resolved([...scripts, ...preloads]), ...inline.flatMap((code) => importsOf(code, file))]);
    const sum = (files: Set<string>) => [...files].reduce((total, asset) => total + gzipOf(asset), 0);
    const inlineJs = inline.length === 0 ? 0 : gzipSync(inline.join('\n')).length;
    return { page: relative(distDir, file), htmlCssGzip: gzipSync(html).length + sum(css), jsGzip: inlineJs + sum(js), drawsMap: page.includes('class="chart chart--map"') };
  });
}
