import { chartCsv, chartFiles, standaloneSvg, type ChartFile } from '../../lib/chart-files.ts';

/** /graphiques/<chart id>.svg and .csv: each shareable chart's drawing and data, for both languages. */
export function getStaticPaths() {
  return [...chartFiles('fr'), ...chartFiles('en')].flatMap((chart) => [
    { params: { file: `${chart.id}.svg` }, props: { chart, kind: 'svg' } },
    { params: { file: `${chart.id}.csv` }, props: { chart, kind: 'csv' } },
  ]);
}

export function GET({ props }: { props: { chart: ChartFile; kind: 'svg' | 'csv' } }) {
  return props.kind === 'svg'
    ? new Response(standaloneSvg(props.chart), { headers: { 'Content-Type': 'image/svg+xml' } })
    : new Response(chartCsv(props.chart), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
