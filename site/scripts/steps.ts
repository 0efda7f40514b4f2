/**
 * The commands of the site build once the snapshots are in public/data/, in order (binaries of node_modules/.bin,
 * run in site/): scripts/build.ts runs them into a temporary folder it then renames; the bench
 * (bench/measure/site.ts) runs the same ones one by one to time each and watch its memory.
 */
export const buildSteps = (outDir: string): { name: 'astro' | 'pagefind'; command: string; args: string[] }[] => [
  { name: 'astro', command: 'astro', args: ['build', '--outDir', outDir] },
  { name: 'pagefind', command: 'pagefind', args: ['--site', outDir] },
];
