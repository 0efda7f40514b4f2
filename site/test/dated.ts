/**
 * Finds status words on a built page that stand without a date (issue 10: « no page shows a status without the
 * date it is true as of »). Astro writes well-formed HTML, so a start/end-tag scan builds the element tree.
 *
 * "Next to" means: in the same element. The element of a status word is the nearest element around its text that
 * is not a phrasing wrapper (strong, b, em, i, mark, abbr, bdi, a, small, time, data, q): for
 * `<dd><span class="status-sentence"><strong>En cours</strong> selon la source de juin 2020 …</span></dd>` it is the
 * span. Three units are wider, as a reader sees them: a table cell stands for its row (`<tr>`: the date column is
 * beside the event), an SVG text or tooltip (text, tspan, title, desc) for its mark (the nearest `<g>`), a feed
 * entry's title for the entry's title and summary (what a feed reader shows). That unit's text must hold a year (a
 * four-digit number from 1900 to 2099).
 * Two things state nothing and are skipped: a vocabulary row whose first cell is a `<code>` (codebook, field
 * dictionary) defines the word; a chart key item (class chart-legend-item) names the colour of a word.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style']);
const WRAPPERS = new Set(['strong', 'b', 'em', 'i', 'mark', 'abbr', 'bdi', 'a', 'small', 'time', 'data', 'q']);
const YEAR = /(?<!\d)(19|20)\d\d(?!\d)/;
const SVG_TEXT = new Set(['text', 'tspan', 'title', 'desc']);

interface Node { tag: string; attrs: string; children: (Node | string)[]; parent?: Node }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) =>
    name[0] === '#'
      ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)))
      : (ENTITIES[name] ?? entity),
  );

export function parse(html: string): Node {
  const root: Node = { tag: '#root', attrs: '', children: [] };
  let current = root;
  const tags = /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/gi;
  let last = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    if (match.index > last) current.children.push(decode(html.slice(last, match.index)));
    last = tags.lastIndex;
    const [, close, open, attrs = ''] = match;
    if (close) {
      // Close up to the matching element (tolerates an omitted end tag inside it).
      let node: Node | undefined = current;
      while (node && node.tag !== close.toLowerCase()) node = node.parent;
      if (node?.parent) current = node.parent;
    } else if (open) {
      const tag = open.toLowerCase();
      const node: Node = { tag, attrs, children: [], parent: current };
      current.children.push(node);
      if (RAW.has(tag)) {
        const end = html.toLowerCase().indexOf(`</${tag}`, last);
        last = tags.lastIndex = end < 0 ? html.length : end;
        current = node;
      } else if (!VOID.has(tag) && !attrs.trimEnd().endsWith('/')) current = node;
    }
  }
  if (last < html.length) current.children.push(decode(html.slice(last)));
  return root;
}

export function text(node: Node | string): string {
  if (typeof node === 'string') return node;
  if (RAW.has(node.tag)) return '';
  return node.children.map(text).join('');
}

const SCHEMAS = fileURLToPath(new URL('../../schemas/', import.meta.url));

/** The words (x-enum-labels) of every enum under a `status` property of every schema, in both languages. */
export const statusLabels: { fr: string; en: string }[] = readdirSync(SCHEMAS)
  .filter((file) => file.endsWith('.schema.json'))
  .flatMap((file) => {
    const found: { fr: string; en: string }[] = [];
    const walk = (value: unknown, inStatus: boolean) => {
      if (!value || typeof value !== 'object') return;
      const node = value as Record<string, unknown>;
      if (inStatus && node['x-enum-labels']) found.push(...Object.values(node['x-enum-labels'] as Record<string, { fr: string; en: string }>));
      for (const [key, child] of Object.entries(node)) walk(child, inStatus || key === 'status');
    };
    walk(JSON.parse(readFileSync(SCHEMAS + file, 'utf8')), false);
    return found;
  });

/** The words of the participants' roles (defs.schema.json's role enum), in both languages: a role is dated too. */
export const roleLabels: { fr: string; en: string }[] = Object.values(
  JSON.parse(readFileSync(SCHEMAS + 'defs.schema.json', 'utf8')).$defs.role['x-enum-labels'] as Record<string, { fr: string; en: string }>,
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ancestor = (node: Node, tags: readonly string[]): Node | undefined => {
  for (let n: Node | undefined = node; n; n = n.parent) if (tags.includes(n.tag)) return n;
  return undefined;
};
const elements = (node: Node) => node.children.filter((c): c is Node => typeof c !== 'string');

/** The unit a status word must share with its date (see above); undefined for a vocabulary row. */
function unitOf(node: Node): Node | undefined {
  let element = node;
  while (WRAPPERS.has(element.tag) && element.parent) element = element.parent;
  if (element.tag === 'td' || element.tag === 'th') {
    const row = ancestor(element, ['tr']) ?? element;
    const first = elements(row)[0];
    const lead = first && elements(first)[0];
    if (lead?.tag === 'code' && !text(first!).replace(text(lead), '').trim()) return undefined;
    return row;
  }
  // A chart's key names the colour of a word: it states nothing.
  if (/\bclass="[^"]*\bchart-legend-item\b/.test(element.attrs)) return undefined;
  if (SVG_TEXT.has(element.tag) && ancestor(element, ['svg'])) return ancestor(element, ['g', 'svg']);
  if (element.tag === 'title' && element.parent?.tag === 'entry') return element.parent;
  return element;
}

export interface Undated { label: string; element: string; text: string }

/** Every status word of `lang` on the page whose element has no year. */
export function undatedStatuses(html: string, lang: 'fr' | 'en'): Undated[] {
  return undatedWords(html, lang, statusLabels);
}

/** Every word of `words` (in `lang`) on the page whose unit has no year. */
export function undatedWords(html: string, lang: 'fr' | 'en', words: readonly { fr: string; en: string }[]): Undated[] {
  const labels = [...new Set(words.map((l) => l[lang]))].sort((a, b) => b.length - a.length);
  // Whole words, case kept: « En cours » is a status, « alors en cours d'élaboration » is prose.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${labels.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  const found: Undated[] = [];
  const walk = (node: Node) => {
    if (RAW.has(node.tag)) return;
    for (const child of node.children) {
      if (typeof child !== 'string') { walk(child); continue; }
      const match = pattern.exec(child);
      if (!match) continue;
      const element = unitOf(node);
      if (!element) continue;
      const around = (element.tag === 'entry'
        ? element.children.filter((c) => typeof c !== 'string' && (c.tag === 'title' || c.tag === 'summary')).map(text).join(' ')
        : text(element)).replace(/\s+/g, ' ').trim();
      if (!YEAR.test(around)) found.push({ label: match[1]!, element: element.tag, text: around.slice(0, 160) });
    }
  };
  walk(parse(html));
  return found;
}
