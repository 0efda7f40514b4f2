import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Built } from './build.ts';
import { readCsv, readDescriptor, type Descriptor, type Resource } from './read-snapshot.ts';

/** What DuckDB must report for each Table Schema type: codes VARCHAR, counts BIGINT, flags BOOLEAN, full dates DATE. */
const DUCKDB_TYPE: Record<string, string> = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE' };

const python = spawnSync('python3', ['--version']).status === 0;
if (!python) console.warn('python3 is not installed: the workbook and SQLite checks with Python are skipped.');

/** Rows of a CSV table as strings, the way the typed files must give them back. */
const csvRows = (dir: string, resource: Resource) => readCsv(join(dir, resource.path)).rows;

/** A DuckDB value as the CSV wrote it. */
function asCsvCell(value: unknown): string {
  if (value === null) return '';
  if (typeof value === 'bigint') return String(value);
  return String(value);
}

describe.each(['real', 'fixture', 'sparse'] as const)('typed formats (%s data)', (source) => {
  let built: Built;
  let descriptor: Descriptor;
  let instance: DuckDBInstance;
  let duckdb: DuckDBConnection;
  const tables = () => descriptor.resources.filter((resource) => resource.name !== 'changes');
  beforeAll(async () => {
    built = await build(source);
    descriptor = readDescriptor(built.outDir);
    instance = await DuckDBInstance.create(':memory:');
    duckdb = await instance.connect();
    await duckdb.run(`SET file_search_path = '${built.outDir.replaceAll("'", "''")}'`);
  });
  afterAll(() => {
    duckdb.closeSync();
    instance.closeSync();
    built.cleanup();
  });

  it('gives one Parquet file per table that DuckDB reads with the CSV’s rows, columns and Table Schema types', async () => {
    for (const resource of tables()) {
      const file = `parquet/${resource.name}.parquet`;
      const described = (await duckdb.runAndReadAll(`DESCRIBE SELECT * FROM '${file}'`)).getRowObjects();
      expect(described.map((column) => column.column_name), file).toStrictEqual(resource.schema.fields.map((field) => field.name));
      expect(described.map((column) => column.column_type), file).toStrictEqual(resource.schema.fields.map((field) => DUCKDB_TYPE[field.type]));
      // Every value comes back as the CSV wrote it (dates as ISO text, booleans true/false, line breaks and zeros kept).
      const cast = resource.schema.fields.map((field) => `CAST("${field.name}" AS VARCHAR) AS "${field.name}"`).join(', ');
      const rows = (await duckdb.runAndReadAll(`SELECT ${cast} FROM '${file}'`)).getRows().map((row) => row.map(asCsvCell));
      // A DOUBLE prints as 3.0 where the CSV says 3: numbers compare as numbers.
      const numeric = resource.schema.fields.map((field) => field.type === 'number');
      const normal = (table: string[][]) => table.map((row) => row.map((cell, index) => (numeric[index] && cell !== '' ? String(Number(cell)) : cell)));
      expect(normal(rows), file).toStrictEqual(normal(csvRows(built.outDir, resource)));
    }
  });

  it('keeps codes as VARCHAR with their leading zeros in Parquet', async () => {
    const codes = (await duckdb.runAndReadAll(`SELECT code FROM 'parquet/territories.parquet'`)).getRows().map(([code]) => code);
    if (source === 'real') expect(codes).toContain('09257');
    expect(codes.every((code) => typeof code === 'string')).toBe(true);
  });

  it('gives one SQLite database with every table, its keys and indexes, no orphan row and working views', () => {
    const database = new DatabaseSync(join(built.outDir, 'acces-soins.sqlite'), { readOnly: true });
    try {
      expect(database.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
      expect(database.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      const names = database.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all().map((row) => row.name);
      expect(names).toStrictEqual(tables().map((resource) => resource.name).sort());
      for (const resource of tables()) {
        const columns = database.prepare(`PRAGMA table_info("${resource.name}")`).all();
        expect(columns.map((column) => column.name), resource.name).toStrictEqual(resource.schema.fields.map((field) => field.name));
        expect(columns.filter((column) => Number(column.pk) > 0).sort((a, b) => Number(a.pk) - Number(b.pk)).map((column) => column.name), resource.name).toStrictEqual(resource.schema.primaryKey);
        const keys = database.prepare(`PRAGMA foreign_key_list("${resource.name}")`).all();
        expect(new Set(keys.map((key) => key.table)), resource.name).toStrictEqual(new Set((resource.schema.foreignKeys ?? []).map((key) => key.reference.resource)));
        const indexed = database.prepare(`PRAGMA index_list("${resource.name}")`).all().length;
        expect(indexed, resource.name).toBeGreaterThanOrEqual((resource.schema.foreignKeys ?? []).length);
        const count = database.prepare(`SELECT COUNT(*) AS n FROM "${resource.name}"`).get()!.n;
        expect(count, resource.name).toBe(csvRows(built.outDir, resource).length);
      }
      const views = database.prepare("SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name").all().map((row) => row.name);
      expect(views).toStrictEqual(['initiative_organisations', 'initiatives_per_territory', 'participation_per_organisation']);
      // The views count each organisation once per initiative, whatever its number of roles.
      const participants = readCsv(join(built.outDir, 'initiative_participants.csv'));
      const column = (name: string) => participants.header.indexOf(name);
      const pairs = new Set(participants.rows.filter((row) => row[column('organisation')] !== '').map((row) => `${row[column('initiative_id')]} ${row[column('organisation')]}`));
      expect(database.prepare('SELECT COUNT(*) AS n FROM initiative_organisations').get()!.n).toBe(pairs.size);
      const total = database.prepare('SELECT SUM(initiatives) AS n FROM participation_per_organisation').get()!.n;
      expect(total ?? 0).toBe(pairs.size);
      const named = database.prepare('SELECT SUM(initiatives) AS n FROM initiatives_per_territory').get()!.n;
      expect(named ?? 0).toBe(readCsv(join(built.outDir, 'initiative_territories.csv')).rows.length);
    } finally {
      database.close();
    }
  });

  it.skipIf(!python)('opens the SQLite database with Python’s sqlite3 and finds no foreign key violation', () => {
    const script = `
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA foreign_keys = ON")
tables = [name for (name,) in db.execute("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")]
print(json.dumps({"violations": db.execute("PRAGMA foreign_key_check").fetchall(), "counts": {t: db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}, "code": [c for (c,) in db.execute("SELECT code FROM territories")]}))
`;
    const run = spawnSync('python3', ['-c', script, join(built.outDir, 'acces-soins.sqlite')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { violations: unknown[]; counts: Record<string, number>; code: string[] };
    expect(result.violations).toStrictEqual([]);
    for (const resource of tables()) expect(result.counts[resource.name], resource.name).toBe(csvRows(built.outDir, resource).length);
    if (source === 'real') expect(result.code).toContain('09257');
  });

  it.skipIf(!python)('writes a workbook whose sheets hold the CSV cells, codes as text cells (read with Python’s zipfile and XML parser)', () => {
    // An independent reader of the .xlsx (Office Open XML): sheet names from the workbook, each cell with its type.
    const script = `
import json, sys, zipfile, xml.etree.ElementTree as ET
ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main", "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
z = zipfile.ZipFile(sys.argv[1])
shared = ["".join(t.text or "" for t in si.iter("{%s}t" % ns["m"])) for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns)] if "xl/sharedStrings.xml" in z.namelist() else []
rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
result = {}
for sheet in ET.fromstring(z.read("xl/workbook.xml")).find("m:sheets", ns):
    target = rels[sheet.get("{%s}id" % ns["r"])]
    path = target.lstrip("/") if target.startswith("/") else "xl/" + target
    rows = []
    for row in ET.fromstring(z.read(path)).find("m:sheetData", ns):
        cells = {}
        for c in row:
            ref = "".join(ch for ch in c.get("r") if ch.isalpha())
            index = 0
            for ch in ref: index = index * 26 + ord(ch) - 64
            t = c.get("t", "n")
            v = c.find("m:v", ns)
            text = c.find("m:is/m:t", ns)
            value = shared[int(v.text)] if t == "s" else (text.text if t == "inlineStr" else (v.text if v is not None else None))
            cells[index - 1] = [t, value, c.get("s")]
        rows.append([cells.get(i) for i in range(max(cells) + 1)] if cells else [])
    result[sheet.get("name")] = rows
print(json.dumps(result))
`;
    const run = spawnSync('python3', ['-c', script, join(built.outDir, 'acces-soins.xlsx')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.status, run.stderr).toBe(0);
    const sheets = JSON.parse(run.stdout) as Record<string, ([string, string | null, string | null] | null)[][]>;
    expect(Object.keys(sheets)).toStrictEqual(['README', ...tables().map((resource) => resource.name)]);
    expect(sheets.README!.flat().map((cell) => cell?.[1]).join('\n')).toContain(descriptor.version as string);
    const TYPE: Record<string, string> = { string: 's', integer: 'n', number: 'n', boolean: 'b', date: 'n' };
    for (const resource of tables()) {
      const [header, ...rows] = sheets[resource.name]!;
      expect(header!.map((cell) => cell?.[1]), resource.name).toStrictEqual(resource.schema.fields.map((field) => field.name));
      const expected = csvRows(built.outDir, resource);
      expect(rows.length, resource.name).toBe(expected.length);
      rows.forEach((row, index) => {
        resource.schema.fields.forEach((field, column) => {
          const cell = row[column] ?? null;
          const csvCell = expected[index]![column]!;
          if (csvCell === '') return expect(cell?.[1] ?? null, `${resource.name}.${field.name}`).toBeNull();
          expect(cell?.[0], `${resource.name}.${field.name} ${csvCell}`).toBe(TYPE[field.type]);
          if (field.type === 'string') expect(cell?.[1], `${resource.name}.${field.name}`).toBe(csvCell);
          if (field.type === 'boolean') expect(cell?.[1], `${resource.name}.${field.name}`).toBe(csvCell === 'true' ? '1' : '0');
          if (field.type === 'integer' || field.type === 'number') expect(Number(cell?.[1]), `${resource.name}.${field.name}`).toBe(Number(csvCell));
          if (field.type === 'date') {
            // Excel serial day: days since 1899-12-30.
            const serial = Date.UTC(...(csvCell.split('-').map(Number) as [number, number, number]).map((part, i) => (i === 1 ? part - 1 : part)) as [number, number, number]) / 86_400_000 + 25_569;
            expect(Number(cell?.[1]), `${resource.name}.${field.name}`).toBe(serial);
          }
        });
      });
    }
    if (source === 'real') {
      const territories = sheets.territories!;
      const code = territories[0]!.findIndex((cell) => cell?.[1] === 'code');
      expect(territories.slice(1).map((row) => row[code])).toContainEqual(['s', '09257', null]);
    }
  });
});
