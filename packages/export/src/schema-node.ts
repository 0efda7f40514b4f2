import type { JsonSchema, Schemas } from '@acces-soins/validate';

export type Schema = Record<string, unknown>;

/** French text first, English beside it: every label of the snapshot exists in both languages. */
export interface Bilingual {
  fr: string;
  en: string;
}

/** A schema node with its `$ref` followed, and the annotations that apply to it. */
export interface SchemaNode {
  /** The schema that describes the value (the target of the last `$ref`). */
  schema: Schema;
  /** The document `schema` belongs to, to resolve the `$ref`s inside it. */
  document: JsonSchema;
  title: Bilingual;
  description: Bilingual;
}

/** The node itself when it has both languages of an annotation, else the node it refers to: the referring property's words win. */
function annotation(chain: Schema[], key: 'title' | 'description'): Bilingual {
  const holder = chain.find((schema) => typeof schema[key] === 'string');
  const fr = holder?.[key];
  const en = holder?.[`x-${key}-en`];
  return { fr: typeof fr === 'string' ? fr : '', en: typeof en === 'string' ? en : typeof fr === 'string' ? fr : '' };
}

function documentOf(schemas: Schemas, url: string): JsonSchema {
  const all = [schemas.defs, schemas.metadata, ...Object.values(schemas.datasets)];
  const found = all.find((schema) => schema.$id === url);
  if (found === undefined) throw new Error(`schema ${url} not found`);
  return found;
}

function pointerTarget(document: JsonSchema, fragment: string): Schema {
  let target: unknown = document;
  for (const raw of fragment.split('/').slice(1)) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    target = (target as Schema | undefined)?.[key];
  }
  if (typeof target !== 'object' || target === null) throw new Error(`no schema at ${document.$id}#${fragment}`);
  return target as Schema;
}

/** Follows `$ref`s (relative to the document they appear in) until the schema that describes the value. */
export function resolve(schemas: Schemas, schema: Schema, document: JsonSchema): SchemaNode {
  const chain: Schema[] = [schema];
  let current = schema;
  let currentDocument = document;
  while (typeof current.$ref === 'string') {
    const url = new URL(current.$ref, currentDocument.$id);
    const fragment = url.hash.slice(1);
    url.hash = '';
    currentDocument = documentOf(schemas, url.href);
    current = pointerTarget(currentDocument, fragment);
    chain.push(current);
  }
  return { schema: current, document: currentDocument, title: annotation(chain, 'title'), description: annotation(chain, 'description') };
}

/** The schema's own properties, in schema order, each resolved. */
export function propertiesOf(schemas: Schemas, node: SchemaNode): [string, SchemaNode][] {
  const properties = (node.schema.properties ?? {}) as Record<string, Schema>;
  return Object.entries(properties).map(([name, schema]) => [name, resolve(schemas, schema, node.document)]);
}

export const requiredOf = (node: SchemaNode): string[] => (Array.isArray(node.schema.required) ? (node.schema.required as string[]) : []);

/** One of the shared definitions of defs.schema.json, by name. */
export const sharedDefinition = (schemas: Schemas, name: string): Schema => {
  const definition = (schemas.defs.$defs as Record<string, Schema> | undefined)?.[name];
  if (definition === undefined) throw new Error(`defs.schema.json has no $defs/${name}`);
  return definition;
};

export const isObjectSchema = (node: SchemaNode) => node.schema.type === 'object' || node.schema.properties !== undefined;
export const isArraySchema = (node: SchemaNode) => node.schema.type === 'array';
