import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLERS, budgetOf, bundleSize, ENTRIES, installPacked, type Consumer } from '../scripts/bundle-sizes.ts';
import { BUILD_LOCK, packageDir, requireBuild } from './helpers.ts';

// Byte budgets on the packed tarball, as a web app bundles it (minified, for the browser), with four bundlers:
// a helper weighs at most the JSON of the datasets it reads + 5 KB; a validator at most 30 KB.

let consumer: Consumer;

beforeAll(() => {
  requireBuild();
  consumer = installPacked(packageDir, BUILD_LOCK);
}, 120_000);

afterAll(() => consumer?.remove());

describe.each(BUNDLERS)('bundled with %s', (bundler) => {
  for (const entry of ENTRIES) {
    const read = [...(entry.datasets ?? []), ...(entry.metadata ? ['metadata'] : [])];
    const what = entry.datasets === undefined ? '30 KB' : read.length === 0 ? '5 KB' : `${read.join(' + ')} + 5 KB`;
    it(`${entry.name} stays within ${what}`, async () => {
      expect(await bundleSize(consumer, bundler, entry)).toBeLessThanOrEqual(budgetOf(consumer, entry));
    });
  }
});
