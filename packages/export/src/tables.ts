import { DATASETS, InvalidDataError, type DatasetName, type Issue, type Located } from '@acces-soins/validate';
import { jsonPointer, valueAt } from './json-pointer.ts';
import type { Column, Layout, Table } from './layout.ts';

/** A CSV cell before formatting: absent values are `undefined` (an empty cell). */
export type Cell = string | number | boolean | undefined;

export interface TableRows {
  table: Table;
  rows: Cell[][];
}

/** One item a table row is made of: a record, or an element of one of its lists. */
interface Instance {
  located: Located;
  item: unknown;
  /** JSON pointer of the item in its record. */
  pointer: string;
  /** Record id, then the 1-based positions of the enclosing list items and of the item itself. */
  keys: (string | number)[];
  /** The list the item is in (none for a record). */
  list?: unknown[];
}

function instancesOf(table: Table, records: Record<DatasetName, Located[]>, memo: Map<Table, Instance[]>): Instance[] {
  const known = memo.get(table);
  if (known !== undefined) return known;
  let instances: Instance[];
  if (table.parent === undefined) {
    instances = records[table.dataset!].map((located) => ({ located, item: located.record, pointer: '', keys: [located.record.id as string] }));
  } else {
    instances = instancesOf(table.parent, records, memo).flatMap((owner) => {
      const list = valueAt(owner.item, table.pathInParent);
      if (!Array.isArray(list)) return [];
      return list.map((item, index) => ({
        located: owner.located,
        item,
        pointer: `${owner.pointer}${jsonPointer([...table.pathInParent, index])}`,
        keys: [...owner.keys, index + 1],
        list,
      }));
    });
  }
  memo.set(table, instances);
  return instances;
}

const issueAt = (instance: Instance, pointer: string, message: string): Issue => ({
  file: instance.located.file,
  line: instance.located.line,
  id: instance.located.record.id,
  pointer,
  message,
});

function valueCell(column: Column, instance: Instance, issues: Issue[]): Cell {
  const value = valueAt(instance.item, column.path);
  if (value === undefined && column.absent !== undefined) {
    const holder = valueAt(instance.item, column.path.slice(0, -1));
    return typeof holder === 'object' && holder !== null ? (column.absent as Cell) : undefined;
  }
  if (value === '') {
    // The schema lets this string be empty, but an empty cell already means "absent": refuse rather than lose the difference.
    issues.push(issueAt(instance, `${instance.pointer}${jsonPointer(column.path)}`, 'empty string: in CSV it cannot be told from an absent value; remove the property or give it a value'));
  }
  if (value !== undefined && typeof value === 'object') throw new Error(`${column.name}: expected a scalar, found ${JSON.stringify(value)}`);
  return value as Cell;
}

/** Records by id, per dataset, for the derived columns that follow a reference. */
type Index = Map<DatasetName, Map<string, Record<string, unknown>>>;

const sameIdentity = (a: unknown, b: unknown, identity: string[]) => identity.some((name) => valueAt(a, [name]) !== undefined && valueAt(a, [name]) === valueAt(b, [name]));

function derivedCell(table: Table, column: Column, instance: Instance, index: Index): Cell {
  const derivation = column.derived!;
  switch (derivation.kind) {
    case 'full-date':
      return valueAt(instance.item, derivation.precision) === 'day' ? (valueAt(instance.item, derivation.value) as string) : undefined;
    case 'ancestor': {
      const records = index.get(table.dataset!)!;
      const seen = new Set<unknown>();
      let record: Record<string, unknown> | undefined = instance.item as Record<string, unknown>;
      while (record !== undefined && !seen.has(record)) {
        if (record.level === derivation.level) return record.id as string;
        seen.add(record);
        record = typeof record.parent === 'string' ? records.get(record.parent) : undefined;
      }
      return undefined;
    }
    case 'repeated': {
      const position = instance.keys.at(-1) as number;
      return instance.list!.slice(0, position - 1).some((earlier) => sameIdentity(earlier, instance.item, derivation.identity));
    }
  }
}

function row(table: Table, instance: Instance, issues: Issue[], index: Index): Cell[] {
  let key = 0;
  return table.columns.map((column) => {
    if (column.role === 'key') return instance.keys[key++];
    if (column.role === 'derived') return derivedCell(table, column, instance, index);
    if (column.role === 'count') {
      const list = valueAt(instance.item, column.path);
      return Array.isArray(list) ? list.length : undefined;
    }
    return valueCell(column, instance, issues);
  });
}

/** Rows of `citations`: every citation of every record, record by record, in layout order within a record. */
function citationRows(tables: Table[], records: Record<DatasetName, Located[]>, memo: Map<Table, Instance[]>): Cell[][] {
  const rows: Cell[][] = [];
  for (const dataset of DATASETS) {
    const sites = tables.filter((table) => table.dataset === dataset && table.citations.length > 0);
    const byRecord = new Map<Located, { table: Table; instance: Instance }[]>();
    for (const table of sites) {
      for (const instance of instancesOf(table, records, memo)) {
        const list = byRecord.get(instance.located) ?? [];
        list.push({ table, instance });
        byRecord.set(instance.located, list);
      }
    }
    for (const located of records[dataset]) {
      for (const { table, instance } of byRecord.get(located) ?? []) {
        for (const site of table.citations) {
          const value = valueAt(instance.item, site.path);
          const found: [unknown, string, number | undefined][] = site.many
            ? (Array.isArray(value) ? value : []).map((citation, index) => [citation, jsonPointer([...site.path, index]), index + 1])
            : value === undefined ? [] : [[value, jsonPointer(site.path), table.parent === undefined ? undefined : (instance.keys.at(-1) as number)]];
          for (const [citation, pointer, position] of found) {
            const { source, quote } = citation as { source: string; quote: string };
            rows.push([dataset, located.record.id as string, `${instance.pointer}${pointer}`, site.field, position, source, quote]);
          }
        }
      }
    }
  }
  return rows;
}

/** Every table's rows, in layout order. Throws InvalidDataError when a value cannot be written losslessly. */
export function tableRows(layout: Layout, records: Record<DatasetName, Located[]>): TableRows[] {
  const memo = new Map<Table, Instance[]>();
  const issues: Issue[] = [];
  const index: Index = new Map(DATASETS.map((dataset) => [dataset, new Map(records[dataset].map(({ record }) => [record.id as string, record]))]));
  const result = layout.tables.map((table) => ({
    table,
    rows: table === layout.citations ? citationRows(layout.tables, records, memo) : instancesOf(table, records, memo).map((instance) => row(table, instance, issues, index)),
  }));
  if (issues.length > 0) throw new InvalidDataError(issues);
  return result;
}
