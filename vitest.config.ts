import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'site/test/**/*.test.ts', 'bench/test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Browser and packing tests are heavy: two cores, so no parallel files.
    fileParallelism: false,
  },
});
