import { pagePairs } from '../lib/sitemap.ts';
import { SITE_ORIGIN } from '../config.ts';
import { escapeXml } from '../lib/xml.ts';

/** /sitemap.xml: every page in both languages, each with its translation as an hreflang alternate. */
export async function GET() {
  const urls = (await pagePairs()).flatMap((pair) =>
    (['fr', 'en'] as const).map(
      (lang) =>
        `<url><loc>${escapeXml(SITE_ORIGIN + pair[lang])}</loc>` +
        (['fr', 'en'] as const).map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(SITE_ORIGIN + pair[l])}"/>`).join('') +
        `</url>`,
    ),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
}
