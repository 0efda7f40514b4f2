import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAjv, dataDir, loadSchemas, loadValidData, DATASETS } from '@acces-soins/validate';
import { dataVersion } from '../scripts/build/metadata.ts';
import { baselinePath, generatedDir, readPackageJson } from '../scripts/build/paths.ts';
import { digestOf, publish, recordsOf, type Published } from '../scripts/build/published.ts';
import { readBaseline } from '../scripts/release/baseline.ts';
import * as shipped from '../dist/index.js';
import { BUILD_LOCK, distDir, packageDir, removeTemporaryDirs, requireBuild, run, temporaryDir, tsc } from './helpers.ts';

let published: Published;
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;

afterAll(removeTemporaryDirs);

beforeAll(() => {
  requireBuild();
  published = publish(recordsOf(loadValidData()), loadSchemas());
});

describe('the published data', () => {
  it('is exactly the current data/, as JSON files and as modules', () => {
    for (const name of DATASETS) {
      expect(readJson(join(distDir, 'json', `${name}.json`)), name).toEqual(published.records[name]);
      expect(shipped[name], name).toEqual(published.records[name]);
    }
  });

  it('keeps the sources’ sha256 but not the paths of their third-party texts', () => {
    const raw = recordsOf(loadValidData()).sources;
    expect(raw.some((source) => 'file' in source)).toBe(true);
    for (const source of shipped.sources) {
      expect(source).not.toHaveProperty('file');
      if (source.kind !== 'reference-dataset') expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const schema = readJson(join(distDir, 'schemas', 'sources.schema.json')) as { properties: object };
    expect(schema.properties).not.toHaveProperty('file');
    expect(readdirSync(distDir, { recursive: true }).filter((file) => String(file).endsWith('.txt'))).toEqual([]);
  });

  it('ships every schema, the shared definitions included', () => {
    for (const name of [...DATASETS, 'defs']) {
      const schema = readJson(join(distDir, 'schemas', `${name}.schema.json`)) as { $id: string };
      expect(schema.$id).toMatch(new RegExp(`/${name}\\.schema\\.json$`));
    }
  });
});

describe('the generated types', () => {
  /** Type-checks a file with the repository's tsc, strict. */
  function typeCheck(file: string) {
    const dir = temporaryDir('types');
    const tsconfig = join(dir, 'tsconfig.json');
    writeFileSync(tsconfig, JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, module: 'nodenext', allowImportingTsExtensions: true, types: [] },
      files: [file],
    }));
    return run(tsc, ['-p', tsconfig]);
  }

  it('accept the real data (generated/type-check.ts assigns it to Datasets)', () => {
    const result = typeCheck(join(generatedDir, 'type-check.ts'));
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('reject records that break them: a wrong enum value, a missing required field, an unknown field', () => {
    const bad = structuredClone(published.records);
    Object.assign(bad.initiatives[0]!, { kind: 'not-a-kind' });
    delete bad.territories[0]!.name;
    Object.assign(bad.themes[0]!, { colour: 'blue' });
    const file = join(temporaryDir('bad-types'), 'bad-type-check.ts');
    const types = JSON.stringify(join(generatedDir, 'types.ts'));
    writeFileSync(file, `import type { Datasets } from ${types};\nexport const data: Datasets = ${JSON.stringify(bad)};\n`);
    const result = typeCheck(file);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('"not-a-kind"');
    expect(result.output).toContain("'name'");
    expect(result.output).toMatch(/'"?colour"?' does not exist in type 'Theme'/);
  });
});

