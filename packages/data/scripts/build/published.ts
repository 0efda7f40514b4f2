import { createHash } from 'node:crypto';
import { DATASETS, UNPUBLISHED, type DataRecord, type DatasetName, type JsonSchema, type RawData, type Schemas } from '@acces-soins/validate';

/** What the package publishes: the records of every dataset and the schemas that describe them. */
export interface Published {
  records: Record<DatasetName, DataRecord[]>;
  schemas: Schemas;
}

const without = (record: DataRecord, fields: readonly string[]): DataRecord =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !fields.includes(key)));

/** The schema of a published record: the unpublished properties removed, also from every `required` list. */
function schemaWithout(schema: unknown, fields: readonly string[]): unknown {
  if (Array.isArray(schema)) return schema.map((item) => schemaWithout(item, fields));
  if (schema === null || typeof schema !== 'object') return schema;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'required' && Array.isArray(value)) result[key] = value.filter((name) => !fields.includes(name));
    else if (key === 'properties') result[key] = without(value as DataRecord, fields);
    else result[key] = schemaWithout(value, fields);
  }
  return result;
}

export function publish(records: Record<DatasetName, DataRecord[]>, schemas: Schemas): Published {
  const published = { records: {}, schemas: { ...schemas, datasets: { ...schemas.datasets } } } as Published;
  for (const name of DATASETS) {
    const fields = UNPUBLISHED[name] ?? [];
    published.records[name] = records[name].map((record) => without(record, fields));
    published.schemas.datasets[name] = schemaWithout(schemas.datasets[name], fields) as JsonSchema;
  }
  return published;
}

/** The records of RawData, without where they were read from. */
export const recordsOf = (data: RawData): Record<DatasetName, DataRecord[]> =>
  Object.fromEntries(DATASETS.map((name) => [name, data.records[name].map(({ record }) => record)])) as Record<
    DatasetName,
    DataRecord[]
  >;

/** JSON with object keys sorted: equal values give equal text, whatever the key order in the files. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** One digest for everything a release publishes (records and schemas): equal digests, equal data. */
export const digestOf = (published: Published) => sha256(canonicalJson(published));
