// Timeline 2017 → the data's date: one lane per initiative, its period as a thin bar, its events
// drawn at their precision (a day as a dot, a month or year as a band), inferred dates hatched.
import { label } from '../i18n/labels.ts';
import { compareDates } from '@acces-soins/data';
import eventsSchema from '@acces-soins/data/schemas/events.schema.json';
import { scaleUtc } from 'd3-scale';
import { dateInterval, parseDay, precisionName } from './dates.ts';
import { chartId, legendGroup, legendItem, renderFigure } from './figure.ts';
import { colon, compareText, formatDate, formatDay, pick, uiText, type Lang } from './i18n.ts';
import { el, type Markup } from './markup.ts';
import { dataDate, eventsByInitiative, type ChartData, type DateWithPrecision, type Event, type Initiative } from './records.ts';
import { wrapLines, multilineText } from './text.ts';
import { accordingTo, ofDate } from '../lib/dated-words.ts';

export interface TimelineOptions {
  lang: Lang;
  /** Only this initiative's lane. */
  initiative?: string;
  /** Address of an event's detail (its row in the page's event table): each mark then links to it, so its detail
   * is reachable by keyboard and touch, not only by hovering. */
  eventHref?: (eventId: string) => string;
}

export type EventKind = Event['kind'];
/** The schema's event kinds, in its order (which also numbers their colours). */
export const EVENT_KINDS = eventsSchema.properties.kind.enum as readonly EventKind[];

export interface TimelineMark {
  event: Event;
  /** Sub-row inside the lane, so that marks at the same time do not hide each other. */
  row: number;
  x0: number;
  x1: number;
  /** A day is a point; a month or a year a band. */
  shape: 'dot' | 'band';
  inferred: boolean;
}

export interface TimelineLane {
  initiative: Initiative;
  titleLines: string[];
  y: number;
  period?: { x0: number; x1: number; open: boolean; label: string };
  marks: TimelineMark[];
}

export interface TimelineModel {
  lang: Lang;
  width: number;
  height: number;
  today: string;
  todayX: number;
  years: { year: number; x: number }[];
  lanes: TimelineLane[];
  events: Event[];
}

const WIDTH = 800;
const LEFT = 10;
const RIGHT = 20;
const TOP = 40;
const TITLE_SIZE = 13;
const TITLE_LINE = 16;
const ROW = 22;
const SUB_ROW = 16;
/** Half the width a dot takes, plus a gap. */
const DOT_ROOM = 8;

/** Puts each mark on the first sub-row where it does not overlap an earlier mark (input in date order). */
function stack(marks: Omit<TimelineMark, 'row'>[]): TimelineMark[] {
  const rowEnds: number[] = [];
  return marks.map((mark) => {
    const [from, to] = mark.shape === 'dot' ? [(mark.x0 + mark.x1) / 2 - DOT_ROOM, (mark.x0 + mark.x1) / 2 + DOT_ROOM] : [mark.x0 - 2, mark.x1 + 2];
    let row = rowEnds.findIndex((end) => end <= from);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = to;
    return { ...mark, row };
  });
}
const LANE_GAP = 14;
const START_YEAR = 2017;

function initiativeStart(initiative: Initiative, events: readonly Event[]): DateWithPrecision | undefined {
  const dates = [initiative.period?.start, ...events.map((e) => e.date)].filter((d): d is DateWithPrecision => Boolean(d));
  return dates.sort(compareDates)[0];
}


/** Initiatives by id, once per data (the table names each event's initiative). */
const initiativeIds = new WeakMap<ChartData, Map<string, Initiative>>();
function initiativeById(data: ChartData, id: string): Initiative | undefined {
  let byId = initiativeIds.get(data);
  if (!byId) {
    byId = new Map(data.initiatives.map((i) => [i.id, i]));
    initiativeIds.set(data, byId);
  }
  return byId.get(id);
}