describe('the precompiled validators', () => {
  it('accept every real record', () => {
    for (const name of DATASETS) {
      for (const record of shipped[name]) expect(shipped.validate(name, record), `${name} ${record.id}`).toEqual([]);
    }
  });

  it('reject bad records with readable errors, as the project’s own Ajv does', () => {
    const { title: _title, ...withoutTitle } = shipped.initiatives[0]!;
    const badInitiative = { ...withoutTitle, kind: 'nope', extra: true };
    expect(shipped.validateInitiative(badInitiative)).toBe(false);
    expect(shipped.validateInitiative.errors?.length).toBeGreaterThan(0);
    expect(shipped.validate('initiatives', badInitiative)).toEqual(
      expect.arrayContaining([
        { path: '/title', message: 'missing — this field is required' },
        { path: '/extra', message: 'unknown field (value true) — remove it or check its spelling' },
        { path: '/kind', message: expect.stringMatching(/^"nope" is not allowed — use one of "convention"/) },
      ]),
    );
    // A rule between fields the types cannot express: a month date must be YYYY-MM with a real month.
    const badEvent = { ...shipped.events[0]!, date: { value: '2023-13', precision: 'month' } };
    expect(shipped.validate('events', badEvent)).toEqual(expect.arrayContaining([{ path: '/date/value', message: expect.stringContaining('"2023-13" is not a date') }]));
    const ajv = createAjv(loadSchemas());
    expect(ajv.validate(loadSchemas().datasets.initiatives.$id, badInitiative)).toBe(false);
    expect(ajv.validate(loadSchemas().datasets.events.$id, badEvent)).toBe(false);
  });
});

