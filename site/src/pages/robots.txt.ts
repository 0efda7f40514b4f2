import { SITE_ORIGIN } from '../config.ts';

export function GET() {
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${SITE_ORIGIN}/sitemap.xml\n`, { headers: { 'Content-Type': 'text/plain' } });
}
