/**
 * Files the site reads at build time besides the records: the JSON Schemas and changelog shipped in
 * @acces-soins/data, and the snapshot manifest copied to public/data by scripts/build.ts.
 * Astro builds from the site folder, so paths resolve from the working directory.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATASETS, type DatasetName } from '@acces-soins/data';

const require = createRequire(join(process.cwd(), 'package.json'));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export type JsonSchema = { [keyword: string]: unknown };

export interface PublishedSchemas {
  defs: JsonSchema;
  datasets: Record<DatasetName, JsonSchema>;
}
let schemas: PublishedSchemas | undefined;

/**
 * The published schema of each dataset, and the shared definitions they reference: read once per build (the
 * dictionary asks for them once per field it types), and frozen since every page shares them.
 */
export function publishedSchemas(): PublishedSchemas {
  const schema = (name: string) => readJson(require.resolve(`@acces-soins/data/schemas/${name}.schema.json`)) as JsonSchema;
  schemas ??= deepFreeze({ defs: schema('defs'), datasets: Object.fromEntries(DATASETS.map((name) => [name, schema(name)])) as Record<DatasetName, JsonSchema> });
  return schemas;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The package's CHANGELOG.md (written by changesets at release), if there is one yet. */
export function changelog(): string | undefined {
  const path = join(dirname(require.resolve('@acces-soins/data/package.json')), 'CHANGELOG.md');
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export interface SnapshotManifest {
  name: string;
  version: string;
  date: string;
  zip: string;
  files: { path: string; kind: string; mediatype: string; title: { fr: string; en: string }; bytes: number; sha256: string }[];
}

/** The manifest of the snapshots served at /data/ (the build fails earlier, in scripts/build.ts, when it is missing). */
export function snapshotManifest(): SnapshotManifest {
  return readJson(join(process.cwd(), 'public', 'data', 'manifest.json')) as SnapshotManifest;
}