describe('the package metadata', () => {
  const { metadata } = shipped;

  it('says which version, which data, which date and which licences', () => {
    const dataMetadata = readJson(join(dataDir, 'metadata.json')) as { datasets: Record<string, { verified: string }> };
    expect(metadata.version).toBe(readPackageJson().version);
    expect(metadata.dataDate).toBe(Object.values(dataMetadata.datasets).map((dataset) => dataset.verified).sort().at(-1));
    expect(metadata.dataVersion).toBe(dataVersion(published, metadata.version, readBaseline(baselinePath)));
    expect(metadata.licences).toEqual({ data: 'etalab-2.0', code: 'MIT' });
    for (const name of DATASETS) expect(metadata.datasets[name].records).toBe(published.records[name].length);
  });

  it('says how to cite the data, as text and BibTeX', () => {
    const year = metadata.dataDate.slice(0, 4);
    expect(metadata.citation.text.fr).toContain(`(${year})`);
    expect(metadata.citation.text.en).toContain(`Data version ${metadata.dataVersion}`);
    expect(metadata.citation.bibtex).toMatch(/^@misc\{[A-Za-z0-9.-]+,\n/);
    // The snapshot's citation writer (packages/export/src/citation.ts): one citation of the data everywhere.
    expect(metadata.citation.bibtex).toContain(`  version = {${metadata.dataVersion.replace(/[{}&%$#_]/g, '\\$&')}}`);
    expect(metadata.citation.bibtex).toContain(`  year = {${year}}`);
    expect(metadata.citation.bibtex).toContain('  author = {{acces-soins}}');
    expect(metadata.citation.bibtex.endsWith('\n}')).toBe(true);
  });

  it('has a data version that moves only with the data', () => {
    const digest = digestOf(published);
    const baseline = { version: '1.2.3', dataVersion: '1.2.0', digest, datasets: {}, schemas: {} };
    expect(dataVersion(published, '1.2.3', baseline)).toBe('1.2.0');
    expect(dataVersion(published, '1.2.3', { ...baseline, digest: 'other' })).toBe('1.2.3+unreleased');
    expect(dataVersion(published, '1.2.3', undefined)).toBe('1.2.3+unreleased');
  });
});

describe('the build', () => {
  // (Ajv's runtime helpers carry their own `require("ajv/…")` as a string, for code generation: not an import.)
  it('needs nothing at run time: dist/ imports only its own files', () => {
    const packageJson = readJson(join(packageDir, 'package.json')) as Record<string, unknown>;
    expect(packageJson.dependencies).toBeUndefined();
    expect(packageJson.peerDependencies).toBeUndefined();
    for (const file of readdirSync(distDir).filter((name) => /\.c?js$/.test(name))) {
      const code = readFileSync(join(distDir, file), 'utf8');
      const specifiers = [...code.matchAll(/(?<!['"])(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g)].map((match) => match[1]);
      expect(specifiers.filter((specifier) => !specifier!.startsWith('./')), file).toEqual([]);
    }
  });

  it('fails on invalid data with the validator’s message, and writes nothing', () => {
    const dir = temporaryDir('bad-data');
    cpSync(dataDir, join(dir, 'data'), { recursive: true });
    const file = join(dir, 'data', 'initiatives.jsonl');
    const [first, ...rest] = readFileSync(file, 'utf8').split('\n');
    const broken = { ...(JSON.parse(first!) as object), kind: 'not-a-kind' };
    writeFileSync(file, [JSON.stringify(broken), ...rest].join('\n'));
    const watched = [join(distDir, 'index.js'), join(generatedDir, 'types.ts')];
    // Under the build lock: no other build may touch dist/ while we compare before and after.
    const script = `
      const { statSync } = require('node:fs');
      const { spawnSync } = require('node:child_process');
      const times = () => ${JSON.stringify(watched)}.map((path) => statSync(path).mtimeMs);
      const before = times();
      const build = spawnSync(process.execPath, ['scripts/build.ts', '--data', ${JSON.stringify(join(dir, 'data'))}], { encoding: 'utf8' });
      console.log(JSON.stringify({ status: build.status, stderr: build.stderr, unchanged: JSON.stringify(before) === JSON.stringify(times()) }));`;
    const result = run('flock', [BUILD_LOCK, process.execPath, '-e', script]);
    const build = JSON.parse(result.stdout) as { status: number; stderr: string; unchanged: boolean };
    expect(build.status).toBe(1);
    expect(build.stderr).toMatch(/initiatives\.jsonl:1 \[[a-z0-9-]+\] \/kind: must be one of/);
    expect(build.stderr).toContain('Nothing was built.');
    expect(build.unchanged).toBe(true);
    expect(statSync(join(distDir, 'index.js')).isFile()).toBe(true);
  });
});

describe('the API reference (dist/api.json, generated by TypeDoc)', () => {
  it('lists every run-time export of the package with its declaration', () => {
    const api = readJson(join(distDir, 'api.json')) as { name: string; kind: string; signatures: string[]; summary: string }[];
    const names = new Set(api.map((entry) => entry.name));
    for (const name of Object.keys(shipped)) expect(names, name).toContain(name);
    const territoryByCode = api.find((entry) => entry.name === 'territoryByCode')!;
    expect(territoryByCode.kind).toBe('function');
    expect(territoryByCode.signatures).toContainEqual(expect.stringMatching(/^function territoryByCode\(code: string, level\?: .*\): Territory \| undefined$/));
    expect(territoryByCode.summary).toContain('INSEE code');
  });
});

describe('the split, deduplicated validators', () => {
  it('decide exactly as the project’s own Ajv on every record and on every one-field corruption of it', () => {
    // The published schemas (a source's unpublished `file` is not required there), compiled the ordinary way.
    const ajv = createAjv(published.schemas);
    const validators = shipped.validators as Record<string, (record: unknown) => boolean>;
    const corruptions = (record: Record<string, unknown>) =>
      Object.keys(record).flatMap((key) => {
        const { [key]: _removed, ...rest } = record;
        return [rest, { ...record, [key]: 12 }, { ...record, [key]: [] }, { ...record, [key]: { value: '2024-13', precision: 'month' } }, { ...record, extra: true }];
      });
    let compared = 0;
    for (const name of DATASETS) {
      const expected = ajv.getSchema(published.schemas.datasets[name].$id)!;
      for (const record of published.records[name]) {
        for (const candidate of [record, ...corruptions(record)]) {
          expect(validators[name]!(candidate), `${name} ${JSON.stringify(candidate).slice(0, 200)}`).toBe(expected(candidate));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
