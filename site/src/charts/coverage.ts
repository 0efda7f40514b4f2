// Coverage matrix: which initiative covers which department, and how (named directly, through
// its region, through a commune). One row per initiative, one column per department.
import { compareDates } from '@acces-soins/data';
import { chartId, legendGroup, legendItem, renderFigure } from './figure.ts';
import { colon, compareText, pick, uiText, type Lang } from './i18n.ts';
import type { UiKey } from '../i18n/ui.ts';
import { el, type Markup } from './markup.ts';
import type { ChartData, Initiative, Territory } from './records.ts';
import { TerritoryIndex, type Coverage } from './territories.ts';
import { multilineText, wrapLines } from './text.ts';

export interface CoverageOptions {
  lang: Lang;
}

/**
 * How a department is covered: named by the source, only through « chaque département » (the record's
 * territory_basis says so), through a commune, or through its region.
 */
export type Cell = Coverage | 'each-department';

export interface CoverageRow {
  initiative: Initiative;
  /** How each department (by id) is covered; absent = not covered. */
  cells: Map<string, Cell>;
}

export interface CoverageModel {
  lang: Lang;
  departments: Territory[];
  regions: Territory[];
  rows: CoverageRow[];
  /** Initiatives with no territory (national), not drawn. */
  national: Initiative[];
}

/** Most direct first: a department named outright beats one reached through its region. */
const PRIORITY: Cell[] = ['department', 'commune', 'each-department', 'region'];
const COVERAGE_LABELS: Record<Cell, UiKey> = {
  department: 'chart.coverage.department',
  'each-department': 'chart.coverage.eachDepartment',
  commune: 'chart.coverage.commune',
  region: 'chart.coverage.region',
};

export function buildCoverageModel(data: ChartData, options: CoverageOptions): CoverageModel {
  const index = new TerritoryIndex(data.territories);
  const rows: CoverageRow[] = [];
  const national: Initiative[] = [];
  for (const initiative of data.initiatives) {
    const cells = new Map<string, Cell>();
    const basis = new Map((initiative.territory_basis ?? []).map((entry) => [entry.territory, entry.basis]));
    for (const territory of initiative.territories) {
      for (const { department, via: reached } of index.departmentCoverage(territory)) {
        // A department listed only because the source says « chaque département » is not one the source names.
        const via: Cell = reached === 'department' && basis.get(territory) === 'each-department' ? 'each-department' : reached;
        const current = cells.get(department.id);
        if (!current || PRIORITY.indexOf(via) < PRIORITY.indexOf(current)) cells.set(department.id, via);
      }
    }
    if (cells.size === 0) national.push(initiative);
    else rows.push({ initiative, cells });
  }
  const start = (i: Initiative) => i.period?.start;
  rows.sort((a, b) => {
    const sa = start(a.initiative);
    const sb = start(b.initiative);
    return (sa && sb ? compareDates(sa, sb) : sa ? -1 : sb ? 1 : 0) || compareText(pick(a.initiative.title, options.lang), pick(b.initiative.title, options.lang));
  });
  return { lang: options.lang, departments: index.departments, regions: index.regions, rows, national };
}

const LEFT = 8;
const CELL = 24;
const REGION_GAP = 14;
const LINE = 20;
/** Phones show this chart scaled down, with text at NARROW_FONT drawing units (charts.css): wrap for that size. */
const NARROW_FONT = 17;
const HEAD_LINE = 18;
/** Region names stay at this size on every screen (they span only a few columns). */
const HEAD_FONT = 14;
const TOP = 2 * HEAD_LINE + 34;

function columnX(model: CoverageModel): Map<string, number> {
  const xs = new Map<string, number>();
  let x = LEFT;
  let region: string | undefined;
  for (const d of model.departments) {
    if (region !== undefined && d.parent !== region) x += REGION_GAP;
    region = d.parent;
    xs.set(d.id, x);
    x += CELL;
  }
  return xs;
}

