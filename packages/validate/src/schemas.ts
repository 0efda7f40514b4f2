import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { DATASETS, type DatasetName } from './datasets.ts';
import { schemasDir as defaultSchemasDir } from './paths.ts';

// ajv-formats is CommonJS: under Node's ESM loader its plugin may arrive as `module.exports` or under `.default`.
type AddFormats = typeof addFormatsModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as AddFormats;

export type JsonSchema = Record<string, unknown> & { $id: string };

export interface Schemas {
  defs: JsonSchema;
  metadata: JsonSchema;
  datasets: Record<DatasetName, JsonSchema>;
}

/**
 * The project's own annotations: English title and description beside the French ones, and the French and English
 * words for each value of an enum. They document, never constrain; Ajv must know them to stay strict.
 */
export const ANNOTATION_KEYWORDS = ['x-title-en', 'x-description-en', 'x-enum-labels', 'x-enum-rules', 'x-coding-rule'] as const;

export function loadSchemas(schemasDir: string = defaultSchemasDir): Schemas {
  const read = (name: string) => JSON.parse(readFileSync(join(schemasDir, `${name}.schema.json`), 'utf8')) as JsonSchema;
  const datasets = {} as Record<DatasetName, JsonSchema>;
  for (const name of DATASETS) datasets[name] = read(name);
  return { defs: read('defs'), metadata: read('metadata'), datasets };
}

/** The one Ajv configuration used both to validate here and to precompile the published validators. */
export function createAjv(schemas: Schemas, options: { code?: { source?: boolean; esm?: boolean }; verbose?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, ...options });
  addFormats(ajv);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword });
  ajv.addSchema(schemas.defs);
  ajv.addSchema(schemas.metadata);
  for (const schema of Object.values(schemas.datasets)) ajv.addSchema(schema);
  return ajv;
}
