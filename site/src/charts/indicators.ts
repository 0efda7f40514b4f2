// Indicators: for each metric, the observed values against the announced target (a bar up to the
// observed value on a scale that reaches the target), each value with its as-of date.
import { compareDates } from '@acces-soins/data';
import { chartId, legendGroup, legendItem, renderFigure } from './figure.ts';
import { colon, compareText, formatDate, formatNumber, formatPercent, pick, uiText, type Lang } from './i18n.ts';
import type { UiKey } from '../i18n/ui.ts';
import { el, type Markup } from './markup.ts';
import type { ChartData, Indicator, Initiative } from './records.ts';
import { multilineText, textWidth, wrapLines } from './text.ts';

export interface IndicatorsOptions {
  lang: Lang;
  initiative?: string;
}

export interface MetricRow {
  initiative: Initiative;
  metric: string;
  label: string;
  /** Observed values, oldest first. */
  observed: Indicator[];
  /** Targets, oldest first. */
  targets: Indicator[];
}

const UNITS: Record<Indicator['unit'], UiKey> = {
  people: 'chart.unit.people',
  patients: 'chart.unit.patients',
  'health-centres': 'chart.unit.healthCentres',
  members: 'chart.unit.members',
  stages: 'chart.unit.stages',
  questions: 'chart.unit.questions',
  axes: 'chart.unit.axes',
  pillars: 'chart.unit.pillars',
};

export function formatValue(indicator: Indicator, lang: Lang): string {
  const value = uiText(lang, UNITS[indicator.unit], { n: indicator.value });
  return indicator.comparator === 'more-than' ? uiText(lang, 'chart.indicators.moreThan', { value }) : value;
}

/** Initiatives by id and indicators by initiative (dataset order), once per data: each initiative page draws its own. */
const lookups = new WeakMap<ChartData, { initiatives: Map<string, ChartData['initiatives'][number]>; indicatorsOf: Map<string, Indicator[]> }>();
function lookupsOf(data: ChartData) {
  let found = lookups.get(data);
  if (!found) {
    const indicatorsOf = new Map<string, Indicator[]>();
    for (const indicator of data.indicators) {
      if (!indicatorsOf.has(indicator.initiative)) indicatorsOf.set(indicator.initiative, []);
      indicatorsOf.get(indicator.initiative)!.push(indicator);
    }
    found = { initiatives: new Map(data.initiatives.map((i) => [i.id, i])), indicatorsOf };
    lookups.set(data, found);
  }
  return found;
}

export function buildMetricRows(data: ChartData, options: IndicatorsOptions): MetricRow[] {
  const { initiatives, indicatorsOf } = lookupsOf(data);
  const groups = new Map<string, Indicator[]>();
  for (const indicator of options.initiative ? (indicatorsOf.get(options.initiative) ?? []) : data.indicators) {
    if (options.initiative && indicator.initiative !== options.initiative) continue;
    const key = `${indicator.initiative}|${indicator.metric}|${indicator.territory}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(indicator);
  }
  const byDate = (a: Indicator, b: Indicator) => compareDates(a.as_of, b.as_of) || compareText(a.id, b.id);
  const rows = [...groups.values()].map((records) => {
    const observed = records.filter((r) => r.kind === 'observed').sort(byDate);
    const targets = records.filter((r) => r.kind === 'target').sort(byDate);
    const initiative = initiatives.get(records[0].initiative);
    if (!initiative) throw new Error(`indicators: ${records[0].id} names an unknown initiative "${records[0].initiative}"`);
    // The observed record names the metric plainly; a target's label adds "(objectif…)".
    const label = pick((observed[0] ?? targets[0]).label, options.lang);
    return { initiative, metric: records[0].metric, label, observed, targets };
  });
  // Metrics with a target first, then by initiative and label.
  return rows.sort((a, b) => Number(b.targets.length > 0) - Number(a.targets.length > 0)
    || compareText(pick(a.initiative.title, options.lang), pick(b.initiative.title, options.lang)) || compareText(a.label, b.label));
}

const WIDTH = 640;
const LEFT = 10;
const RIGHT = 10;
/**
 * On a phone the drawing shrinks to about half size and charts.css raises the type to these sizes
 * (drawing units), so lines are wrapped for them; on wider screens the same lines are smaller.
 */
const NARROW_LABEL = 24;
const NARROW_VALUE = 22;
const LINE = 28;
const BAR = 24;
const GAP = 26;

interface RowLayout {
  row: MetricRow;
  y: number;
  titleLines: string[];
  valueLines: string[];
}

function layout(rows: MetricRow[], lang: Lang): { rows: RowLayout[]; height: number } {
  let y = 8;
  const placed = rows.map((row) => {
    const titleLines = wrapLines(row.label, WIDTH - LEFT - RIGHT, NARROW_LABEL, 3, true);
    const valueLines = joinWithin(valueParts(row, lang), WIDTH - LEFT - RIGHT - 20, NARROW_VALUE);
    const r = { row, y, titleLines, valueLines };
    y += (titleLines.length + valueLines.length) * LINE + (row.targets.length ? BAR + 14 : 0) + GAP;
    return r;
  });
  return { rows: placed, height: Math.max(y, 40) };
}

/** Joins parts with " · " into as few lines as fit the width. */
function joinWithin(parts: string[], width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} · ${part}`, fontSize) <= width) lines[lines.length - 1] = `${last} · ${part}`;
    else lines.push(part);
  }
  return lines;
}

