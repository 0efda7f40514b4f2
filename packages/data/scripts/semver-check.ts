import { join, relative } from 'node:path';
import { dataDir, root, schemasDir } from '@acces-soins/validate';
import { baselinePath, readPackageJson } from './build/paths.ts';
import { readBaseline, readPublished, snapshotOf } from './release/baseline.ts';
import { pendingChangesets } from './release/changesets.ts';
import { BUMPS, changesBetween, largest } from './release/compare.ts';
import { option } from './release/options.ts';

// `node packages/data/scripts/semver-check.ts [--data DIR] [--schemas DIR] [--changesets DIR] [--baseline FILE]`
// Compares data/ and schemas/ with the last release (release-baseline.json), works out the bump the changes need
// (see compare.ts), and fails when the pending changesets ask for less.
const { name } = readPackageJson();
const baselineFile = option('--baseline', baselinePath);
const changesetDir = option('--changesets', join(root, '.changeset'));
const baseline = readBaseline(baselineFile);
if (baseline === undefined) {
  console.log(`No release baseline (${relative(process.cwd(), baselineFile)}): nothing released yet, so no version constraint.`);
  process.exit(0);
}
const current = snapshotOf(readPublished({ dataDir: option('--data', dataDir), schemasDir: option('--schemas', schemasDir) }));
const changes = changesBetween(baseline, current);
const needed = largest(changes.map((change) => change.bump));
const pending = pendingChangesets(changesetDir, name);
const requested = largest(pending.map((changeset) => changeset.bump));

console.log(`Changes since ${name}@${baseline.version}:`);
for (const change of changes) console.log(`  ${change.bump.padEnd(5)}  ${change.message}`);
if (changes.length === 0) console.log('  none');
const files = pending.map((changeset) => `${changeset.file} (${changeset.bump})`).join(', ');
console.log(`Needed bump: ${needed}. Pending changesets ask for: ${requested}${files ? ` — ${files}` : ''}.`);
if (BUMPS.indexOf(requested) < BUMPS.indexOf(needed)) {
  console.error(
    `✗ These changes need a ${needed} release, the changesets ask for ${requested}. ` +
      `Add one with \`npx -y pnpm@12.21.0 exec changeset\` choosing "${needed}" for ${name} (policy: packages/data/README.md#versioning).`,
  );
  process.exit(1);
}
console.log('✓ The pending changesets cover the changes.');
