import { existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { htmlFiles } from './pages.ts';
import type { KindCost } from './results.ts';

/**
 * The floor a static site build cannot go under: a minimal Astro project built with the same Astro, the same
 * options (it loads the site's own astro.config.ts) and the same dependencies, writing the same pages (same paths,
 * hence the same count and kinds) as trivial pages of the same size: a title and paragraphs of filler text, no data,
 * no chart. The site's build divided by this one is what the site's own work costs.
 */
export interface FloorPage {
  /** Path of the page in dist, e.g. `territoires/departement-11/index.html`. */
  file: string;
  bytes: number;
}

/** The site's built pages, to be reproduced by the floor project. */
export function floorPagesOf(dist: string): FloorPage[] {
  return htmlFiles(dist)
    .map((file) => ({ file: relative(dist, file).split(sep).join('/'), bytes: statSync(file).size }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}

/**
 * The other files the site's routes write (endpoints: each chart's SVG and CSV, the feeds, the sitemap, robots.txt,
 * the communes list): Astro renders each like a page (a route, a request, a file), so the floor writes them too, as
 * filler of the same size. Not: the bundles (`_astro/`), Pagefind's index, and what `public/` holds (copied as is).
 */
export function floorFilesOf(dist: string, publicDir: string): FloorPage[] {
  const copied = new Set(existsSync(publicDir) ? readdirSync(publicDir, { recursive: true, encoding: 'utf8' }).map((file) => file.split(sep).join('/')) : []);
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => !file.endsWith('.html') && !/^(_astro|pagefind)\//.test(file) && !copied.has(file) && statSync(join(dist, file)).isFile())
    .map((file) => ({ file, bytes: statSync(join(dist, file)).size }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}

const PAGE = `---
// One page per entry of pages.json (written by bench/lib/floor.ts): filler text of the size of the real page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function getStaticPaths() {
  const pages = JSON.parse(readFileSync(join(process.cwd(), 'pages.json'), 'utf8'));
  return pages.map((page) => ({ params: { path: page.path || undefined }, props: page }));
}
const { path, bytes } = Astro.props;
const sentence = 'Les données publiques sur l’accès aux soins sont lues, vérifiées et publiées ici en clair. ';
const paragraph = sentence.repeat(8);
const paragraphs = Array.from({ length: Math.max(1, Math.round(bytes / (paragraph.length + 7))) }, (_, i) => \`\${i + 1}. \${paragraph}\`);
---
<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8" /><title>{path || 'Accueil'}</title></head>
  <body><main><h1>{path || 'Accueil'}</h1>{paragraphs.map((text) => <p>{text}</p>)}</main></body>
</html>
`;

const FILE = `// One file per entry of files.json (written by bench/lib/floor.ts): filler text of the size of the real file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function getStaticPaths() {
  const files = JSON.parse(readFileSync(join(process.cwd(), 'files.json'), 'utf8'));
  return files.map((file) => ({ params: { file: file.file }, props: file }));
}

const line = 'Les données publiques sur l’accès aux soins sont lues, vérifiées et publiées ici en clair.\\n';
export function GET({ props }) {
  return new Response(line.repeat(Math.max(1, Math.round(props.bytes / line.length))));
}
`;

/**
 * Writes the floor project in `dir` for these pages (and these other files, see floorFilesOf); node_modules is the
 * site's own (same Astro, same versions).
 */
export function createFloorProject(dir: string, siteDir: string, pages: readonly FloorPage[], files: readonly FloorPage[] = []): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(join(siteDir, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, 2)}\n`);
  // The site's configuration itself: same site URL, trailing slashes, output format, integrations, Vite options.
  writeFileSync(join(dir, 'astro.config.ts'), `export { default } from ${JSON.stringify(join(siteDir, 'astro.config.ts'))};\n`);
  writeFileSync(join(dir, 'src', 'pages', '[...path].astro'), PAGE);
  // `a/b/index.html` is the page `a/b` (directory format); `404.html` and other flat files keep their name.
  const entries = pages.map((page) => ({ path: page.file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, ''), bytes: page.bytes }));
  writeFileSync(join(dir, 'pages.json'), JSON.stringify(entries));
  if (files.length > 0) {
    writeFileSync(join(dir, 'src', 'pages', '[...file].ts'), FILE);
    writeFileSync(join(dir, 'files.json'), JSON.stringify(files));
  }
}

/** The floor's built pages, for a check that it wrote as many as the site. */
export function floorBuiltPages(dir: string): number {
  return htmlFiles(join(dir, 'dist')).length;
}

/** Per-page generation times Astro logs (`├─ /path/index.html (+12ms)`), by page file. */
export function astroPageTimes(log: string): Map<string, number> {
  const times = new Map<string, number>();
  for (const match of log.matchAll(/[├└]─ \/(\S*?) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    times.set(match[1], Number(match[2]) * (match[3] === 's' ? 1000 : 1));
  }
  return times;
}

export const PAGE_KINDS = ['department', 'commune', 'initiative', 'organisation', 'map', 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The kind of a page, from its path in either language. */
export function pageKind(file: string): PageKind {
  const parts = file.replace(/^en\//, '').split('/');
  if (parts.length === 3 && /^territo(ires|ries)$/.test(parts[0])) {
    if (parts[1].startsWith('departement-')) return 'department';
    if (parts[1].startsWith('commune-')) return 'commune';
  }
  if (parts.length === 3 && parts[0] === 'initiatives') return 'initiative';
  if (parts.length === 3 && parts[0] === 'organisations') return 'organisation';
  if (parts.length === 2 && (parts[0] === 'carte' || parts[0] === 'map')) return 'map';
  return 'other';
}

/** Sums per-page times and sizes by kind. */
export function costByKind(times: Map<string, number>, pages: readonly FloorPage[]): Record<PageKind, KindCost> {
  const byKind = Object.fromEntries(PAGE_KINDS.map((kind) => [kind, { pages: 0, ms: 0, bytes: 0 }])) as Record<PageKind, KindCost>;
  for (const page of pages) {
    const cost = byKind[pageKind(page.file)];
    cost.pages += 1;
    cost.ms += times.get(page.file) ?? 0;
    cost.bytes += page.bytes;
  }
  return byKind;
}