function latest<T>(items: T[]): T | undefined {
  return items[items.length - 1];
}

function valueParts(row: MetricRow, lang: Lang): string[] {
  const observed = latest(row.observed);
  const target = latest(row.targets);
  const parts: string[] = [];
  if (observed) parts.push(`${formatValue(observed, lang)} ${asOf(observed, lang)}`);
  if (target) parts.push(`${uiText(lang, 'chart.indicators.targetLower')}${colon(lang)}${formatValue(target, lang)}`);
  if (observed && target && target.value > 0) parts.push(formatPercent(observed.value / target.value, lang));
  return parts;
}

/** "au 17 juillet 2023", "en juillet 2023", "en 2022" / "as of 17 July 2023", "in July 2023", "in 2022". */
export function asOf(indicator: Indicator, lang: Lang): string {
  const day = indicator.as_of.precision === 'day' && !indicator.as_of.approximation;
  return uiText(lang, day ? 'chart.indicators.asOfDay' : 'chart.indicators.asOfPeriod', { date: formatDate(indicator.as_of, lang) });
}

function tooltip(indicator: Indicator, lang: Lang): string {
  const kind = uiText(lang, indicator.kind === 'target' ? 'chart.indicators.target' : 'chart.indicators.observed');
  const lines = [`${pick(indicator.label, lang)}`, `${kind}${colon(lang)}${formatValue(indicator, lang)} (${formatDate(indicator.as_of, lang)})`];
  if (indicator.as_of.inferred && indicator.as_of.reasoning) lines.push(`${uiText(lang, 'chart.inferredDate')}${colon(lang)}${pick(indicator.as_of.reasoning, lang)}`);
  return lines.join('\n');
}

function renderRow({ row, y, titleLines, valueLines }: RowLayout, lang: Lang): Markup {
  const target = latest(row.targets);
  const content: Markup[] = [multilineText(titleLines, LEFT, y + LINE * 0.75, LINE, { class: 'metric-label' })];
  let textY = y + titleLines.length * LINE + LINE * 0.75;
  if (target) {
    const barY = y + titleLines.length * LINE + 6;
    const max = Math.max(target.value, ...row.observed.map((o) => o.value));
    const scale = (v: number) => LEFT + ((WIDTH - LEFT - RIGHT) * v) / max;
    content.push(el('rect', { class: 'track', x: LEFT, y: barY, width: scale(target.value) - LEFT, height: BAR }));
    for (const observed of row.observed) {
      content.push(el('g', { class: 'value', tabindex: 0, 'data-indicator': observed.id },
        el('title', {}, tooltip(observed, lang)),
        el('rect', { class: `bar${observed === latest(row.observed) ? '' : ' is-earlier'}`, x: LEFT, y: barY, width: Math.max(scale(observed.value) - LEFT, 1), height: BAR })));
    }
    for (const t of row.targets) {
      const tx = scale(t.value);
      content.push(el('g', { class: 'target', tabindex: 0, 'data-indicator': t.id },
        el('title', {}, tooltip(t, lang)),
        el('line', { x1: tx, x2: tx, y1: barY - 5, y2: barY + BAR + 5 })));
    }
    textY += BAR + 14;
  } else {
    for (const observed of row.observed) {
      content.push(el('g', { class: 'value is-plain', tabindex: 0, 'data-indicator': observed.id }, el('title', {}, tooltip(observed, lang)),
        el('circle', { cx: LEFT + 6, cy: textY - 6, r: 6 })));
    }
  }
  content.push(multilineText(valueLines, target ? LEFT : LEFT + 20, textY, LINE, { class: 'metric-value' }));
  return el('g', { class: 'metric', 'data-metric': row.metric }, content);
}

