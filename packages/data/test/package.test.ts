import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from '@acces-soins/validate';
import { BUILD_LOCK, distDir, packageDir, removeTemporaryDirs, requireBuild, run, temporaryDir, tsc } from './helpers.ts';

// The package as users get it: packed with pnpm, installed with npm in a fresh project, used from ESM, CommonJS,
// TypeScript and a bundler.

let tarball: string;
let project: string;
const bin = (name: string) => join(packageDir, 'node_modules', '.bin', name);
const jsonText = (name: string) => readFileSync(join(distDir, 'json', `${name}.json`), 'utf8');
const idsOf = (name: string) => (JSON.parse(jsonText(name)) as { id: string }[]).map((record) => record.id);

afterAll(removeTemporaryDirs);

beforeAll(() => {
  requireBuild();
  const dir = temporaryDir('package');
  // Under the build lock: dist/ must not be rebuilt while it is packed.
  const pack = run('flock', [BUILD_LOCK, 'npx', '-y', 'pnpm@12.21.0', 'pack', '--pack-destination', dir]);
  if (pack.status !== 0) throw new Error(`pnpm pack failed:\n${pack.output}`);
  tarball = join(dir, readdirSync(dir).find((file) => file.endsWith('.tgz'))!);
  project = join(dir, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  const install = run('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], { cwd: project });
  if (install.status !== 0) throw new Error(`npm install failed:\n${install.output}`);
});

describe('the tarball', () => {
  it('holds only dist/, README.md, LICENSE, package.json (and CHANGELOG.md once a release wrote one)', () => {
    const files = run('tar', ['-tzf', tarball]).stdout.trim().split('\n');
    expect(files.filter((file) => !/^package\/(dist\/.+|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/.test(file))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['package/README.md', 'package/LICENSE', 'package/dist/index.js', 'package/dist/json/initiatives.json']));
  });

  it('exports the root, the validators, a subpath per dataset, the JSON and the schemas', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/@acces-soins/data/package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
      typesVersions: { '*': Record<string, string[]> };
      sideEffects: boolean;
    };
    const modules = ['validators', 'validators/*', ...DATASETS];
    expect(Object.keys(manifest.exports).sort()).toEqual(
      ['.', ...modules.map((name) => `./${name}`), './json/*.json', './schemas/*.schema.json', './api.json', './package.json'].sort(),
    );
    expect(Object.keys(manifest.typesVersions['*']).sort()).toEqual([...modules].sort());
    expect(manifest.sideEffects).toBe(false);
  });

  it('passes publint (strict)', () => {
    const result = run(bin('publint'), ['run', tarball, '--strict']);
    expect(result.output).toContain('All good!');
    expect(result.status).toBe(0);
  });

  it('passes Are the Types Wrong (node10, node16 CJS and ESM, bundler)', () => {
    // api.json is data for documentation tools (like json/*.json, which attw skips as a wildcard): node10 resolution,
    // which predates `exports`, does not apply to it.
    const result = run(bin('attw'), [tarball, '--exclude-entrypoints', './api.json']);
    expect(result.output).toContain('No problems found');
    expect(result.status).toBe(0);
  });
});

/** Other Node versions on PATH (the system's Node 20, say) besides the one running the tests. */
function otherNodes(): string[] {
  const versions = new Map<string, string>();
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const node = join(dir, 'node');
    if (!existsSync(node) || !statSync(node).isFile()) continue;
    const version = run(node, ['--version']).stdout.trim();
    if (version !== process.version && !versions.has(version)) versions.set(version, node);
  }
  return [...versions.values()];
}

