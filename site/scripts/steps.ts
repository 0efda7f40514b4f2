/**
 * The commands of the site build once the snapshots are in public/data/, in order (binaries of node_modules/.bin,
 * run in site/): scripts/build.ts runs them into a temporary folder it then renames; the bench
 * (bench/measure/site.ts) runs the same ones one by one to time each and watch its memory.
 */
export interface BuildStep {
  name: 'astro' | 'pagefind';
  command: string;
  args: string[];
}

/**
 * What Pagefind leaves out besides the `data-pagefind-ignore` parts of the pages: a chart's drawing, legend, notes,
 * skip link and data table (site/src/charts). The table repeats the chart, row by row, in figures and codes; the
 * legend and notes are the same how-to-read text on every page that has the chart. Search should lead to the
 * pages the rows are about. The chart's caption (its title and a one-sentence summary) stays indexed.
 */
export const PAGEFIND_EXCLUDE = ['details.chart-data', '.chart-svg', '.chart-legend', '.chart-note', '.skip-chart'].join(', ');

export const buildSteps = (outDir: string): BuildStep[] => [
  { name: 'astro', command: 'astro', args: ['build', '--outDir', outDir] },
  { name: 'pagefind', command: 'pagefind', args: ['--site', outDir, '--exclude-selectors', PAGEFIND_EXCLUDE] },
];
