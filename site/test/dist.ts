/** What the site tests read from the built site (site/dist): its pages, sitemap and origin. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { distDir } from './server.ts';

export { distDir };

/** The origin the site was built for (SITE_URL, see src/config.ts), read back from the sitemap's first URL. */
export function builtOrigin(): string {
  return new URL(sitemapUrls()[0]).origin;
}

export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html')) || !existsSync(join(distDir, 'pagefind'))) {
    throw new Error(`site/dist is missing or incomplete: build the site first (npx -y pnpm@12.21.0 --filter @acces-soins/site run build)`);
  }
}

export function sitemapUrls(): string[] {
  const xml = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

/** Site paths of the sitemap ("/donnees/"), to be fetched from the test server. */
export function sitemapPaths(): string[] {
  return sitemapUrls().map((url) => new URL(url).pathname);
}

/** Every file under dist, as a site path ("/initiatives/index.html"). */
export function distFiles(dir = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? distFiles(path) : ['/' + relative(distDir, path).split(sep).join('/')];
  });
}

/** HTML pages as site paths ("/initiatives/"), the 404 page apart. */
export function htmlPages(): string[] {
  return distFiles()
    .filter((file) => file.endsWith('/index.html'))
    .map((file) => file.slice(0, -'index.html'.length));
}

export function readDist(path: string): string {
  return readFileSync(join(distDir, path), 'utf8');
}
