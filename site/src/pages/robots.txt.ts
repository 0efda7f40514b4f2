import { SITE_ORIGIN, sitePath } from '../config.ts';

export function GET() {
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${SITE_ORIGIN}${sitePath('sitemap.xml')}\n`, { headers: { 'Content-Type': 'text/plain' } });
}