export function indicatorsSummary(rows: MetricRow[], lang: Lang): string {
  if (rows.length === 0) return uiText(lang, 'chart.indicators.empty');
  const withTarget = rows.filter((r) => r.targets.length && r.observed.length);
  const metrics = uiText(lang, 'chart.indicators.count', { n: rows.length });
  if (withTarget.length === 0) return uiText(lang, 'chart.indicators.summaryNoTarget', { metrics });
  const first = withTarget[0];
  const observed = latest(first.observed)!;
  const target = latest(first.targets)!;
  return uiText(lang, 'chart.indicators.summary', {
    metrics,
    label: `${first.label.charAt(0).toLowerCase()}${first.label.slice(1)}`,
    value: formatValue(observed, lang),
    asOf: asOf(observed, lang),
    percent: formatPercent(observed.value / target.value, lang),
    target: formatNumber(target.value, lang),
  });
}

export function renderIndicators(data: ChartData, options: IndicatorsOptions): string {
  const { lang } = options;
  const rows = buildMetricRows(data, options);
  const placed = layout(rows, lang);
  const initiative = options.initiative ? lookupsOf(data).initiatives.get(options.initiative) : undefined;
  if (options.initiative && !initiative) throw new Error(`IndicatorsChart: no initiative "${options.initiative}"`);
  const base = uiText(lang, 'chart.indicators.title');
  const records = rows.flatMap((r) => [...r.observed, ...r.targets]);
  return renderFigure({
    id: chartId('indicators', options.initiative, lang),
    kind: 'indicators',
    lang,
    title: initiative ? `${base} — ${pick(initiative.title, lang)}` : base,
    summary: indicatorsSummary(rows, lang),
    width: WIDTH,
    height: placed.height,
    body: el('g', {}, placed.rows.map((r) => renderRow(r, lang))),
    legend: rows.some((r) => r.targets.length) ? legendGroup(uiText(lang, 'chart.indicators.key'), [
      legendItem(el('rect', { class: 'bar', x: 0, y: 3, width: 16, height: 10 }), uiText(lang, 'chart.indicators.keyObserved')),
      legendItem(el('rect', { class: 'track', x: 0, y: 3, width: 16, height: 10 }), uiText(lang, 'chart.indicators.keyRemaining')),
      legendItem(el('line', { class: 'target-key', x1: 8, x2: 8, y1: 0, y2: 16 }), uiText(lang, 'chart.indicators.keyTarget')),
    ]) : undefined,
    table: {
      columns: [
        { label: uiText(lang, 'chart.indicators.indicator') },
        { label: uiText(lang, 'chart.initiative') },
        { label: uiText(lang, 'chart.indicators.nature') },
        { label: uiText(lang, 'chart.indicators.value'), numeric: true },
        { label: uiText(lang, 'chart.indicators.asOf') },
        { label: uiText(lang, 'chart.inferredReasoning') },
      ],
      rows: records.map((r) => [
        pick(r.label, lang),
        pick(rows.find((row) => row.observed.includes(r) || row.targets.includes(r))!.initiative.title, lang),
        uiText(lang, r.kind === 'target' ? 'chart.indicators.targetLower' : 'chart.indicators.observedLower'),
        formatValue(r, lang),
        formatDate(r.as_of, lang),
        r.as_of.inferred && r.as_of.reasoning ? pick(r.as_of.reasoning, lang) : '—',
      ]),
    },
  });
}
