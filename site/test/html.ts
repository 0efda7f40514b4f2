/**
 * What the crawl reads from a built page, without a browser: Astro writes plain, well-formed HTML with quoted
 * attributes, so scanning its start tags is enough (scripts and styles are skipped, their text is not markup).
 */
export interface ParsedPage {
  lang: string | undefined;
  canonical: string | undefined;
  /** hreflang → href of <link rel="alternate">. */
  alternates: Record<string, string>;
  /** href of every <a>. */
  links: string[];
  /** Every id on the page. */
  ids: Set<string>;
  /** src of scripts, images, sources and frames; href of stylesheets, preloads and icons. */
  resources: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const decode = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name] ?? entity),
  );

function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    found.set(match[1]!.toLowerCase(), decode(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return found;
}

export function parsePage(html: string): ParsedPage {
  const page: ParsedPage = { lang: undefined, canonical: undefined, alternates: {}, links: [], ids: new Set(), resources: [] };
  // Comments, and the text of scripts and styles, hold no tags.
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2>');
  for (const [, name, rest] of markup.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)\b([^>]*)>/g)) {
    const tag = name!.toLowerCase();
    const attrs = attributes(rest!);
    const id = attrs.get('id');
    if (id !== undefined) page.ids.add(id);
    if (tag === 'html') page.lang = attrs.get('lang');
    if (tag === 'a' && attrs.has('href')) page.links.push(attrs.get('href')!);
    if (tag === 'link') {
      const rel = (attrs.get('rel') ?? '').split(/\s+/);
      const href = attrs.get('href');
      if (href === undefined) continue;
      if (rel.includes('canonical')) page.canonical = href;
      if (rel.includes('alternate') && attrs.has('hreflang')) page.alternates[attrs.get('hreflang')!] = href;
      if (rel.some((value) => ['stylesheet', 'preload', 'modulepreload', 'icon', 'manifest'].includes(value))) page.resources.push(href);
    }
    if (['script', 'img', 'source', 'iframe', 'video', 'audio'].includes(tag) && attrs.has('src')) page.resources.push(attrs.get('src')!);
  }
  return page;
}
