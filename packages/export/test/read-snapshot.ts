import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * Reads a snapshot the way a user would, without the export's code: csv-parse for the CSVs, datapackage.json for
 * what the columns mean.
 */

export interface Field {
  name: string;
  type: string;
  'x-json-pointer'?: string;
  'x-json-list'?: string;
  'x-json-default'?: unknown;
  constraints?: { required?: boolean };
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  'x-parent'?: string;
  'x-json-list'?: string;
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: ForeignKey[]; missingValues: string[] };
}

export interface Descriptor {
  resources: Resource[];
  [key: string]: unknown;
}

export const readDescriptor = (dir: string) => JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as Descriptor;

/** Header and rows of a CSV, every cell a string. */
export function readCsv(path: string, options: { delimiter?: string; bom?: boolean } = {}): { header: string[]; rows: string[][] } {
  const [header, ...rows] = parse(readFileSync(path), { delimiter: options.delimiter ?? ',', bom: options.bom ?? false, relax_column_count: false }) as string[][];
  return { header: header!, rows };
}

/** Rows of a resource as objects keyed by column name. */
export function readTable(dir: string, resource: Resource): Record<string, string>[] {
  const { header, rows } = readCsv(join(dir, resource.path));
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]!])));
}

/** A cell as a JSON value, by the field's Table Schema type; an empty cell is absent. */
function typed(field: Field, cell: string): unknown {
  if (cell === '') return undefined;
  switch (field.type) {
    case 'integer':
    case 'number': {
      const value = Number(cell);
      if (Number.isNaN(value)) throw new Error(`${field.name}: "${cell}" is not a number`);
      return value;
    }
    case 'boolean':
      if (cell !== 'true' && cell !== 'false') throw new Error(`${field.name}: "${cell}" is not a boolean`);
      return cell === 'true';
    default:
      return cell;
  }
}

const tokens = (pointer: string) => pointer.split('/').slice(1).map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));

/** Sets a value at a JSON pointer, creating missing objects on the way. */
function setAt(target: Record<string, unknown>, pointer: string, value: unknown): void {
  const path = tokens(pointer);
  let node: Record<string, unknown> = target;
  for (const token of path.slice(0, -1)) {
    node[token] ??= {};
    node = node[token] as Record<string, unknown>;
  }
  const last = path.at(-1)!;
  if (node[last] !== undefined) throw new Error(`${pointer} is set twice`);
  node[last] = value;
}

function getAt(target: unknown, pointer: string): unknown {
  return tokens(pointer).reduce<unknown>((node, token) => (node as Record<string, unknown> | undefined)?.[token], target);
}

/** One row's item: its value fields set at their pointers (a field at pointer "" is the item itself), its lists created empty. */
function item(fields: Field[], row: Record<string, string>): unknown {
  const whole = fields.find((field) => field['x-json-pointer'] === '');
  if (whole !== undefined) return typed(whole, row[whole.name]!);
  const built: Record<string, unknown> = {};
  for (const field of fields) {
    const value = typed(field, row[field.name]!);
    // A value equal to its default is one the JSON leaves out.
    if (value === undefined || value === field['x-json-default']) continue;
    if (field['x-json-pointer'] !== undefined) setAt(built, field['x-json-pointer'], value);
    if (field['x-json-list'] !== undefined) setAt(built, field['x-json-list'], []);
  }
  return built;
}

const keyOf = (row: Record<string, string>, fields: string[]) => JSON.stringify(fields.map((name) => row[name]));

/**
 * The records of every dataset, rebuilt from the CSVs: dataset tables give the records, list tables put each row at
 * its position in its parent's list, `citations` puts each citation at its pointer. Lists must come out dense and as
 * long as their `_count` column says.
 */
export function rebuildRecords(dir: string): Record<string, Record<string, unknown>[]> {
  const descriptor = readDescriptor(dir);
  const items = new Map<string, Map<string, unknown>>();
  const records: Record<string, Record<string, unknown>[]> = {};
  const counts: { list: unknown[]; count: number; where: string }[] = [];
  for (const resource of descriptor.resources) {
    if (resource.name === 'citations') continue;
    const { fields, primaryKey } = resource.schema;
    const index = new Map<string, unknown>();
    items.set(resource.name, index);
    for (const row of readTable(dir, resource)) {
      const built = item(fields, row);
      for (const field of fields) {
        if (field['x-json-list'] !== undefined && row[field.name] !== '') {
          counts.push({ list: getAt(built, field['x-json-list']) as unknown[], count: Number(row[field.name]), where: `${resource.name} ${keyOf(row, primaryKey)}` });
        }
      }
      index.set(keyOf(row, primaryKey), built);
      if (resource['x-parent'] === undefined) {
        (records[resource.name] ??= []).push(built as Record<string, unknown>);
        continue;
      }
      const toParent = resource.schema.foreignKeys!.find((key) => key.reference.resource === resource['x-parent'])!;
      const parent = items.get(resource['x-parent'])!.get(keyOf(row, toParent.fields));
      const list = getAt(parent, resource['x-json-list']!);
      if (!Array.isArray(list)) throw new Error(`${resource.name}: row ${keyOf(row, primaryKey)} belongs to a list its parent does not have`);
      const position = Number(row.position);
      if (list[position - 1] !== undefined) throw new Error(`${resource.name}: position ${position} twice`);
      list[position - 1] = built;
    }
  }
  const citations = descriptor.resources.find((resource) => resource.name === 'citations')!;
  for (const row of readTable(dir, citations)) {
    const record = items.get(row.dataset!)!.get(JSON.stringify([row.record_id]));
    if (record === undefined) throw new Error(`citation of unknown record ${row.dataset}/${row.record_id}`);
    setAt(record as Record<string, unknown>, row.pointer!, { source: row.source, quote: row.quote });
  }
  for (const { list, count, where } of counts) {
    if (list.length !== count || Object.keys(list).length !== count) throw new Error(`${where}: list of ${list.length} (${Object.keys(list).length} set), count says ${count}`);
  }
  return records;
}