describe('at run time', () => {
  const nodes = () => [process.execPath, ...otherNodes()];
  const counts = () => Object.fromEntries(DATASETS.map((name) => [name, idsOf(name).length]));
  const runIn = (node: string, file: string) => {
    const result = run(node, [file], { cwd: project });
    expect(result.stderr, `${node} ${file}`).toBe('');
    return JSON.parse(result.stdout) as Record<string, unknown>;
  };

  it('works from ESM: root, subpaths, JSON and schemas', () => {
    writeFileSync(join(project, 'esm.mjs'), `
      import * as data from '@acces-soins/data';
      import { DATASETS, initiatives, metadata, resolveInitiative, validateInitiative } from '@acces-soins/data';
      import { validateEvent } from '@acces-soins/data/validators/events';
      import { initiatives as fromSubpath } from '@acces-soins/data/initiatives';
      import { validate } from '@acces-soins/data/validators';
      import json from '@acces-soins/data/json/initiatives.json' with { type: 'json' };
      import schema from '@acces-soins/data/schemas/initiatives.schema.json' with { type: 'json' };
      console.log(JSON.stringify({
        counts: Object.fromEntries(DATASETS.map((name) => [name, data[name].length])),
        sameRecords: initiatives === fromSubpath,
        // One copy of the data: the JSON module is the very array the package exports, frozen.
        json: json === initiatives && Object.isFrozen(json[0].title),
        oneValidator: validateEvent === data.validateEvent,
        sharedWithCommonJs: (await import('node:module')).createRequire(import.meta.url)('@acces-soins/data').initiatives === initiatives,
        schema: schema.$id,
        valid: initiatives.every((record) => validateInitiative(record)),
        invalid: validate('initiatives', {}).length > 0,
        resolved: initiatives.every((record) => resolveInitiative(record.id).themes.length === record.themes.length),
        version: metadata.version,
      }));`);
    for (const node of nodes()) {
      expect(runIn(node, 'esm.mjs')).toEqual({
        counts: counts(), sameRecords: true, json: true, oneValidator: true, sharedWithCommonJs: true, schema: 'https://acces-soins.example/schemas/initiatives.schema.json',
        valid: true, invalid: true, resolved: true, version: JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version,
      });
    }
  });

  it('works from CommonJS: root, subpaths, JSON and schemas', () => {
    writeFileSync(join(project, 'cjs.cjs'), `
      const data = require('@acces-soins/data');
      const { DATASETS, events, validateEvent, eventsInOrder } = data;
      const { events: fromSubpath } = require('@acces-soins/data/events');
      const { validate } = require('@acces-soins/data/validators');
      const json = require('@acces-soins/data/json/events.json');
      const defs = require('@acces-soins/data/schemas/defs.schema.json');
      console.log(JSON.stringify({
        counts: Object.fromEntries(DATASETS.map((name) => [name, data[name].length])),
        sameRecords: events === fromSubpath,
        json: json === events,
        schema: defs.$id,
        valid: events.every((record) => validateEvent(record)),
        invalid: validate('events', { id: 'x' }).length > 0,
        ordered: eventsInOrder().length === events.length,
      }));`);
    for (const node of nodes()) {
      expect(runIn(node, 'cjs.cjs')).toEqual({
        counts: counts(), sameRecords: true, json: true, schema: 'https://acces-soins.example/schemas/defs.schema.json',
        valid: true, invalid: true, ordered: true,
      });
    }
  });
});

