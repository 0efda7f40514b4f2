// Tiny string builder for SVG and HTML: charts are rendered at build time without a DOM,
// so output is a plain string whose attribute order and number formatting are deterministic.

/** Already-escaped markup; plain strings passed as children are escaped. */
export class Markup {
  readonly html: string;
  constructor(html: string) {
    this.html = html;
  }
  toString(): string {
    return this.html;
  }
}

export type Child = Markup | string | number | null | undefined | false | readonly Child[];
export type AttrValue = string | number | boolean | null | undefined;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Rounds to one decimal (enough for a viewBox of a few hundred units) and never prints -0. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}

function attribute(name: string, value: AttrValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value === true) return ` ${name}`;
  return ` ${name}="${escapeHtml(typeof value === 'number' ? num(value) : value)}"`;
}

function children(items: readonly Child[]): string {
  let out = '';
  for (const item of items) {
    if (item === null || item === undefined || item === false) continue;
    if (item instanceof Markup) out += item.html;
    else if (Array.isArray(item)) out += children(item);
    else out += escapeHtml(String(item));
  }
  return out;
}

/** An element; attributes keep insertion order, `undefined`/`false` attributes are left out. */
export function el(tag: string, attrs: Record<string, AttrValue> = {}, ...content: Child[]): Markup {
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(attrs)) open += attribute(name, value);
  const inner = children(content);
  // Empty SVG shapes self-close to keep output short (valid in HTML for foreign elements).
  if (inner === '' && SVG_SHAPES.has(tag)) return new Markup(`${open}/>`);
  return new Markup(`${open}>${inner}</${tag}>`);
}

const SVG_SHAPES = new Set(['circle', 'ellipse', 'line', 'path', 'polygon', 'polyline', 'rect', 'use']);

export function fragment(...content: Child[]): Markup {
  return new Markup(children(content));
}
