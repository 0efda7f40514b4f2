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
 * What Pagefind leaves out besides the `data-pagefind-ignore` parts of the pages: the table under each chart
 * (figures, codes, one row per department or organisation) repeats the chart for screen readers and people
 * without SVG; search should lead to the pages those rows are about, not to the table.
 */
export const PAGEFIND_EXCLUDE = 'details.chart-data';

export const buildSteps = (outDir: string): BuildStep[] => [
  { name: 'astro', command: 'astro', args: ['build', '--outDir', outDir] },
  { name: 'pagefind', command: 'pagefind', args: ['--site', outDir, '--exclude-selectors', PAGEFIND_EXCLUDE] },
];
