/**
 * The one static server of the project, for the built site (site/dist) on 127.0.0.1 and a random port, as a web host
 * would serve it: /dir/ → /dir/index.html, unknown paths → 404.html with status 404, nothing outside the folder,
 * gzip for text when the client asks for it (so that `pnpm bench`'s Lighthouse run measures real transfer sizes).
 * Used by the site's tests and by bench/measure/lighthouse.ts.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.zip': 'application/zip',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/** The built site: site/dist, or SITE_DIST when set (to test a build made elsewhere, away from concurrent builds). */
export const distDir = process.env.SITE_DIST ?? join(import.meta.dirname, '..', 'dist');

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  let path: string;
  try {
    path = normalize(join(root, decodeURIComponent(pathname)));
  } catch {
    return undefined; // a malformed %-escape names no file
  }
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) {
    const index = join(path, 'index.html');
    if ((await stat(index).catch(() => undefined))?.isFile()) return index;
  }
  return undefined;
}

export async function serveDist(root = distDir): Promise<StaticServer> {
  const folder = normalize(root).replace(/[/\\]$/, '');
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = await resolveFile(folder, pathname);
    const status = file === undefined ? 404 : 200;
    const body = file === undefined ? await readFile(join(folder, '404.html')).catch(() => Buffer.from('Not found')) : await readFile(file);
    const type = file === undefined ? TYPES['.html']! : (TYPES[extname(file)] ?? 'application/octet-stream');
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(status, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    response.end(gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
