import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dataDir, root, schemasDir } from '@acces-soins/validate';
import type { Baseline } from '../scripts/release/baseline.ts';
import { packageDir, removeTemporaryDirs, run, runScript, temporaryDir } from './helpers.ts';

// The version policy on a temporary copy of data/ and schemas/: a first release, then planted changes.

let dir: string;
const path = (name: string) => join(dir, name);
const files = () => ['--data', path('data'), '--schemas', path('schemas'), '--baseline', path('release-baseline.json')];
const check = (...extra: string[]) => runScript('semver-check.ts', [...files(), '--changesets', path('.changeset'), ...extra]);
const release = (version: string) => runScript('release.ts', [...files(), '--changelog', path('CHANGELOG.md'), '--version', version]);
const baseline = () => JSON.parse(readFileSync(path('release-baseline.json'), 'utf8')) as Baseline;
const changelog = () => readFileSync(path('CHANGELOG.md'), 'utf8');

/** A pending changeset, as `changeset add` writes it (the only one: earlier ones are removed). */
function changeset(bump: string, packageName = '@acces-soins/data') {
  for (const file of readdirSync(path('.changeset')).filter((name) => name.endsWith('.md'))) rmSync(path(`.changeset/${file}`));
  writeFileSync(path('.changeset/brave-planted-change.md'), `---\n"${packageName}": ${bump}\n---\n\nA planted change.\n`);
}

const lines = (dataset: string) => readFileSync(path(`data/${dataset}.jsonl`), 'utf8').split('\n').filter((line) => line.trim() !== '');
const writeLines = (dataset: string, records: string[]) => writeFileSync(path(`data/${dataset}.jsonl`), `${records.join('\n')}\n`);
type Json = Record<string, any>;
function editSchema(dataset: string, edit: (schema: Json) => void) {
  const file = path(`schemas/${dataset}.schema.json`);
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Json;
  edit(schema);
  writeFileSync(file, JSON.stringify(schema, null, 2));
}

function removeLastTheme(): string {
  const themes = lines('themes');
  writeLines('themes', themes.slice(0, -1));
  return (JSON.parse(themes.at(-1)!) as { id: string }).id;
}
function addTheme(): string {
  const theme = { ...(JSON.parse(lines('themes')[0]!) as object), id: 'planted-theme' };
  writeLines('themes', [...lines('themes'), JSON.stringify(theme)]);
  return theme.id;
}
function correctFirstTheme(): string {
  const [first, ...rest] = lines('themes');
  const theme = JSON.parse(first!) as { id: string; label: { fr: string } };
  theme.label.fr += ' (corrigé)';
  writeLines('themes', [JSON.stringify(theme), ...rest]);
  return theme.id;
}

afterAll(removeTemporaryDirs);

// The first release is made once; each test starts from a copy of it (spawning the release script costs seconds).
let released: string;
beforeAll(() => {
  dir = released = temporaryDir('semver-released');
  cpSync(dataDir, path('data'), { recursive: true });
  cpSync(schemasDir, path('schemas'), { recursive: true });
  cpSync(join(root, '.changeset', 'config.json'), path('.changeset/config.json'));
  expect(lines('themes').length).toBeGreaterThan(1);
  const first = release('1.0.0');
  expect(first.status, first.output).toBe(0);
});

beforeEach(() => {
  dir = temporaryDir('semver');
  cpSync(released, dir, { recursive: true });
});

describe('the release step', () => {
  it('records the released version, its data version and every record id', () => {
    expect(baseline()).toMatchObject({ version: '1.0.0', dataVersion: '1.0.0' });
    const themeIds = lines('themes').map((line) => (JSON.parse(line) as { id: string }).id);
    expect(Object.keys(baseline().datasets.themes!)).toEqual(themeIds);
    expect(Object.keys(baseline().schemas)).toEqual(expect.arrayContaining(['defs', 'initiatives', 'themes']));
    expect(changelog()).toMatch(/^# @acces-soins\/data\n\n## 1\.0\.0\n\n### Data changes\n\n/);
    expect(changelog()).toContain(`- **themes**: added ${themeIds.map((id) => `\`${id}\``).join(', ')}.`);
  });

  it('lists the ids added, changed and removed in the entry changesets wrote for the version', () => {
    const removed = removeLastTheme();
    const added = addTheme();
    const changed = correctFirstTheme();
    editSchema('events', (schema) => delete schema.properties.venue);
    writeFileSync(path('CHANGELOG.md'), `# @acces-soins/data\n\n## 2.0.0\n\n### Major Changes\n\n- 1a2b3c4: Planted changes.\n\n${changelog().split('\n').slice(2).join('\n')}`);
    expect(release('2.0.0').status).toBe(0);
    const entry = changelog().split('\n## ')[1]!;
    expect(entry).toContain('### Major Changes\n\n- 1a2b3c4: Planted changes.\n\n### Data changes\n\n');
    expect(entry).toContain(`- **themes**: added \`${added}\`; changed \`${changed}\`; removed \`${removed}\`.`);
    expect(entry).toContain('- events schema: property venue removed or renamed (major).');
    expect(changelog()).toContain('\n## 1.0.0\n');
    expect(baseline()).toMatchObject({ version: '2.0.0', dataVersion: '2.0.0' });
  });

  it('keeps the data version through a release without data changes, and does not run twice', () => {
    expect(release('1.0.1').status).toBe(0);
    expect(baseline()).toMatchObject({ version: '1.0.1', dataVersion: '1.0.0' });
    expect(changelog()).toContain('## 1.0.1\n\n### Data changes\n\n- None: the records and schemas are those of the previous release.');
    const again = release('1.0.1');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('nothing to do');
    correctFirstTheme();
    const changedSince = release('1.0.1');
    expect(changedSince.status).toBe(1);
    expect(changedSince.stderr).toContain('The data changed since @acces-soins/data@1.0.1 was released');
  });
});

