// Choropleth of the departments of the two regions (initiatives or events per department),
// region outlines, and points for the communes in the data (health centres, event places).
import { geoIdentity, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { polygonArea } from 'd3-polygon';
import { countBins, shadeOf, type CountBin } from './bins.ts';
import { chartId, legendGroup, legendItem, renderFigure } from './figure.ts';
import { departmentsGeometry, insideOrNearest, type Point } from './geometry.ts';
import { communeLonLat, lonLatToMap } from './geolocate.ts';
import { capitalise, colon, compareText, formatDate, formatList, formatNumber, pick, uiText, type Lang } from './i18n.ts';
import type { UiKey } from '../i18n/ui.ts';
import { el, type Markup } from './markup.ts';
import { departmentLabelPoint, placePointLabels, textBox, type Box, type PlacedLabel } from './labels.ts';
import { textWidth } from './text.ts';
import { mapAttribution } from './attribution.ts';
import type { ChartData, Territory } from './records.ts';
import { TerritoryIndex } from './territories.ts';

export type MapMeasure = 'initiatives' | 'events';

export interface MapOptions {
  lang: Lang;
  measure?: MapMeasure;
  /** Territory id (region, department or commune) to outline. */
  highlight?: string;
  /** Address of a territory's page: each department and placed commune then links to it (one tab stop each). */
  territoryHref?: (territoryId: string) => string;
}

export type PlaceKind = 'health-centre' | 'event-place';

export interface DepartmentModel {
  territory: Territory;
  region: Territory;
  count: number;
  /** Labels of what is counted, sorted. */
  items: string[];
  shade: number;
  path: string;
  /** Centroid of its largest polygon. */
  centre: Point;
  /** Projected polygons, kept for checks (point in polygon). */
  geometry: GeoJSON.MultiPolygon;
  highlighted: boolean;
}

export interface PlaceModel {
  commune: Territory;
  department: Territory;
  kind: PlaceKind;
  /** What stands or happened there, sorted. */
  items: string[];
  /** Undefined when the reference has no position for the commune. */
  at?: Point;
  highlighted: boolean;
}

export interface MapModel {
  lang: Lang;
  measure: MapMeasure;
  width: number;
  height: number;
  departments: DepartmentModel[];
  regions: { territory: Territory; path: string; labelAt: Point }[];
  departmentBorders: string;
  places: PlaceModel[];
  bins: CountBin[];
  /** Records that no department counts (national initiatives, events without a place). */
  uncounted: number;
  /** Where labels go, for each type size (wide screens, phones). */
  labels: Record<LabelSize, { codes: Point[]; communes: PlacedLabel[] }>;
  /** Longitude/latitude → drawing coordinates (before a point is moved inside its department). */
  locate: (lon: number, lat: number) => Point;
}

const WIDTH = 800;
/** Type sizes in drawing units: wide screens show the map near its size, phones shrink it (charts.css). */
const SIZES = { wide: 13, narrow: 24 } as const;
const REGION_SIZES = { wide: 15, narrow: 24 } as const;
type LabelSize = keyof typeof SIZES;
const PADDING = 12;
const REGION_LABEL_BAND = 34;


/** Counts per department: each record once per department it covers. */
function countByDepartment(data: ChartData, index: TerritoryIndex, measure: MapMeasure, lang: Lang) {
  const items = new Map<string, Set<string>>(index.departments.map((d) => [d.id, new Set()]));
  let uncounted = 0;
  const add = (territoryIds: readonly string[], label: string) => {
    const departments = new Set(territoryIds.flatMap((id) => index.departmentCoverage(id).map((c) => c.department.id)));
    if (departments.size === 0) uncounted += 1;
    for (const id of departments) items.get(id)?.add(label);
  };
  if (measure === 'initiatives') {
    for (const initiative of data.initiatives) add(initiative.territories, pick(initiative.title, lang));
  } else {
    for (const event of data.events) add(event.place ? [event.place] : [], eventLabel(event, lang));
  }
  return { items, uncounted };
}

function collectPlaces(data: ChartData, index: TerritoryIndex, lang: Lang) {
  const places = new Map<string, { commune: Territory; kind: PlaceKind; items: Set<string> }>();
  const add = (communeId: string, kind: PlaceKind, label: string) => {
    const commune = index.get(communeId);
    if (commune.level !== 'commune') return;
    const key = `${kind}|${commune.id}`;
    if (!places.has(key)) places.set(key, { commune, kind, items: new Set() });
    places.get(key)!.items.add(label);
  };
  for (const facility of data.facilities) add(facility.commune, 'health-centre', pick(facility.name, lang));
  for (const event of data.events) if (event.place) add(event.place, 'event-place', eventLabel(event, lang));
  return [...places.values()];
}

/** An event's title with its date: « Ouverture annoncée … » alone would read as today's news (issue 10). */
function eventLabel(event: ChartData['events'][number], lang: Lang): string {
  return `${pick(event.title, lang)} (${formatDate(event.date, lang)})`;
}

function isWithin(territory: Territory, highlightId: string | undefined, index: TerritoryIndex): boolean {
  return highlightId !== undefined && highlightId !== '' && index.hierarchy.within(territory.id, highlightId);
}

/*
 * The map only depends on the data, the language and the measure: every page that shows it (each territory page
 * highlights its own territory) used to redo the projection, the places and, above all, the label layout. The model
 * is built once per data, language and measure; a page only sets which departments and places are highlighted.
 */
const modelCache = new WeakMap<ChartData, { index: TerritoryIndex; models: Map<string, MapModel> }>();

export function buildMapModel(data: ChartData, options: MapOptions): MapModel {
  const { lang, measure = 'initiatives', highlight } = options;
  let cached = modelCache.get(data);
  if (!cached) {
    cached = { index: new TerritoryIndex(data.territories), models: new Map() };
    modelCache.set(data, cached);
  }
  const { index, models } = cached;
  if (highlight) index.get(highlight);
  const key = `${lang}|${measure}`;
  let model = models.get(key);
  if (!model) {
    model = buildUnhighlightedModel(data, index, lang, measure);
    models.set(key, model);
  }
  return {
    ...model,
    departments: model.departments.map((d) => ({ ...d, highlighted: isWithin(d.territory, highlight, index) })),
    places: model.places.map((p) => ({ ...p, highlighted: isWithin(p.commune, highlight, index) })),
  };
}

function buildUnhighlightedModel(data: ChartData, index: TerritoryIndex, lang: Lang, measure: MapMeasure): MapModel {
  const highlight = undefined;
  const geometry = departmentsGeometry(index.departments);

  const collection = { type: 'FeatureCollection', features: geometry.departments.map((d) => ({ type: 'Feature', properties: {}, geometry: d.geometry })) } as GeoPermissibleObjects;
  // A tall extent makes the width the binding constraint; the translation is set from the bounds below.
  const projection = geoIdentity().fitExtent([[0, 0], [WIDTH - 2 * PADDING, 1e6]], collection);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(collection);
  projection.translate([projection.translate()[0] - x0 + PADDING, projection.translate()[1] - y0 + PADDING]);
  const path = geoPath(projection).digits(1);
  const project = (p: Point): Point => projection(p) as Point;
  const projectGeometry = (g: GeoJSON.MultiPolygon): GeoJSON.MultiPolygon => ({
    type: 'MultiPolygon',
    coordinates: g.coordinates.map((polygon) => polygon.map((ring) => ring.map((p) => roundPoint(project(p as Point))))),
  });
  const height = y1 - y0 + 2 * PADDING + REGION_LABEL_BAND;

  const { items, uncounted } = countByDepartment(data, index, measure, lang);
  const max = Math.max(0, ...[...items.values()].map((s) => s.size));
  const bins = countBins(max);

  const projected = new Map(geometry.departments.map((d) => [d.code, { shape: d.geometry, geometry: projectGeometry(d.geometry) }]));
  const shapeOf = (department: Territory) => projected.get(department.code)!.geometry;

  const places: PlaceModel[] = collectPlaces(data, index, lang)
    .map(({ commune, kind, items: labels }) => {
      const department = index.get(commune.parent!);
      const lonLat = communeLonLat(commune.code);
      const at = lonLat ? insideOrNearest(roundPoint(project(lonLatToMap(...lonLat))), shapeOf(department)) : undefined;
      return { commune, department, kind, items: [...labels].sort(compareText), at, highlighted: isWithin(commune, highlight, index) };
    })
    .sort((a, b) => compareText(a.commune.name, b.commune.name) || compareText(a.kind, b.kind));
  spreadSharedPlaces(places, shapeOf);

  const departments: DepartmentModel[] = index.departments.map((territory) => {
    const { shape, geometry: shapeProjected } = projected.get(territory.code)!;
    const counted = [...items.get(territory.id)!].sort(compareText);
    const centroid = roundPoint(path.centroid(largestPolygon(shape)) as Point);
    return {
      territory,
      region: index.get(territory.parent!),
      count: counted.length,
      items: counted,
      shade: shadeOf(counted.length, bins),
      path: path(shape)!,
      centre: centroid,
      geometry: shapeProjected,
      highlighted: isWithin(territory, highlight, index),
    };
  });

  const regions = geometry.regions.map((r) => {
    const territory = index.get(r.region);
    const [[rx0], [rx1, ry1]] = path.bounds(r.geometry);
    // Centred under the region, kept inside the drawing at the larger (phone) type size.
    const half = textWidth(territory.name, SIZES.narrow, true) / 2;
    const x = Math.min(Math.max((rx0 + rx1) / 2, half + 2), WIDTH - half - 2);
    return { territory, path: path(r.geometry)!, labelAt: [round1(x), round1(Math.min(ry1 + 22, height - 8))] as Point };
  });

  const model: Omit<MapModel, 'labels'> = {
    lang,
    measure,
    width: WIDTH,
    height,
    departments,
    regions,
    departmentBorders: path(geometry.departmentBorders) ?? '',
    places,
    bins,
    uncounted,
    locate: (lon, lat) => roundPoint(project(lonLatToMap(lon, lat))),
  };
  // The layout reads only positions and place names, the same in both languages and for both measures: once per data.
  let labels = labelCache.get(data);
  if (!labels) {
    labels = { wide: layoutLabels(model, 'wide'), narrow: layoutLabels(model, 'narrow') };
    labelCache.set(data, labels);
  }
  return { ...model, labels };
}
const labelCache = new WeakMap<ChartData, MapModel['labels']>();

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
function roundPoint([x, y]: Point): Point {
  return [round1(x), round1(y)];
}

function largestPolygon(shape: GeoJSON.MultiPolygon): GeoJSON.Polygon {
  const area = (ring: GeoJSON.Position[]) => Math.abs(polygonArea(ring as Point[]));
  const polygon = shape.coordinates.reduce((best, p) => (area(p[0]) > area(best[0]) ? p : best));
  return { type: 'Polygon', coordinates: polygon };
}

/** A commune with both a health centre and an event place shows its markers side by side. */
function spreadSharedPlaces(places: PlaceModel[], shapeOf: (department: Territory) => GeoJSON.MultiPolygon): void {
  const seen = new Map<string, number>();
  for (const place of places) {
    if (!place.at) continue;
    const n = seen.get(place.commune.id) ?? 0;
    seen.set(place.commune.id, n + 1);
    if (n > 0) place.at = insideOrNearest(roundPoint([place.at[0] + 11 * n, place.at[1]]), shapeOf(place.department));
  }
}

// ——— Text ———

/** The dictionary keys (../i18n/ui.ts) of each measure's text. */
const MEASURE: Record<MapMeasure, { count: UiKey; none: UiKey; summary: UiKey; number: UiKey; column: UiKey; uncounted: UiKey; rule: UiKey; title: UiKey }> = {
  initiatives: {
    count: 'chart.initiatives',
    none: 'chart.map.noneInitiatives',
    summary: 'chart.map.summaryInitiatives',
    number: 'chart.map.numberInitiatives',
    column: 'chart.map.columnInitiatives',
    uncounted: 'chart.map.uncountedInitiatives',
    rule: 'chart.map.ruleInitiatives',
    title: 'chart.map.titleInitiatives',
  },
  events: {
    count: 'chart.events',
    none: 'chart.map.noneEvents',
    summary: 'chart.map.summaryEvents',
    number: 'chart.map.numberEvents',
    column: 'chart.map.columnEvents',
    uncounted: 'chart.map.uncountedEvents',
    rule: 'chart.map.ruleEvents',
    title: 'chart.map.titleEvents',
  },
};

const PLACE_KIND: Record<PlaceKind, UiKey> = {
  'health-centre': 'chart.map.healthCentre',
  'event-place': 'chart.map.eventPlace',
};

function countText(count: number, measure: MapMeasure, lang: Lang): string {
  return uiText(lang, MEASURE[measure].count, { n: count });
}

export function mapTitle(measure: MapMeasure, lang: Lang): string {
  return uiText(lang, MEASURE[measure].title);
}

export function mapSummary(model: MapModel): string {
  const { lang, measure, departments } = model;
  const total = departments.length;
  const covered = departments.filter((d) => d.count > 0);
  const places = new Set(model.places.map((p) => p.commune.id)).size;
  const placesText = places === 0 ? '' : `${uiText(lang, 'chart.listSeparator')}${uiText(lang, 'chart.map.placed', { n: places })}`;
  if (covered.length === 0) {
    const none = uiText(lang, MEASURE[measure].none, { total: String(total) });
    return `${none}${placesText}.`;
  }
  const max = Math.max(...covered.map((d) => d.count));
  const top = covered.filter((d) => d.count === max).map((d) => d.territory.name);
  const topText = top.length <= 3 ? formatList(top, lang) : uiText(lang, 'chart.departments', { n: top.length });
  const most = countText(max, measure, lang);
  const main = uiText(lang, MEASURE[measure].summary, { covered: formatNumber(covered.length, lang), total: String(total), most, top: topText });
  return `${main}${placesText}.`;
}

function countingNote(model: MapModel): string {
  const { lang, measure, uncounted } = model;
  const rule = uiText(lang, MEASURE[measure].rule);
  if (uncounted === 0) return rule;
  return `${rule} ${capitalise(uiText(lang, MEASURE[measure].uncounted, { n: uncounted }))}.`;
}

// ——— Drawing ———

function placeMarker(kind: PlaceKind, [x, y]: Point, extraClass = ''): Markup {
  const cls = `place place--${kind}${extraClass}`;
  return kind === 'health-centre'
    ? el('circle', { class: cls, cx: x, cy: y, r: 5.5 })
    : el('rect', { class: cls, x: x - 5, y: y - 5, width: 10, height: 10, transform: `rotate(45 ${round1(x)} ${round1(y)})` });
}

/**
 * Commune names first (around their markers, clear of region names), then department codes at
 * the roomiest spot of their department clear of markers and names. Done for each type size.
 */
function layoutLabels(model: Omit<MapModel, 'labels'>, size: LabelSize): { codes: Point[]; communes: PlacedLabel[] } {
  const fontSize = SIZES[size];
  const markers: Box[] = model.places.flatMap((p) => (p.at ? [{ x0: p.at[0] - 7, y0: p.at[1] - 7, x1: p.at[0] + 7, y1: p.at[1] + 7 }] : []));
  const regionNames = model.regions.map((r) => textBox(r.territory.name, r.labelAt[0], r.labelAt[1], REGION_SIZES[size], 'middle', true));
  const named = new Map<string, Point>();
  for (const p of model.places) if (p.at && !named.has(p.commune.name)) named.set(p.commune.name, p.at);
  const communes = placePointLabels([...named].map(([text, at]) => ({ text, at })), [...markers, ...regionNames], fontSize, { x0: 0, y0: 0, x1: model.width, y1: model.height });
  const obstacles = [...markers, ...regionNames, ...communes.map((l) => textBox(l.text, l.x, l.y, fontSize, l.anchor))];
  const codes: Point[] = [];
  for (const d of model.departments) {
    const at = departmentLabelPoint(d.geometry, d.centre, obstacles, fontSize);
    codes.push(at);
    obstacles.push(textBox(d.territory.code, at[0], at[1] + fontSize * 0.35, fontSize, 'middle', true));
  }
  return { codes, communes };
}

function departmentTooltip(d: DepartmentModel, model: MapModel): string {
  const head = `${d.territory.name} (${d.territory.code})${colon(model.lang)}${countText(d.count, model.measure, model.lang)}`;
  return d.items.length ? `${head} — ${d.items.join(' ; ')}` : head;
}

export function renderMapSvgBody(model: MapModel, territoryHref?: (territoryId: string) => string): Markup {
  const { lang } = model;
  // With page addresses, each department is a link to its page (its name and count as the link's name);
  // without, a focusable shape with the same title.
  const mark = (id: string, title: string, attrs: Record<string, string | number>, ...content: Markup[]) =>
    territoryHref
      ? el('a', { href: territoryHref(id), 'aria-label': title, ...attrs }, el('title', {}, title), ...content)
      : el('g', { tabindex: 0, ...attrs }, el('title', {}, title), ...content);
  const departments = model.departments.map((d) =>
    mark(d.territory.id, departmentTooltip(d, model), { class: 'dept-link' },
      el('path', { class: `dept seq-${d.shade}`, d: d.path, 'data-code': d.territory.code, 'data-count': d.count })),
  );
  const sizes = ['wide', 'narrow'] as const;
  const codes = sizes.map((size) => el('g', { class: `labels labels--${size}`, 'aria-hidden': 'true' },
    model.departments.map((d, i) => {
      const [x, y] = model.labels[size].codes[i];
      return el('text', { class: `dept-code ink-${d.shade}`, x, y, dy: '0.35em', 'text-anchor': 'middle' }, d.territory.code);
    })));
  const places = model.places.filter((p) => p.at).map((p) =>
    mark(p.commune.id, `${p.commune.name} (${p.department.name}) — ${uiText(lang, PLACE_KIND[p.kind])}${colon(lang)}${p.items.join(' ; ')}`,
      { class: 'place-mark', 'data-commune': p.commune.code, 'data-department': p.department.code, 'data-kind': p.kind },
      placeMarker(p.kind, p.at!, p.highlighted ? ' is-highlighted' : '')),
  );
  const labels = sizes.map((size) => el('g', { class: `labels labels--${size}`, 'aria-hidden': 'true' },
    model.labels[size].communes.map((l) => el('text', { class: 'place-label', x: l.x, y: l.y, 'text-anchor': l.anchor }, l.text))));
  const regionLabels = model.regions.map((r) =>
    el('text', { class: 'region-label', x: r.labelAt[0], y: r.labelAt[1], 'text-anchor': 'middle', 'aria-hidden': 'true' }, r.territory.name));
  return el('g', {},
    el('g', { class: 'depts' }, departments),
    el('path', { class: 'dept-borders', d: model.departmentBorders }),
    el('g', { class: 'regions' }, model.regions.map((r) => el('path', { class: 'region-outline', d: r.path, 'data-region': r.territory.code }))),
    el('g', { class: 'highlights' }, model.departments.filter((d) => d.highlighted).map((d) => el('path', { class: 'highlight-outline', d: d.path }))),
    codes,
    el('g', { class: 'region-labels' }, regionLabels),
    el('g', { class: 'places' }, places),
    labels,
  );
}

function legend(model: MapModel): Markup {
  const { lang, measure } = model;
  const square = (cls: string) => el('rect', { class: cls, x: 1, y: 1, width: 14, height: 14 });
  const rangeText = (b: CountBin) => (b.from === b.to ? formatNumber(b.from, lang) : `${formatNumber(b.from, lang)}–${formatNumber(b.to, lang)}`);
  const none = model.departments.some((d) => d.count === 0) ? [legendItem(square('dept seq-0'), uiText(lang, 'chart.map.none'))] : [];
  const scale = [...none, ...model.bins.map((b) => legendItem(square(`dept seq-${b.shade}`), rangeText(b)))];
  const kinds = [...new Set(model.places.map((p) => p.kind))].sort();
  const points = kinds.map((kind) => legendItem(placeMarker(kind, [8, 8]), uiText(lang, PLACE_KIND[kind])));
  const groups = [legendGroup(uiText(lang, MEASURE[measure].number), scale)];
  if (points.length) groups.push(legendGroup(uiText(lang, 'chart.map.communes'), points));
  return el('div', {}, groups);
}

function tableRows(model: MapModel) {
  const { lang } = model;
  return model.departments.map((d) => {
    const places = model.places.filter((p) => p.department.id === d.territory.id)
      .map((p) => `${p.commune.name} (${uiText(lang, PLACE_KIND[p.kind]).toLowerCase()}${p.at ? '' : uiText(lang, 'chart.map.notPlaced')})`);
    return [d.territory.name, d.territory.code, d.region.name, formatNumber(d.count, lang), d.items.join(' ; '), places.join(' ; ')];
  });
}

export function renderMap(data: ChartData, options: MapOptions): string {
  const model = buildMapModel(data, options);
  const { lang, measure } = model;
  return renderFigure({
    id: chartId('map', measure, options.highlight, lang),
    kind: 'map',
    lang,
    title: mapTitle(measure, lang),
    summary: mapSummary(model),
    width: model.width,
    height: model.height,
    body: renderMapSvgBody(model, options.territoryHref),
    interactive: options.territoryHref !== undefined,
    legend: legend(model),
    // Scope (issue 10): the map compares what five documents say, not the policies carried out.
    notes: [countingNote(model), uiText(lang, 'chart.map.scope'), mapAttribution(lang)],
    table: {
      columns: [
        { label: uiText(lang, 'chart.map.department') },
        { label: uiText(lang, 'chart.map.inseeCode') },
        { label: uiText(lang, 'chart.map.region') },
        { label: uiText(lang, MEASURE[measure].number), numeric: true },
        { label: uiText(lang, MEASURE[measure].column) },
        { label: uiText(lang, 'chart.map.communesOnMap') },
      ],
      rows: tableRows(model),
    },
  });
}