describe('from TypeScript (strict)', () => {
  // Uses the types as a user would; the @ts-expect-error lines fail the check if the types were loose (any).
  const usage = `
    import {
      byTerritory, eventsInOrder, getById, initiatives, metadata, resolveInitiative, validate, validateInitiative,
      type Citation, type DateWithPrecision, type Event, type Initiative, type Metadata, type RecordOf,
      type ResolvedInitiative, type Territory, type Text, type Theme, type ValidationError, type Participant, territoryByCode,
    } from '@acces-soins/data';
    import { events } from '@acces-soins/data/events';
    import { validateEvent } from '@acces-soins/data/validators';

    const first: Initiative | undefined = initiatives[0];
    const title: Text | undefined = first?.title;
    const citation: Citation | undefined = first?.citations[0];
    const resolved: ResolvedInitiative | undefined = first && resolveInitiative(first.id);
    const places: readonly Territory[] = resolved?.territories ?? [];
    const date: DateWithPrecision | undefined = events[0]?.date;
    const ordered: Event[] = eventsInOrder();
    const theme: RecordOf<'themes'> | undefined = getById('themes', 'access-to-care');
    const sameTheme: Theme | undefined = theme;
    const inAude: Initiative[] = byTerritory('departement-11');
    const input: unknown = JSON.parse('{}');
    const checked: Event | undefined = validateEvent(input) ? input : undefined;
    const valid: boolean = validateInitiative(input) && input.title.fr.length > 0;
    const errors: ValidationError[] = validate('initiatives', input);
    const meta: Metadata = metadata;
    const bibtex: string = metadata.citation.bibtex;
    // @ts-expect-error: a kind outside the schema's list
    const wrongKind: Initiative['kind'] = 'not-a-kind';
    // @ts-expect-error: the datasets are read-only
    initiatives.push(first!);
    // @ts-expect-error: there is no such dataset
    getById('no-such-dataset', 'x');
    // @ts-expect-error: an id that is not in the data
    getById('themes', 'no-such-theme');
    // @ts-expect-error: an id of another dataset
    byTerritory('access-to-care');
    // @ts-expect-error: the records are deeply read-only
    initiatives[0]!.title.fr = 'changed';
    // @ts-expect-error: so are their arrays
    first?.citations.push(first.citations[0]);
    // A known id always gives a record: no undefined to handle.
    const known: Theme = getById('themes', 'access-to-care');
    const resolvedKnown: string = resolveInitiative(initiatives[0]!).title.fr;
    // A participant is an organisation or a person, never both.
    const participant = first?.participants[0];
    const who: string | undefined = participant && ('organisation' in participant && participant.organisation !== undefined ? participant.organisation : participant.person);
    // @ts-expect-error: a participant with both
    const both: Participant = { organisation: 'ars-occitanie', person: 'x', role: 'partner', citation: { source: 'x', quote: 'xyz' } };
    // The citations of a record are never empty.
    const firstCitation: Citation = initiatives[0]!.citations[0];
    // A published INSEE code always gives its territory; any other string may give nothing.
    const code: Territory = territoryByCode('30');
    const maybe: Territory | undefined = territoryByCode(String(Date.now()));
    // @ts-expect-error: the version is a string
    const version: number = metadata.version;
    export { title, citation, places, date, ordered, sameTheme, inAude, checked, valid, errors, meta, bibtex, wrongKind, version, known, resolvedKnown, who, both, firstCitation, code, maybe };
  `;
  const check = (name: string, compilerOptions: Record<string, unknown>, files: Record<string, string>) => {
    const dir = join(project, name);
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noUncheckedIndexedAccess: true, noEmit: true, skipLibCheck: false, types: [], ...compilerOptions },
      files: Object.keys(files),
    }));
    return run(tsc, ['-p', join(dir, 'tsconfig.json')], { cwd: dir });
  };

  it('type-checks with moduleResolution node16, from ESM (.mts) and CommonJS (.cts)', () => {
    const result = check('ts-node16', { module: 'node16', moduleResolution: 'node16' }, { 'esm.mts': usage, 'cjs.cts': usage });
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('type-checks with moduleResolution bundler', () => {
    const result = check('ts-bundler', { module: 'esnext', moduleResolution: 'bundler' }, { 'index.ts': usage });
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails on a misuse (the check above can fail)', () => {
    const result = check('ts-misuse', { module: 'esnext', moduleResolution: 'bundler' }, {
      'index.ts': `import { initiatives } from '@acces-soins/data';\nexport const n: number = initiatives[0]!.title;\n`,
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("Type 'Text' is not assignable to type 'number'");
  });
});

describe('in a bundle', () => {
  /** Bundles `code` with esbuild from the project, as a web app would (minified, UTF-8). */
  async function bundle(code: string) {
    const result = await build({
      stdin: { contents: code, resolveDir: project, loader: 'js' },
      bundle: true, format: 'esm', platform: 'browser', minify: true, charset: 'utf8', write: false, logLevel: 'silent',
    });
    return { text: result.outputFiles[0]!.text, bytes: result.outputFiles[0]!.contents.byteLength, warnings: result.warnings };
  }

  for (const dataset of DATASETS) {
    for (const from of ['@acces-soins/data', `@acces-soins/data/${dataset}`]) {
      it(`keeps only ${dataset} when importing it from ${from}, within 1.1× its JSON size`, async () => {
        const { text, bytes, warnings } = await bundle(`import { ${dataset} } from '${from}';\nconsole.log(${dataset});\n`);
        expect(warnings).toEqual([]);
        for (const id of idsOf(dataset)) expect(text).toContain(id);
        const own = jsonText(dataset);
        for (const other of DATASETS.filter((name) => name !== dataset)) {
          // An id of another dataset may appear only where this dataset's own records mention it.
          for (const id of idsOf(other).filter((id) => !own.includes(id))) expect(text, `${other} ${id}`).not.toContain(id);
        }
        expect(text).not.toContain('must have required property');
        // Budget: 1.1× the dataset's JSON, plus 64 bytes for the importing line itself (matters for an empty dataset).
        expect(bytes).toBeLessThanOrEqual(Math.ceil(1.1 * Buffer.byteLength(own)) + 64);
      });
    }
  }
});