export function buildTimelineModel(data: ChartData, options: TimelineOptions): TimelineModel {
  const { lang, initiative: only } = options;
  const today = dataDate(data.metadata);
  const todayDate = parseDay(today);
  const x = scaleUtc()
    .domain([new Date(Date.UTC(START_YEAR, 0, 1)), new Date(Date.UTC(todayDate.getUTCFullYear() + 1, 0, 1))])
    .range([LEFT, WIDTH - RIGHT]);
  const eventsOf = eventsByInitiative(data);
  const one = only ? initiativeById(data, only) : undefined;
  const shown = (only ? (one ? [one] : []) : data.initiatives.filter((i) => (eventsOf.get(i.id)?.length ?? 0) > 0 || i.period?.start))
    .map((initiative) => ({ initiative, start: initiativeStart(initiative, eventsOf.get(initiative.id) ?? []) }))
    .sort((a, b) => (a.start && b.start ? compareDates(a.start, b.start) : a.start ? -1 : b.start ? 1 : 0) || compareText(a.initiative.id, b.initiative.id));

  let y = TOP;
  const lanes: TimelineLane[] = shown.map(({ initiative }) => {
    const titleLines = wrapLines(pick(initiative.title, lang), WIDTH - LEFT - RIGHT, TITLE_SIZE, 2, true);
    const laneY = y + titleLines.length * TITLE_LINE;
    const marks = stack((eventsOf.get(initiative.id) ?? []).map((event) => {
      const { start, end } = dateInterval(event.date);
      return {
        event,
        x0: round1(x(start)),
        x1: round1(Math.max(x(end), x(start) + 2)),
        shape: event.date.precision === 'day' ? ('dot' as const) : ('band' as const),
        inferred: event.date.inferred === true,
      };
    }));
    const rows = Math.max(1, ...marks.map((m) => m.row + 1));
    y = laneY + ROW + (rows - 1) * SUB_ROW + LANE_GAP;
    return { initiative, titleLines, y: laneY, period: periodBar(initiative, x, lang), marks };
  });
  const years = x.ticks(12).filter((d) => d <= todayDate).map((d) => ({ year: d.getUTCFullYear(), x: round1(x(d)) }));
  return {
    lang,
    width: WIDTH,
    height: y + 4,
    today,
    todayX: round1(x(todayDate)),
    years,
    lanes,
    events: lanes.flatMap((l) => l.marks.map((m) => m.event)),
  };
}

