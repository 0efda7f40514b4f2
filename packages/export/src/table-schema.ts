import { jsonPointer } from './json-pointer.ts';
import type { Column, Table } from './layout.ts';
import { PROFILES } from './profiles.ts';
import type { Schema } from './schema-node.ts';

/** Table Schema type of a JSON Schema scalar. Mixed-precision dates (`2023`, `2023-05`) stay strings. */
function fieldType(schema: Schema): { type: string; format?: string } {
  const values = Array.isArray(schema.enum) ? schema.enum : schema.const !== undefined ? [schema.const] : undefined;
  if (values !== undefined) {
    if (values.every((value) => typeof value === 'string')) return { type: 'string' };
    if (values.every((value) => Number.isInteger(value))) return { type: 'integer' };
    if (values.every((value) => typeof value === 'number')) return { type: 'number' };
    throw new Error(`no Table Schema type for the enum ${JSON.stringify(values)}`);
  }
  if (schema.type === 'string' && schema.format === 'date') return { type: 'date' };
  if (schema.type === 'string' && schema.format === 'date-time') return { type: 'datetime' };
  if (schema.type === 'string' && schema.format === 'uri') return { type: 'string', format: 'uri' };
  if (schema.type === 'string' || schema.type === 'number' || schema.type === 'integer' || schema.type === 'boolean') return { type: schema.type };
  throw new Error(`no Table Schema type for ${JSON.stringify(schema)}`);
}

/** Table Schema patterns are XML Schema regular expressions: implicitly anchored, so `^…$` lose their anchors. */
const xmlSchemaPattern = (pattern: string) => pattern.replace(/^\^/, '').replace(/(?<!\\)\$$/, '');

const BOUNDS = ['minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const;

function constraints(column: Column): Record<string, unknown> | undefined {
  const { schema } = column;
  const result: Record<string, unknown> = {};
  if (column.required) result.required = true;
  const values = Array.isArray(schema.enum) ? schema.enum : schema.const !== undefined ? [schema.const] : undefined;
  if (values !== undefined) result.enum = values;
  if (typeof schema.pattern === 'string') result.pattern = xmlSchemaPattern(schema.pattern);
  for (const bound of BOUNDS) if (typeof schema[bound] === 'number') result[bound] = schema[bound];
  return Object.keys(result).length === 0 ? undefined : result;
}

/**
 * The words for each code of an enum, from the schema's `x-enum-labels`: Table Schema `categories` carry the French
 * label, `x-categories-en` the English one, so a spreadsheet or a statistics package can show words, not codes.
 */
function categories(schema: Schema): Record<string, unknown> {
  const labels = schema['x-enum-labels'] as Record<string, { fr: string; en: string }> | undefined;
  if (labels === undefined || !Array.isArray(schema.enum)) return {};
  const values = schema.enum as string[];
  return {
    categories: values.map((value) => ({ value, label: labels[value]!.fr })),
    'x-categories-en': values.map((value) => ({ value, label: labels[value]!.en })),
  };
}

/**
 * One field: type and constraints from the JSON Schema, French `title`/`description`, English in `x-title-en`/`x-description-en`
 * (custom properties, which the profile allows). `x-json-pointer` says where the value sits in a record (or list item) of
 * `<dataset>.json`; `x-json-list` says which list a `_count` column counts; `x-json-default` is the value a cell holds
 * when the JSON leaves the property out; `x-derived` marks a column computed from the records (derived.ts).
 */
function field(column: Column): Record<string, unknown> {
  return {
    name: column.name,
    ...fieldType(column.schema),
    title: column.title.fr,
    description: column.description.fr,
    'x-title-en': column.title.en,
    'x-description-en': column.description.en,
    ...categories(column.schema),
    ...(column.role === 'value' && { 'x-json-pointer': jsonPointer(column.path) }),
    ...(column.role === 'count' && { 'x-json-list': jsonPointer(column.path) }),
    ...(column.absent !== undefined && { 'x-json-default': column.absent }),
    ...(column.derived !== undefined && { 'x-derived': column.derived.kind }),
    ...(constraints(column) !== undefined && { constraints: constraints(column) }),
  };
}

/** A list table's rows belong to a row of its parent; every id-valued column points to its dataset. */
function foreignKeys(table: Table): Record<string, unknown>[] {
  const keys: Record<string, unknown>[] = [];
  if (table.parent !== undefined) {
    keys.push({ fields: table.primaryKey.slice(0, -1), reference: { resource: table.parent.name, fields: table.parent.primaryKey } });
  }
  for (const column of table.columns) {
    if (column.references !== undefined) keys.push({ fields: [column.name], reference: { resource: column.references, fields: ['id'] } });
  }
  return keys;
}

/** The Table Schema of one table. An empty cell is a missing value: nothing else is. */
export function tableSchema(table: Table): Record<string, unknown> {
  const keys = foreignKeys(table);
  return {
    $schema: PROFILES.tableSchema,
    fields: table.columns.map(field),
    missingValues: [''],
    primaryKey: table.primaryKey,
    ...(keys.length > 0 && { foreignKeys: keys }),
  };
}
