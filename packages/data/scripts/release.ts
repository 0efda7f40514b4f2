import { existsSync, readFileSync } from 'node:fs';
import { commandLine } from '@acces-soins/validate';
import { writeFileAtomically } from './build/directory.ts';
import { changelogPath, readPackageJson } from './build/paths.ts';
import { baselineFor, readBaseline, readPublished, snapshotOf } from './release/baseline.ts';
import { addToChangelog, dataChangesSection } from './release/changelog.ts';
import { RELEASE_OPTIONS } from './release/options.ts';

// The release step, run by `pnpm run release` right after `changeset version` has bumped the version:
// adds the data changes (record ids added, changed, removed; schema changes) to the version's CHANGELOG entry and
// writes release-baseline.json, the snapshot the next semver check compares with.
// Options for tests: --data DIR --schemas DIR --baseline FILE --changelog FILE --version X.
const { name } = readPackageJson();
const { values } = commandLine('release', { options: { ...RELEASE_OPTIONS, changelog: { type: 'string', default: changelogPath } } });
const { version, baseline: baselineFile, changelog: changelogFile } = values;

const previous = readBaseline(baselineFile);
const current = snapshotOf(readPublished({ dataDir: values.data, schemasDir: values.schemas }));
if (previous?.version === version) {
  if (previous.digest === current.digest) {
    console.log(`${name}@${version} is already the release baseline: nothing to do.`);
    process.exit(0);
  }
  console.error(`✗ The data changed since ${name}@${version} was released: add a changeset and run \`changeset version\` first.`);
  process.exit(1);
}
const changelog = existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8') : undefined;
writeFileAtomically(changelogFile, addToChangelog(changelog, name, version, dataChangesSection(previous, current)));
writeFileAtomically(baselineFile, `${JSON.stringify(baselineFor(current, version, previous), null, 2)}\n`);
console.log(`Release ${name}@${version}: CHANGELOG.md has its data changes, release-baseline.json is updated.`);
