// The frame every chart shares: <figure> with a caption (title + one-sentence summary), the SVG
// (role="img", labelled by its <title> and <desc>), an HTML legend and notes, and the chart's
// data as a table in a collapsible <details>.
import { el, fragment, type Child, type Markup } from './markup.ts';
import { uiText, type Lang } from './i18n.ts';

export interface TableColumn {
  label: string;
  numeric?: boolean;
}

export interface FigureSpec {
  /** The drawing holds links (the map's departments): a group, not an image. */
  interactive?: boolean;
  /** Unique on the page; prefixes the ids the SVG is labelled by. */
  id: string;
  /** CSS modifier: chart--<kind>. */
  kind: string;
  lang: Lang;
  title: string;
  summary: string;
  width: number;
  height: number;
  /** SVG content (marks, labels). */
  body: Child;
  /** Keeps a minimum drawing width and scrolls sideways on narrow screens. */
  scroll?: boolean;
  legend?: Child;
  notes?: Child[];
  table: { columns: TableColumn[]; rows: Child[][] };
}


export function renderFigure(spec: FigureSpec): string {
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${Math.round(spec.width)} ${Math.round(spec.height)}`,
      // A drawing whose marks are links is a group of links, not an image (an image's children are presentational).
      role: spec.interactive ? 'group' : 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      class: 'chart-svg',
    },
    el('title', { id: titleId }, spec.title),
    el('desc', { id: descId }, spec.summary),
    spec.body,
  );
  const drawing = spec.scroll
    ? el('div', { class: 'chart-scroll', tabindex: 0, role: 'region', 'aria-label': uiText(spec.lang, 'chart.scrolling') }, svg)
    : svg;
  return el(
    'figure',
    { class: `chart chart--${spec.kind}`, id: spec.id },
    el('figcaption', {}, el('strong', { class: 'chart-title' }, spec.title), ' ', el('span', { class: 'chart-summary' }, spec.summary)),
    drawing,
    spec.legend ? el('div', { class: 'chart-legend' }, spec.legend) : null,
    (spec.notes ?? []).map((note) => el('p', { class: 'chart-note' }, note)),
    renderTable(spec),
  ).html;
}

function renderTable(spec: FigureSpec): Markup {
  const { columns, rows } = spec.table;
  const cls = (c: TableColumn) => (c.numeric ? 'num' : undefined);
  return el(
    'details',
    { class: 'chart-data' },
    el('summary', {}, uiText(spec.lang, 'chart.dataTable')),
    el(
      'div',
      // A wide table scrolls inside a named, focusable region (keyboard users can scroll it too).
      { class: 'chart-table-wrap', tabindex: 0, role: 'region', 'aria-label': `${uiText(spec.lang, 'chart.dataTable')} — ${spec.title}` },
      el(
        'table',
        {},
        el('caption', {}, spec.title),
        el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', class: cls(c) }, c.label)))),
        el('tbody', {}, rows.map((row) => el('tr', {}, row.map((cell, i) => (i === 0 ? el('th', { scope: 'row' }, cell) : el('td', { class: cls(columns[i]) }, cell)))))),
      ),
    ),
  );
}

/** One legend entry: a small swatch drawn with the chart's own classes, then its label. */
export function legendItem(swatch: Child, label: Child): Markup {
  return el('span', { class: 'chart-legend-item' }, el('svg', { class: 'chart-swatch', viewBox: '0 0 16 16', 'aria-hidden': 'true' }, swatch), label);
}

export function legendGroup(heading: string, items: Markup[]): Markup {
  return el('div', { class: 'chart-legend-group' }, el('span', { class: 'chart-legend-heading' }, heading), fragment(items));
}

/** A stable element id from parts (kebab-case). */
export function chartId(...parts: (string | undefined)[]): string {
  return ['chart', ...parts.filter(Boolean)].join('-').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}
