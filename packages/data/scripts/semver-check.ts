import { join, relative } from 'node:path';
import { commandLine, root } from '@acces-soins/validate';
import { readPackageJson } from './build/paths.ts';
import { readBaseline, readPublished, snapshotOf, type Baseline, type Snapshot } from './release/baseline.ts';
import { pendingChangesets } from './release/changesets.ts';
import { RELEASE_OPTIONS } from './release/options.ts';
import { BUMPS, changesBetween, largest } from './release/compare.ts';

// `node packages/data/scripts/semver-check.ts [--release] [--data DIR] [--schemas DIR] [--changesets DIR] [--baseline FILE] [--version X]`
// Compares data/ and schemas/ with the last release (release-baseline.json), works out the bump the changes need
// (see release/compare.ts), and fails when the pending changesets (.changeset/*.md) ask for less.
// With --release, run before publishing: fails unless the release step recorded exactly this version and this data.
const { name } = readPackageJson();
const { values } = commandLine('semver-check', {
  options: { ...RELEASE_OPTIONS, release: { type: 'boolean', default: false }, changesets: { type: 'string', default: join(root, '.changeset') } },
});
const { version, baseline: baselineFile, changesets: changesetDir } = values;
const ADD_CHANGESET = `npx -y pnpm@12.21.0 --filter ${name} exec changeset`;

function checkRelease(baseline: Baseline | undefined, current: Snapshot): boolean {
  if (baseline?.version === version && baseline.digest === current.digest) {
    console.log(`✓ ${name}@${version}: the release baseline describes this data.`);
    return true;
  }
  console.error(`✗ No release baseline for ${name}@${version} and this data: run the release step first (packages/data/README.md#versioning).`);
  return false;
}

function checkChangesets(baseline: Baseline, current: Snapshot): boolean {
  const changes = changesBetween(baseline, current);
  const needed = largest(changes.map((change) => change.bump));
  const pending = pendingChangesets(changesetDir, name);
  const requested = largest(pending.map((changeset) => changeset.bump));
  console.log(`Changes since ${name}@${baseline.version}:`);
  for (const change of changes) console.log(`  ${change.bump.padEnd(5)}  ${change.message}`);
  if (changes.length === 0) console.log('  none');
  const files = pending.map((changeset) => `${changeset.file} (${changeset.bump})`).join(', ');
  console.log(`Needed bump: ${needed}. Pending changesets ask for: ${requested}${files ? ` (${files})` : ''}.`);
  if (BUMPS.indexOf(requested) < BUMPS.indexOf(needed)) {
    console.error(
      `✗ These changes need a ${needed} release, the changesets ask for ${requested}. Add a changeset choosing ` +
        `"${needed}" for ${name}: \`${ADD_CHANGESET}\` (policy: packages/data/README.md#versioning).`,
    );
    return false;
  }
  console.log('✓ The pending changesets cover the changes.');
  return true;
}

const baseline = readBaseline(baselineFile);
const current = snapshotOf(readPublished({ dataDir: values.data, schemasDir: values.schemas }));
let ok: boolean;
if (values.release) ok = checkRelease(baseline, current);
else if (baseline === undefined) {
  console.log(`No release baseline (${relative(process.cwd(), baselineFile)}): nothing released yet, no version constraint.`);
  ok = true;
} else ok = checkChangesets(baseline, current);
process.exit(ok ? 0 : 1);
