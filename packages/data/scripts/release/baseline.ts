import { existsSync, readFileSync } from 'node:fs';
import { DATASETS, dataDir, formatIssue, loadSchemas, readData, type JsonSchema } from '@acces-soins/validate';
import { canonicalJson, digestOf, publish, recordsOf, sha256, type Published } from '../build/published.ts';
import { fieldDigests, recordChangesBetween, type FieldDigests, type ReleaseChanges } from './history.ts';

/** The shape of one schema property: what a change to it means for users (see compare.ts). */
export interface PropertyShape {
  /** `string`, `number`, `object`, `array<…>`, `ref:<definition>`, `enum`… */
  type: string;
  required: boolean;
  enum?: unknown[];
}

/** What a release published, in the terms the version policy needs. */
export interface Snapshot {
  /** Digest of all published records and schemas. */
  digest: string;
  /** Per dataset: record id → digest of the record. */
  datasets: Record<string, Record<string, string>>;
  /** Per schema (`defs` and each dataset): its digest and the shape of every property, nested ones as `a.b` or `a[].b`. */
  schemas: Record<string, { digest: string; properties: Record<string, PropertyShape> }>;
  /** Per dataset, record and top-level property: a digest, so the next release can say which fields changed. */
  fields?: FieldDigests;
}

/** The committed `release-baseline.json`: the snapshot of the last release, written by the release step only. */
export interface Baseline extends Snapshot {
  /** The released package version. */
  version: string;
  /** The release in which this data was last changed. */
  dataVersion: string;
  /** The records each release added, changed or removed, oldest first (the snapshot's CHANGES.csv). */
  history?: ReleaseChanges[];
}

type Schema = Record<string, unknown>;

function typeOf(schema: Schema): string {
  if (typeof schema.$ref === 'string') return `ref:${schema.$ref.slice(schema.$ref.lastIndexOf('/') + 1)}`;
  if (Array.isArray(schema.enum)) return 'enum';
  if ('const' in schema) return `const:${JSON.stringify(schema.const)}`;
  if (schema.type === 'array') return `array<${schema.items ? typeOf(schema.items as Schema) : 'any'}>`;
  if (schema.type !== undefined) return [schema.type].flat().join('|');
  return schema.properties ? 'object' : 'any';
}

/** Every property of an object schema, and of the objects nested in it, with its shape. */
function propertyShapes(schema: Schema, prefix: string, into: Record<string, PropertyShape>): void {
  const required = new Set((schema.required as string[] | undefined) ?? []);
  for (const [name, property] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) {
    into[`${prefix}${name}`] = shapeOf(property, required.has(name));
    nestedShapes(property, `${prefix}${name}`, into);
  }
}

function nestedShapes(schema: Schema, path: string, into: Record<string, PropertyShape>): void {
  if (schema.properties) propertyShapes(schema, `${path}.`, into);
  if (schema.items) nestedShapes(schema.items as Schema, `${path}[]`, into);
}

const shapeOf = (schema: Schema, required: boolean): PropertyShape =>
  Array.isArray(schema.enum) ? { type: typeOf(schema), required, enum: schema.enum } : { type: typeOf(schema), required };

function schemaSnapshot(schema: JsonSchema, isDefinitions: boolean): Snapshot['schemas'][string] {
  const properties: Record<string, PropertyShape> = {};
  if (isDefinitions) {
    // A shared definition is itself a type (an id pattern, the role list…): it is tracked like a property.
    for (const [key, definition] of Object.entries(schema.$defs as Record<string, Schema>)) {
      properties[key] = shapeOf(definition, false);
      nestedShapes(definition, key, properties);
    }
  } else propertyShapes(schema, '', properties);
  return { digest: sha256(canonicalJson(schema)), properties };
}

const recordDigest = (record: unknown) => sha256(canonicalJson(record)).slice(0, 16);

export function snapshotOf(published: Published): Snapshot {
  const datasets: Snapshot['datasets'] = {};
  const schemas: Snapshot['schemas'] = { defs: schemaSnapshot(published.schemas.defs, true) };
  for (const name of DATASETS) {
    datasets[name] = Object.fromEntries(published.records[name].map((record) => [String(record.id), recordDigest(record)]));
    schemas[name] = schemaSnapshot(published.schemas.datasets[name], false);
  }
  return { digest: digestOf(published), datasets, schemas, fields: fieldDigests(published) };
}

/**
 * The published form of data/ and schemas/ as they are now. Only reads: checking the data is `pnpm validate`'s job,
 * and a version check must be able to describe a change even while the data is being fixed.
 */
export function readPublished(options: { dataDir?: string; schemasDir?: string }): Published {
  const { data, issues } = readData(options.dataDir ?? dataDir);
  if (issues.length > 0) throw new Error(`cannot read the data:\n${issues.map(formatIssue).join('\n')}`);
  return publish(recordsOf(data), loadSchemas(options.schemasDir));
}

export function readBaseline(path: string): Baseline | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Baseline) : undefined;
}

/** The baseline of a new release; the data version moves only when the data changed. */
export function baselineFor(snapshot: Snapshot, version: string, previous: Baseline | undefined): Baseline {
  const dataVersion = previous !== undefined && previous.digest === snapshot.digest ? previous.dataVersion : version;
  const changes = recordChangesBetween(previous, snapshot);
  const history = [...(previous?.history ?? []), { version, ...(previous !== undefined && { previous: previous.version }), changes }];
  return { version, dataVersion, ...snapshot, history };
}