export function renderCoverageSvgBody(model: CoverageModel): { body: Markup; width: number; height: number } {
  const { lang } = model;
  const xs = columnX(model);
  const width = Math.max(...xs.values()) + CELL + LEFT;
  const regionHeads = model.regions.map((r) => {
    const cols = model.departments.filter((d) => d.parent === r.id).map((d) => xs.get(d.id)!);
    if (cols.length === 0) return null;
    const x0 = Math.min(...cols);
    const x1 = Math.max(...cols) + CELL;
    const lines = wrapLines(r.name, x1 - x0, HEAD_FONT, 2, true);
    return el('g', { class: 'region-head' },
      multilineText(lines, x0, HEAD_LINE * (2 - lines.length) + 15, HEAD_LINE),
      el('line', { x1: x0, x2: x1 - 2, y1: 2 * HEAD_LINE + 8, y2: 2 * HEAD_LINE + 8 }));
  });
  const codes = model.departments.map((d) => el('text', { class: 'dept-head', x: xs.get(d.id)! + CELL / 2 - 1, y: TOP - 8, 'text-anchor': 'middle' }, el('title', {}, d.name), d.code));
  let y = TOP;
  const rows = model.rows.map((row) => {
    const lines = wrapLines(pick(row.initiative.title, lang), width - 2 * LEFT, NARROW_FONT, 3, true);
    const title = multilineText(lines, LEFT, y + NARROW_FONT, LINE, { class: 'row-title' });
    const cellsY = y + lines.length * LINE + 4;
    const cells = model.departments.map((d) => {
      const via = row.cells.get(d.id);
      const x = xs.get(d.id)!;
      const text = `${pick(row.initiative.title, lang)} — ${d.name} (${d.code})${colon(lang)}${uiText(lang, via ? COVERAGE_LABELS[via] : 'chart.coverage.none')}`;
      return via
        ? el('g', { class: `cell cell--${via}`, tabindex: 0, 'data-department': d.code }, el('title', {}, text), cellMark(via, x, cellsY))
        : el('rect', { class: 'cell cell--none', x: x + 1, y: cellsY + 1, width: CELL - 4, height: CELL - 4, 'data-department': d.code });
    });
    y = cellsY + CELL + 10;
    return el('g', { class: 'row', 'data-initiative': row.initiative.id }, title, cells);
  });
  return { body: el('g', {}, regionHeads, codes, rows), width, height: y + 2 };
}

function cellMark(via: Cell, x: number, y: number): Markup {
  if (via === 'commune') return el('circle', { cx: x + CELL / 2 - 1, cy: y + CELL / 2 - 1, r: 6 });
  return el('rect', { x: x + 1, y: y + 1, width: CELL - 4, height: CELL - 4 });
}

export function coverageSummary(model: CoverageModel): string {
  const { lang, rows, departments } = model;
  if (rows.length === 0) return uiText(lang, 'chart.coverage.empty');
  const coveredBy = (d: Territory) => rows.filter((r) => r.cells.has(d.id)).length;
  const uncovered = departments.filter((d) => coveredBy(d) === 0);
  return uiText(lang, 'chart.coverage.summary', {
    initiatives: uiText(lang, 'chart.initiatives', { n: rows.length }),
    attached: uiText(lang, 'chart.coverage.attached', { n: rows.length }),
    departments: uiText(lang, 'chart.departments', { n: departments.length - uncovered.length }),
    total: String(departments.length),
    uncovered: uncovered.length === 0 ? '' : uiText(lang, 'chart.coverage.uncovered', { n: uncovered.length }),
  });
}

export function renderCoverage(data: ChartData, options: CoverageOptions): string {
  const model = buildCoverageModel(data, options);
  const { lang } = model;
  const { body, width, height } = renderCoverageSvgBody(model);
  const kinds = PRIORITY.filter((via) => model.rows.some((r) => [...r.cells.values()].includes(via)));
  const notes = model.national.length
    ? [uiText(lang, 'chart.coverage.national', { list: model.national.map((i) => pick(i.title, lang)).join(uiText(lang, 'chart.listSeparator')) })] : [];
  // Scope (issue 10): the matrix compares what five documents say, not the policies carried out.
  notes.push(uiText(lang, 'chart.coverage.scope'));
  return renderFigure({
    id: chartId('coverage', lang),
    kind: 'coverage',
    lang,
    title: uiText(lang, 'chart.coverage.title'),
    summary: coverageSummary(model),
    width,
    height,
    body,
    legend: legendGroup(uiText(lang, 'chart.coverage.covered'), kinds.map((via) => legendItem(el('g', { class: `cell cell--${via}` }, via === 'commune' ? el('circle', { cx: 8, cy: 8, r: 6 }) : el('rect', { x: 1, y: 1, width: 14, height: 14 })), uiText(lang, COVERAGE_LABELS[via])))),
    notes,
    table: {
      columns: [{ label: 'Initiative' }, ...model.departments.map((d) => ({ label: `${d.name} (${d.code})` }))],
      rows: model.rows.map((r) => [pick(r.initiative.title, lang), ...model.departments.map((d) => {
        const via = r.cells.get(d.id);
        return via ? uiText(lang, COVERAGE_LABELS[via]) : '—';
      })]),
    },
  });
}
