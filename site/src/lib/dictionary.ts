/**
 * The field dictionary, generated from the published JSON Schemas: one row per field, with its title and
 * description in the page's language (French `title`/`description`, English `x-title-en`/`x-description-en`),
 * its type and whether it is required. Fields of nested objects get dotted names (objectives[].kind).
 */
import type { JsonSchema } from './package-files.ts';
import type { Lang } from '../i18n/lang.ts';

export interface FieldRow {
  name: string;
  title: string;
  description: string;
  required: boolean;
  type: TypeInfo;
}

/** A field's type: a shared definition (by name), a list of allowed codes, or a JSON type with its format. */
export type TypeInfo =
  | { kind: 'ref'; def: string; list: boolean }
  | { kind: 'enum'; values: string[]; list: boolean }
  | { kind: 'json'; type: string; format?: string; list: boolean };

const annotation = (node: JsonSchema, key: 'title' | 'description', lang: Lang) =>
  String((lang === 'fr' ? node[key] : node[`x-${key}-en`]) ?? '');

/** The definition a $ref points to: "defs.schema.json#/$defs/text" → "text". */
export const refName = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1);

function typeOf(node: JsonSchema, list = false): TypeInfo {
  if (typeof node.$ref === 'string') return { kind: 'ref', def: refName(node.$ref), list };
  if (Array.isArray(node.enum)) return { kind: 'enum', values: node.enum.map(String), list };
  if (node.type === 'array' && node.items) return typeOf(node.items as JsonSchema, true);
  return { kind: 'json', type: String(node.type ?? 'object'), format: node.format as string | undefined, list };
}

/** Rows for the properties of an object schema; inline objects (not $refs) are expanded under their parent's name. */
export function fieldRows(schema: JsonSchema, lang: Lang, prefix = ''): FieldRow[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).flatMap(([key, node]) => {
    const name = `${prefix}${key}`;
    const row: FieldRow = { name, title: annotation(node, 'title', lang), description: annotation(node, 'description', lang), required: required.has(key), type: typeOf(node) };
    const inner = node.type === 'array' ? (node.items as JsonSchema | undefined) : node;
    const nested = inner && !inner.$ref && inner.properties ? fieldRows(inner, lang, `${name}${node.type === 'array' ? '[]' : ''}.`) : [];
    return [row, ...nested];
  });
}

/** Title and description of a schema (a dataset or a shared definition) in the page's language. */
export function schemaText(schema: JsonSchema, lang: Lang): { title: string; description: string } {
  return { title: annotation(schema, 'title', lang), description: annotation(schema, 'description', lang) };
}