function periodBar(initiative: Initiative, x: (d: Date) => number, lang: Lang): TimelineLane['period'] {
  const period = initiative.period;
  if (!period?.start) return undefined;
  const start = dateInterval(period.start).start;
  let end: Date | undefined = period.end ? dateInterval(period.end).end : undefined;
  if (!end && period.duration_years) end = new Date(Date.UTC(start.getUTCFullYear() + period.duration_years, start.getUTCMonth(), start.getUTCDate()));
  const open = !end;
  // A period with no known end stops at the latest date a source states the initiative's status as of, never at the
  // data's date: nothing says it lasted longer. The bar is drawn open (dashed end) and its label says why it stops.
  const lastAsOf = initiative.status.at(-1)!.as_of;
  const lastKnown = dateInterval(lastAsOf).end;
  const stop = end ?? (lastKnown > start ? lastKnown : start);
  const label = `${formatDate(period.start, lang)} → ${period.end ? formatDate(period.end, lang) : uiText(lang, 'chart.timeline.openEnd', { according: accordingTo(lastAsOf, lang) })}`;
  return { x0: round1(x(start)), x1: round1(x(stop)), open, label };
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

// ——— Text ———

export function timelineTitle(lang: Lang, initiative?: Initiative): string {
  return initiative ? `${uiText(lang, 'chart.timeline.title')}${colon(lang)}${pick(initiative.title, lang)}` : uiText(lang, 'chart.timeline.titleAll');
}

export function timelineSummary(model: TimelineModel): string {
  const { lang, events, lanes } = model;
  if (events.length === 0) return uiText(lang, 'chart.timeline.empty');
  const sorted = [...events].sort((a, b) => compareDates(a.date, b.date));
  const last = formatDate(sorted[sorted.length - 1].date, lang);
  const inferred = events.filter((e) => e.date.inferred).length;
  // « de juin 2020 à 3 juin 2020 » would read backwards: when one date's span holds the other, say the wider one.
  const [a, b] = [dateInterval(sorted[0].date), dateInterval(sorted[sorted.length - 1].date)];
  const wider = a.start <= b.start && a.end >= b.end ? sorted[0].date : b.start <= a.start && b.end >= a.end ? sorted[sorted.length - 1].date : undefined;
  const span = wider
    ? uiText(lang, wider.precision === 'day' ? 'chart.timeline.onDay' : 'chart.timeline.inPeriod', { date: formatDate(wider, lang) })
    : uiText(lang, 'chart.timeline.range', { from: ofDate(sorted[0].date, lang), to: last });
  return uiText(lang, 'chart.timeline.summary', {
    events: uiText(lang, 'chart.events', { n: events.length }),
    span,
    initiatives: uiText(lang, 'chart.initiatives', { n: lanes.length }),
    inferred: inferred === 0 ? '' : uiText(lang, 'chart.timeline.inferred', { n: inferred }),
  });
}

function eventTooltip(event: Event, lang: Lang): string {
  const parts = [
    `${pick(event.title, lang)}`,
    `${formatDate(event.date, lang)} (${precisionName(event.date.precision, lang)}) · ${label(lang, 'eventKind', event.kind)}`,
  ];
  if (event.date.inferred && event.date.reasoning) parts.push(`${uiText(lang, 'chart.inferredDate')}${colon(lang)}${pick(event.date.reasoning, lang)}`);
  return parts.join('\n');
}

// ——— Drawing ———

function kindClass(kind: EventKind): string {
  return `cat-${EVENT_KINDS.indexOf(kind) + 1}`;
}

function markShape(mark: { shape: 'dot' | 'band'; inferred: boolean; kind: EventKind }, x0: number, x1: number, y: number): Markup {
  const cls = `mark ${kindClass(mark.kind)}${mark.inferred ? ' is-inferred' : ''}`;
  if (mark.shape === 'dot') return el('circle', { class: cls, cx: (x0 + x1) / 2, cy: y, r: 5.5 });
  return el('rect', { class: cls, x: x0, y: y - 7, width: Math.max(x1 - x0, 3), height: 14, rx: 2 });
}

export function renderTimelineSvgBody(model: TimelineModel, eventHref?: (eventId: string) => string): Markup {
  const { lang } = model;
  const grid = model.years.map(({ year, x }) =>
    el('g', { class: 'tick' }, el('line', { x1: x, x2: x, y1: 24, y2: model.height - 4 }), el('text', { x: x + 3, y: 18 }, String(year))));
  const lanes = model.lanes.map((lane) => el('g', { class: 'lane', 'data-initiative': lane.initiative.id },
    multilineText(lane.titleLines, LEFT, lane.y - (lane.titleLines.length - 1) * TITLE_LINE - 6, TITLE_LINE, { class: 'lane-title' }),
    el('line', { class: 'lane-axis', x1: LEFT, x2: model.width - RIGHT, y1: lane.y + ROW / 2, y2: lane.y + ROW / 2 }),
    lane.period ? el('rect', { class: `period${lane.period.open ? ' is-open' : ''}`, x: lane.period.x0, y: lane.y + ROW / 2 - 3, width: Math.max(lane.period.x1 - lane.period.x0, 2), height: 6 },
      el('title', {}, `${uiText(lang, 'chart.timeline.period')}${colon(lang)}${lane.period.label}`)) : null,
    lane.marks.filter((m) => m.shape === 'band').concat(lane.marks.filter((m) => m.shape === 'dot')).map((m) =>
      el(eventHref ? 'a' : 'g', {
        class: 'event',
        ...(eventHref ? { href: eventHref(m.event.id), 'aria-label': eventTooltip(m.event, lang) } : { tabindex: 0 }),
        'data-event': m.event.id,
        'data-precision': m.event.date.precision,
      },
        el('title', {}, eventTooltip(m.event, lang)),
        markShape({ shape: m.shape, inferred: m.inferred, kind: m.event.kind }, m.x0, m.x1, lane.y + ROW / 2 + m.row * SUB_ROW))),
  ));
  // The line marks the data's date, not the reader's day: say so rather than "today".
  const todayLabel = uiText(lang, 'chart.timeline.today', { date: formatDay(model.today, lang) });
  const today = el('g', { class: 'today' },
    el('line', { x1: model.todayX, x2: model.todayX, y1: 24, y2: model.height - 4 }),
    el('text', { x: model.todayX - 4, y: 34, 'text-anchor': 'end' }, todayLabel));
  return el('g', {}, el('g', { class: 'grid' }, grid), lanes, today);
}

function legend(model: TimelineModel): Markup {
  const { lang } = model;
  const kinds = EVENT_KINDS.filter((k) => model.events.some((e) => e.kind === k));
  return el('div', {},
    legendGroup(uiText(lang, 'chart.timeline.kind'), kinds.map((k) => legendItem(el('rect', { class: `mark ${kindClass(k)}`, x: 1, y: 1, width: 14, height: 14, rx: 2 }), label(lang, 'eventKind', k)))),
    legendGroup(uiText(lang, 'chart.timeline.precision'), [
      legendItem(markShape({ shape: 'dot', inferred: false, kind: 'meeting' }, 8, 8, 8), uiText(lang, 'chart.timeline.keyDay')),
      legendItem(markShape({ shape: 'band', inferred: false, kind: 'meeting' }, 0, 16, 8), uiText(lang, 'chart.timeline.keyBand')),
      legendItem(markShape({ shape: 'band', inferred: true, kind: 'meeting' }, 0, 16, 8), uiText(lang, 'chart.timeline.keyInferred')),
      legendItem(el('rect', { class: 'period', x: 0, y: 5, width: 16, height: 6 }), uiText(lang, 'chart.timeline.keyPeriod')),
      legendItem(el('rect', { class: 'period is-open', x: 0, y: 5, width: 16, height: 6 }), uiText(lang, 'chart.timeline.keyOpen')),
    ]),
  );
}

// An initiative's timeline is drawn twice per language, on its page (marks linking to the page's rows) and as its
// shareable file: the model, which does not depend on the links, is built once.
const models = new WeakMap<ChartData, Map<string, TimelineModel>>();
function timelineModel(data: ChartData, options: TimelineOptions): TimelineModel {
  let byOptions = models.get(data);
  if (!byOptions) models.set(data, (byOptions = new Map()));
  const key = `${options.lang}|${options.initiative ?? ''}`;
  let model = byOptions.get(key);
  if (!model) byOptions.set(key, (model = buildTimelineModel(data, options)));
  return model;
}

export function renderTimeline(data: ChartData, options: TimelineOptions): string {
  const model = timelineModel(data, options);
  const { lang } = model;
  const initiative = options.initiative ? initiativeById(data, options.initiative) : undefined;
  if (options.initiative && !initiative) throw new Error(`Timeline: no initiative "${options.initiative}"`);
  const title = (id: string) => pick(initiativeById(data, id)!.title, lang);
  return renderFigure({
    id: chartId('timeline', options.initiative, lang),
    kind: 'timeline',
    lang,
    title: timelineTitle(lang, initiative),
    summary: timelineSummary(model),
    width: model.width,
    height: model.height,
    scroll: true,
    body: renderTimelineSvgBody(model, options.eventHref),
    interactive: options.eventHref !== undefined,
    legend: legend(model),
    notes: [uiText(lang, 'chart.timeline.note', { how: uiText(lang, options.eventHref ? 'chart.timeline.noteLinked' : 'chart.timeline.noteHover') })],
    table: {
      columns: [
        { label: uiText(lang, 'chart.timeline.date') },
        { label: uiText(lang, 'chart.timeline.precision') },
        { label: uiText(lang, 'chart.timeline.event') },
        { label: uiText(lang, 'chart.timeline.kind') },
        { label: uiText(lang, 'chart.initiative') },
        { label: uiText(lang, 'chart.inferredReasoning') },
      ],
      rows: model.events.slice().sort((a, b) => compareDates(a.date, b.date) || compareText(a.id, b.id)).map((e) => [
        formatDate(e.date, lang),
        precisionName(e.date.precision, lang),
        pick(e.title, lang),
        label(lang, 'eventKind', e.kind),
        title(e.initiative),
        e.date.inferred && e.date.reasoning ? pick(e.date.reasoning, lang) : '—',
      ]),
    },
  });
}
