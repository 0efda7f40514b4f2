/**
 * The site's shareable charts, each as a standalone SVG file and its data as CSV, made at build from the very
 * figure the pages show (same renderer, same data): /graphiques/<chart id>.svg and .csv. ChartShare links to them,
 * with a permalink and how to cite the chart with the data version.
 */
import chartsCss from '../charts/charts.css?raw';
import { renderMap } from '../charts/map.ts';
import { renderCoverage } from '../charts/coverage.ts';
import { renderTimeline } from '../charts/timeline.ts';
import { renderNetwork } from '../charts/network.ts';
import { renderIndicators } from '../charts/indicators.ts';
import { initiatives, indicators, eventsInOrder } from './data.ts';
import { href } from './links.ts';
import { lazy, memo } from './memo.ts';
import { chartData } from '../charts/data.ts';
import { sectionPath } from '../i18n/routes.ts';
import { SITE_ORIGIN, sitePath } from '../config.ts';
import type { Lang } from '../i18n/lang.ts';

export interface ChartFile {
  id: string;
  lang: Lang;
  /** The page that shows it (its permalink is this page + #id). */
  page: string;
  html: string;
}

/** Every chart of one language, drawn once per build. */
export const chartFiles = memo((lang: Lang) => lang, (lang: Lang): ChartFile[] => {
  // Which initiatives have indicators, found once (asking each initiative scanned every indicator).
  const measured = new Set(indicators.map((x) => x.initiative));
  const figures: [string, string][] = [
    [sectionPath(lang, 'map'), renderMap(chartData, { lang, measure: 'initiatives' })],
    [sectionPath(lang, 'map'), renderMap(chartData, { lang, measure: 'events' })],
    [sectionPath(lang, 'map'), renderCoverage(chartData, { lang })],
    [sectionPath(lang, 'timeline'), renderTimeline(chartData, { lang })],
    [sectionPath(lang, 'organisations'), renderNetwork(chartData, { lang })],
    // Each initiative page's timeline and indicators, as drawn there.
    ...initiatives.flatMap((i): [string, string][] => [
      ...(eventsInOrder(i.id).length > 0 ? [[href.initiative(lang, i.id), renderTimeline(chartData, { lang, initiative: i.id })] as [string, string]] : []),
      ...(measured.has(i.id) ? [[href.initiative(lang, i.id), renderIndicators(chartData, { lang, initiative: i.id })] as [string, string]] : []),
    ]),
  ];
  return figures.map(([page, html]) => ({ id: /<figure [^>]*id="([^"]+)"/.exec(html)![1], lang, page, html }));
});

/** Charts by id (the first, French ones first), indexed once: every page with a chart asks. */
const chartsById = lazy(() => {
  const byId = new Map<string, ChartFile>();
  for (const chart of [...chartFiles('fr'), ...chartFiles('en')]) if (!byId.has(chart.id)) byId.set(chart.id, chart);
  return byId;
});
export const chartFile = (id: string): ChartFile | undefined => chartsById().get(id);

export const chartSvgPath = (id: string) => sitePath(`graphiques/${id}.svg`);
export const chartCsvPath = (id: string) => sitePath(`graphiques/${id}.csv`);

const unescape = (text: string) =>
  text.replace(/&(lt|gt|quot|amp|#39|nbsp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&', '#39': "'", nbsp: '\u00a0' })[name]!);

/** The chart's drawing as a file that stands alone: its styles inside, links absolute. */
export function standaloneSvg(chart: ChartFile): string {
  const svg = /<svg\b[\s\S]*?<\/svg>/.exec(chart.html)![0];
  const absolute = svg.replace(/href="\//g, `href="${SITE_ORIGIN}/`);
  const style = `<style>svg{font-family:system-ui,sans-serif;color:#1b1b1b;background:#fff}${chartsCss}</style>`;
  return `<?xml version="1.0" encoding="utf-8"?>\n${absolute.replace(/^<svg\b[^>]*>/, (open) => `${open.replace(' class="chart-svg"', ' class="chart chart--' + kindOf(chart) + ' chart-svg"')}${style}`)}\n`;
}

const kindOf = (chart: ChartFile) => /class="chart chart--(\w+)"/.exec(chart.html)![1];

/** The chart's data table as CSV (RFC 4180, UTF-8, header row first). */
export function chartCsv(chart: ChartFile): string {
  const table = /<table>[\s\S]*?<\/table>/.exec(chart.html)![0];
  const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((tr) =>
    [...tr[1].matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => unescape(cell[1].replace(/<[^>]+>/g, '')).trim()),
  );
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}
