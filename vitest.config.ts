import { defineConfig } from 'vitest/config';

/**
 * Two layers (see README, "Tests"):
 * - fast: needs no build and no browser (schemas, fixtures, validators, the fuzz test, CSV, snapshots written in
 *   process, bench data): `pnpm test:fast`, seconds to a minute.
 * - built: reads what `pnpm build` made (the package's dist/ and tarball, the release scripts, site/dist) and drives
 *   Chromium. `pnpm test` builds, then runs both layers.
 * No wall-clock limits: the timeouts below only stop a hung test, and every page or file is its own test, so a
 * slow, busy machine makes the suite slower, never red.
 */
const FAST = [
  'packages/validate/test/**/*.test.ts',
  'packages/export/test/**/*.test.ts',
  'bench/test/**/*.test.ts',
  'site/test/units.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 600_000,
    hookTimeout: 600_000,
    projects: [
      { extends: true, test: { name: 'fast', include: FAST } },
      {
        extends: true,
        test: {
          name: 'built',
          include: ['packages/*/test/**/*.test.ts', 'site/test/**/*.test.ts', 'bench/test/**/*.test.ts'],
          exclude: [...FAST, '**/node_modules/**'],
          // Packing, browser and build tests are heavy and some share dist/: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