describe('the semver check', () => {
  it('needs nothing when nothing changed', () => {
    const result = check();
    expect(result.stdout).toContain('Needed bump: none.');
    expect(result.status).toBe(0);
  });

  it('fails on a removed record id with a minor changeset, passes with a major one', () => {
    const removed = removeLastTheme();
    changeset('minor');
    const minor = check();
    expect(minor.status).toBe(1);
    expect(minor.stdout).toContain(`major  themes: record(s) removed or renamed: "${removed}"`);
    expect(minor.stderr).toContain('These changes need a major release, the changesets ask for minor.');
    changeset('major');
    expect(check().status).toBe(0);
  });

  it('fails on a removed property with a minor changeset, passes with a major one', () => {
    editSchema('events', (schema) => delete schema.properties.venue);
    changeset('minor');
    const minor = check();
    expect(minor.status).toBe(1);
    expect(minor.stdout).toContain('major  events schema: property venue removed or renamed');
    changeset('major');
    expect(check().status).toBe(0);
  });

  it('counts a type change, a property made required and a removed enum value as major', () => {
    editSchema('indicators', (schema) => (schema.properties.value.type = 'string'));
    editSchema('events', (schema) => schema.required.push('venue'));
    editSchema('initiatives', (schema) => (schema.properties.scale.enum = schema.properties.scale.enum.slice(1)));
    changeset('minor');
    const result = check();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('major  indicators schema: property value: type number → string');
    expect(result.stdout).toContain('major  events schema: property venue now required');
    expect(result.stdout).toContain('major  initiatives schema: property scale: value(s) removed: "national"');
  });

  it('counts added records, optional properties and enum values as minor', () => {
    const added = addTheme();
    editSchema('themes', (schema) => (schema.properties.note = { type: 'string' }));
    editSchema('initiatives', (schema) => schema.properties.scale.enum.push('supra-regional'));
    changeset('patch');
    const patch = check();
    expect(patch.status).toBe(1);
    expect(patch.stdout).toContain(`minor  themes: record(s) added: "${added}"`);
    expect(patch.stdout).toContain('minor  themes schema: property note added');
    expect(patch.stdout).toContain('minor  initiatives schema: property scale: value(s) added: "supra-regional"');
    changeset('minor');
    expect(check().status).toBe(0);
  });

  it('counts a corrected record as a patch, and ignores changesets of other packages', () => {
    const changed = correctFirstTheme();
    changeset('major', '@acces-soins/site');
    const none = check();
    expect(none.status).toBe(1);
    expect(none.stdout).toContain(`patch  themes: record(s) corrected: "${changed}"`);
    changeset('patch');
    expect(check().status).toBe(0);
  });

  it('with --release, passes only when the release step recorded this version and this data', () => {
    expect(check('--release', '--version', '1.0.0').status).toBe(0);
    expect(check('--release', '--version', '1.1.0').status).toBe(1);
    correctFirstTheme();
    expect(check('--release', '--version', '1.0.0').status).toBe(1);
  });
});

describe('the changesets configuration', () => {
  it('publishes @acces-soins/data publicly and ignores every private package of the workspace', () => {
    const config = JSON.parse(readFileSync(join(root, '.changeset', 'config.json'), 'utf8')) as { ignore: string[]; access: string };
    expect(config.access).toBe('public');
    const folders = [...readdirSync(join(root, 'packages')).map((name) => join('packages', name)), 'site', 'bench'];
    const manifests = folders
      .map((folder) => join(root, folder, 'package.json'))
      .filter((file) => existsSync(file))
      .map((file) => JSON.parse(readFileSync(file, 'utf8')) as { name: string; private?: boolean });
    expect(config.ignore).not.toContain('@acces-soins/data');
    for (const manifest of manifests.filter((candidate) => candidate.private)) expect(config.ignore).toContain(manifest.name);
  });
});

describe('the package links', () => {
  it('come from one setting, the repository address: repository, homepage and bugs', async () => {
    const { repositoryFields } = await import('../scripts/release/repository.ts');
    expect(repositoryFields('https://example.org/acces/acces-soins.git/')).toEqual({
      repository: { type: 'git', url: 'git+https://example.org/acces/acces-soins.git', directory: 'packages/data' },
      homepage: 'https://example.org/acces/acces-soins/tree/HEAD/packages/data#readme',
      bugs: { url: 'https://example.org/acces/acces-soins/issues' },
    });
    expect(() => repositoryFields('http://example.org/x')).toThrow('https://');
  });

  it('are required to publish', () => {
    // Without the setting (never with it here: the script would write package.json).
    const result = run(process.execPath, [join(packageDir, 'scripts', 'set-repository.ts')], { env: { ...process.env, ACCES_SOINS_REPOSITORY_URL: '' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('ACCES_SOINS_REPOSITORY_URL is not set');
  });
});
