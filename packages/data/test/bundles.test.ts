import { describe, expect, it } from 'vitest';
import { BUNDLERS, budgetOf, bundleSize, ENTRIES } from '../scripts/bundle-sizes.ts';
import { withPackedConsumer } from './helpers.ts';

// Byte budgets on the packed tarball, as a web app bundles it (minified, for the browser), with four bundlers:
// a helper weighs at most the JSON of the datasets it reads + 5 KB; a validator at most 30 KB.

const packed = withPackedConsumer();

describe.each(BUNDLERS)('bundled with %s', (bundler) => {
  for (const entry of ENTRIES) {
    const read = [...(entry.datasets ?? []), ...(entry.metadata ? ['metadata'] : [])];
    const what = entry.datasets === undefined ? '30 KB' : read.length === 0 ? '5 KB' : `${read.join(' + ')} + 5 KB`;
    it(`${entry.name} stays within ${what}`, async () => {
      expect(await bundleSize(packed.current, bundler, entry)).toBeLessThanOrEqual(budgetOf(packed.current, entry));
    });
  }
});
