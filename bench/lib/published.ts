import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATASETS, loadSchemas, type DatasetName, type JsonSchema, type Schemas } from '@acces-soins/validate';

/**
 * What @acces-soins/data publishes, read from a build of the package: the records as JSON (one file per dataset, the
 * bytes a user parses) and the published schemas (fields kept out of the package, such as a source's `file`, removed).
 */
export interface Published {
  /** Text of `dist/json/<dataset>.json`. */
  json: Record<DatasetName, string>;
  records: number;
  bytes: number;
  schemas: Schemas;
}

export function readPublished(packageDir: string): Published {
  const dist = join(packageDir, 'dist');
  const json = {} as Record<DatasetName, string>;
  const datasets = {} as Record<DatasetName, JsonSchema>;
  let records = 0;
  let bytes = 0;
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');
  for (const name of DATASETS) {
    json[name] = read(`json/${name}.json`);
    bytes += Buffer.byteLength(json[name]);
    records += (JSON.parse(json[name]) as unknown[]).length;
    datasets[name] = JSON.parse(read(`schemas/${name}.schema.json`)) as JsonSchema;
  }
  // The metadata schema is not published; Ajv's setup registers the repository's (no record is checked against it).
  const schemas: Schemas = { defs: JSON.parse(read('schemas/defs.schema.json')) as JsonSchema, metadata: loadSchemas().metadata, datasets };
  return { json, records, bytes, schemas };
}

/** JSON.parse of every dataset file: the baseline every validator is compared to. */
export function parsePublished(published: Published): Record<DatasetName, unknown[]> {
  return Object.fromEntries(DATASETS.map((name) => [name, JSON.parse(published.json[name]) as unknown[]])) as Record<DatasetName, unknown[]>;
}

/** Imports a subpath of a built package through its `exports` map (ESM `import` condition), as a user's bundler would. */
export async function importExport(packageDir: string, subpath: string): Promise<unknown> {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { exports?: Record<string, { import?: { default?: string } | string }> };
  const entry = manifest.exports?.[subpath];
  const target = typeof entry === 'string' ? entry : entry?.import && typeof entry.import === 'object' ? entry.import.default : entry?.import;
  if (typeof target !== 'string') throw new Error(`${packageDir}/package.json exports no ESM "${subpath}"`);
  return import(pathToFileURL(join(packageDir, target)).href);
}
