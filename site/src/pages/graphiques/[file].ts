import { chartCsv, chartFiles, standaloneSvg, type ChartFile } from '../../lib/chart-files.ts';

/** /graphiques/<chart id>.svg and .csv: each shareable chart's drawing and data, for both languages. */
export function getStaticPaths() {
  return [...chartFiles('fr'), ...chartFiles('en')].flatMap((chart) => [
    { params: { file: `${chart.id}.svg` }, props: { chart, kind: 'svg' } },
    { params: { file: `${chart.id}.csv` }, props: { chart, kind: 'csv' } },
  ]);
}

// A static build writes the body to a file named by the route; the host gives its type from the extension, so no
// header is set (building one per file was a measurable part of these thousands of files at scale).
export function GET({ props }: { props: { chart: ChartFile; kind: 'svg' | 'csv' } }) {
  return new Response(props.kind === 'svg' ? standaloneSvg(props.chart) : chartCsv(props.chart));
}
