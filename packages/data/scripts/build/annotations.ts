import { ANNOTATION_KEYWORDS, type JsonSchema, type Schemas } from '@acces-soins/validate';

/** Keywords that document a schema and never change what it accepts. */
const ANNOTATIONS = new Set<string>(['title', 'description', '$comment', ...ANNOTATION_KEYWORDS]);

// Where JSON Schema 2020-12 nests subschemas: so that a property *named* "title" is not taken for the keyword.
const SUBSCHEMA = new Set(['items', 'not', 'if', 'then', 'else', 'additionalProperties', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties']);
const SUBSCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
const SUBSCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

type Schema = Record<string, unknown>;

function strip(schema: Schema): Schema {
  if (typeof schema !== 'object' || schema === null) return schema;
  const result: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (SUBSCHEMA.has(key)) result[key] = strip(value as Schema);
    else if (SUBSCHEMA_LISTS.has(key)) result[key] = (value as Schema[]).map(strip);
    else if (SUBSCHEMA_MAPS.has(key)) {
      result[key] = Object.fromEntries(Object.entries(value as Record<string, Schema>).map(([name, sub]) => [name, strip(sub)]));
    } else result[key] = value;
  }
  return result;
}

/**
 * The schemas without their bilingual annotations: what validation needs. Ajv's standalone code embeds the schema
 * objects it reads enum lists from, and the annotations would make up most of the shipped validators.
 */
export function withoutAnnotations(schemas: Schemas): Schemas {
  const stripSchema = (schema: JsonSchema) => strip(schema) as JsonSchema;
  return {
    defs: stripSchema(schemas.defs),
    metadata: stripSchema(schemas.metadata),
    datasets: Object.fromEntries(Object.entries(schemas.datasets).map(([name, schema]) => [name, stripSchema(schema)])) as Schemas['datasets'],
  };
}
