import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Cell } from './tables.ts';

/**
 * The typed copies of the CSVs — Parquet, SQLite — made from the Table Schema of datapackage.json, so every format has
 * the same tables, columns, types and keys. Table Schema types map to each format's types here, and only here.
 */

/** The parts of a Table Schema the typed formats need. */
export interface TypedTable {
  name: string;
  title: { fr: string; en: string };
  fields: { name: string; type: string; constraints?: { required?: boolean } }[];
  primaryKey: string[];
  foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  rows: Cell[][];
  /** The table's RFC 4180 CSV, which DuckDB reads with the declared types to write the Parquet file. */
  csv: Uint8Array;
}

const DUCKDB_TYPES: Readonly<Record<string, string>> = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE', datetime: 'TIMESTAMP' };
const SQLITE_TYPES: Readonly<Record<string, string>> = { string: 'TEXT', integer: 'INTEGER', number: 'REAL', boolean: 'INTEGER', date: 'TEXT', datetime: 'TEXT' };

const typeIn = (types: Readonly<Record<string, string>>, type: string) => {
  const mapped = types[type];
  if (mapped === undefined) throw new Error(`no column type for the Table Schema type ${type}`);
  return mapped;
};
const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** A temporary folder, removed whatever happens. */
async function withTempDir<T>(use: (dir: string) => Promise<T> | T): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'acces-soins-typed-'));
  try {
    return await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One Parquet file per table, written by DuckDB from the CSV read with the Table Schema's types (no type guessing):
 * codes stay VARCHAR with their leading zeros, counts BIGINT, flags BOOLEAN, full dates DATE. One thread and insertion
 * order kept, so the same data gives the same bytes.
 */
export async function parquetFiles(tables: readonly TypedTable[]): Promise<Map<string, Uint8Array>> {
  return withTempDir(async (dir) => {
    const instance = await DuckDBInstance.create(':memory:', { threads: '1', preserve_insertion_order: 'true' });
    const connection = await instance.connect();
    try {
      const files = new Map<string, Uint8Array>();
      for (const table of tables) {
        const csvPath = join(dir, `${table.name}.csv`);
        const parquetPath = join(dir, `${table.name}.parquet`);
        writeFileSync(csvPath, table.csv);
        const columns = table.fields.map((field) => `${quoteString(field.name)}: ${quoteString(typeIn(DUCKDB_TYPES, field.type))}`).join(', ');
        const read = `read_csv(${quoteString(csvPath)}, header = true, delim = ',', quote = '"', escape = '"', nullstr = '', auto_detect = false, strict_mode = true, dateformat = '%Y-%m-%d', columns = {${columns}})`;
        const metadata = `KV_METADATA {title: ${quoteString(table.title.fr)}, title_en: ${quoteString(table.title.en)}}`;
        await connection.run(`COPY (SELECT * FROM ${read}) TO ${quoteString(parquetPath)} (FORMAT parquet, COMPRESSION zstd, ${metadata})`);
        files.set(table.name, new Uint8Array(readFileSync(parquetPath)));
      }
      return files;
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
}

/** A view of the SQLite database, with what it answers in both languages. */
export interface View {
  name: string;
  /** The tables it reads: left out when one of them is not in the snapshot. */
  tables: string[];
  description: { fr: string; en: string };
  sql: string;
}

/** The documented views of the SQLite database. */
export const VIEWS: readonly View[] = [
  {
    name: 'initiatives_per_territory',
    tables: ['territories', 'initiative_territories'],
    description: {
      fr: "Nombre d'initiatives qui nomment chaque territoire (les territoires que la source nomme, sans remonter aux régions ni descendre aux communes), avec la région et le département du territoire.",
      en: 'Number of initiatives that name each territory (the territories the source names, without rolling up to regions or down to communes), with the territory’s region and department.',
    },
    sql: `SELECT t.id AS territory, t.level, t.code, t.name, t.region, t.department, COUNT(DISTINCT it.initiative_id) AS initiatives
FROM territories AS t LEFT JOIN initiative_territories AS it ON it.territory = t.id
GROUP BY t.id ORDER BY initiatives DESC, t.id`,
  },
  {
    name: 'initiative_organisations',
    tables: ['initiative_participants'],
    description: {
      fr: 'Une ligne par initiative et organisation participante, ses rôles réunis (séparés par « ; ») : compter les lignes compte chaque organisation une fois.',
      en: 'One row per initiative and participating organisation, its roles joined (separated by "; "): counting rows counts each organisation once.',
    },
    sql: `SELECT initiative_id, organisation, group_concat(role, '; ') AS roles, COUNT(*) AS role_count
FROM (SELECT initiative_id, organisation, role FROM initiative_participants WHERE organisation IS NOT NULL ORDER BY initiative_id, position)
GROUP BY initiative_id, organisation ORDER BY initiative_id, organisation`,
  },
  {
    name: 'participation_per_organisation',
    tables: ['organisations', 'initiative_participants', 'event_actors'],
    description: {
      fr: "Pour chaque organisation : le nombre d'initiatives et d'événements auxquels elle participe (chacun compté une fois, quel que soit le nombre de ses rôles).",
      en: 'For each organisation: the number of initiatives and events it takes part in (each counted once, whatever its number of roles).',
    },
    sql: `SELECT o.id AS organisation, o.name_fr, o.name_en,
  (SELECT COUNT(DISTINCT p.initiative_id) FROM initiative_participants AS p WHERE p.organisation = o.id) AS initiatives,
  (SELECT COUNT(DISTINCT a.event_id) FROM event_actors AS a WHERE a.organisation = o.id) AS events
FROM organisations AS o ORDER BY initiatives DESC, events DESC, o.id`,
  },
];

const sqliteValue = (cell: Cell): string | number | null => (cell === undefined ? null : typeof cell === 'boolean' ? (cell ? 1 : 0) : cell);

/**
 * One SQLite database (node:sqlite) with every table: STRICT column types, NOT NULL where the Table Schema requires a
 * value, booleans as 0/1 checked, full dates checked by date(), the primary key, the foreign keys (checked: an
 * orphan row throws), an index on each foreign key, and the views of VIEWS. Filled in one transaction, then vacuumed.
 */
export function sqliteFile(tables: readonly TypedTable[]): Promise<Uint8Array> {
  return withTempDir((dir) => {
    const path = join(dir, 'snapshot.sqlite');
    const database = new DatabaseSync(path);
    try {
      // Small pages: most tables hold a few rows, and each table and index takes at least one page.
      database.exec('PRAGMA page_size = 1024; PRAGMA journal_mode = OFF; PRAGMA foreign_keys = OFF; BEGIN');
      for (const table of tables) {
        const columns = table.fields.map((field) => {
          const name = quoteIdentifier(field.name);
          const checks = [
            ...(field.type === 'boolean' ? [`${name} IN (0, 1)`] : []),
            ...(field.type === 'date' ? [`${name} IS date(${name})`] : []),
          ];
          return `${name} ${typeIn(SQLITE_TYPES, field.type)}${field.constraints?.required ? ' NOT NULL' : ''}${checks.map((check) => ` CHECK (${check})`).join('')}`;
        });
        const keys = [
          `PRIMARY KEY (${table.primaryKey.map(quoteIdentifier).join(', ')})`,
          ...table.foreignKeys.map((key) => `FOREIGN KEY (${key.fields.map(quoteIdentifier).join(', ')}) REFERENCES ${quoteIdentifier(key.reference.resource)} (${key.reference.fields.map(quoteIdentifier).join(', ')})`),
        ];
        database.exec(`CREATE TABLE ${quoteIdentifier(table.name)} (\n  ${[...columns, ...keys].join(',\n  ')}\n) STRICT`);
        const insert = database.prepare(`INSERT INTO ${quoteIdentifier(table.name)} VALUES (${table.fields.map(() => '?').join(', ')})`);
        for (const row of table.rows) insert.run(...row.map(sqliteValue));
        table.foreignKeys.forEach((key, index) => {
          database.exec(`CREATE INDEX ${quoteIdentifier(`${table.name}_fk${index + 1}`)} ON ${quoteIdentifier(table.name)} (${key.fields.map(quoteIdentifier).join(', ')})`);
        });
      }
      const names = new Set(tables.map((table) => table.name));
      for (const view of VIEWS.filter((candidate) => candidate.tables.every((name) => names.has(name)))) {
        database.exec(`CREATE VIEW ${quoteIdentifier(view.name)} AS\n${view.sql}`);
      }
      database.exec('COMMIT');
      const orphans = database.prepare('PRAGMA foreign_key_check').all();
      if (orphans.length > 0) throw new Error(`SQLite: rows without their referenced row: ${JSON.stringify(orphans.slice(0, 5))}`);
      database.exec('VACUUM');
    } finally {
      database.close();
    }
    return new Uint8Array(readFileSync(path));
  });
}
