import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import datapackage from 'datapackage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csv, RFC_4180 } from '../src/csv.ts';
import { build, type Built } from './build.ts';
import { readCsv } from './read-snapshot.ts';

/**
 * frictionlessdata's own JavaScript implementation (`datapackage`, with `tableschema`), independent of this project's
 * code and of the JSON Schema profile check: it loads datapackage.json, casts every cell to its Table Schema type and
 * constraints and resolves every foreign key. It anchors no `pattern` (unlike the standard, which makes them whole-value
 * matches), so patterns are checked beside it, with the standard's reading; a bad day still fails it through `<date>_as_date`.
 */
async function problems(dir: string): Promise<string[]> {
  const pkg = await datapackage.Package.load(join(dir, 'datapackage.json'), { basePath: dir });
  const found = pkg.errors.map((error) => `datapackage.json: ${error.message}`);
  for (const resource of pkg.resources) {
    try {
      const rows = await resource.read({ keyed: true, relations: true });
      const expected = readCsv(join(dir, `${resource.name === 'changes' ? 'CHANGES' : resource.name}.csv`)).rows.length;
      if (rows.length !== expected) found.push(`${resource.name}: ${rows.length} rows read, ${expected} in the CSV`);
    } catch (error) {
      const { message, errors } = error as Error & { errors?: Error[] };
      found.push(`${resource.name}: ${message} ${(errors ?? []).map((inner) => inner.message).join(' | ')}`);
    }
  }
  return found;
}

/**
 * What datapackage-js leaves out: `pattern` constraints as the standard reads them (XML Schema regular expressions,
 * whole-value matches), checked on every non-empty cell.
 */
function patternProblems(dir: string): string[] {
  const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { resources: { name: string; path: string; schema: { fields: { name: string; constraints?: { pattern?: string } }[] } }[] };
  const found: string[] = [];
  for (const resource of descriptor.resources) {
    const { header, rows } = readCsv(join(dir, resource.path));
    for (const field of resource.schema.fields) {
      if (field.constraints?.pattern === undefined) continue;
      const pattern = new RegExp(`^(?:${field.constraints.pattern})$`, 'u');
      const column = header.indexOf(field.name);
      for (const row of rows) if (row[column] !== '' && !pattern.test(row[column]!)) found.push(`${resource.name}.${field.name}: "${row[column]}" does not match its pattern`);
    }
  }
  return found;
}

/** Rewrites one CSV of a copy of the snapshot, cell by cell. */
function corrupt(dir: string, table: string, change: (row: Record<string, string>) => boolean): void {
  const path = join(dir, `${table}.csv`);
  const { header, rows } = readCsv(path);
  let changed = false;
  const edited = rows.map((cells) => {
    const row = Object.fromEntries(header.map((name, index) => [name, cells[index]!]));
    if (!changed) changed = change(row);
    return header.map((name) => (row[name] === '' ? undefined : row[name]));
  });
  if (!changed) throw new Error(`${table}: nothing to corrupt`);
  writeFileSync(path, csv(header, edited, RFC_4180));
}

describe.each(['real', 'fixture'] as const)('the data package read by frictionlessdata’s datapackage-js (%s data)', (source) => {
  let built: Built;
  const copy = (name: string) => {
    const dir = join(built.outDir, '..', name);
    cpSync(built.outDir, dir, { recursive: true });
    return dir;
  };
  beforeAll(async () => {
    built = await build(source);
  });
  afterAll(() => built.cleanup());

  it('is valid, and every row of every resource casts to its types and resolves its foreign keys', async () => {
    expect(await problems(built.outDir)).toStrictEqual([]);
    expect(patternProblems(built.outDir)).toStrictEqual([]);
  });

  it('fails, on its pattern, a copy with the impossible month 2017-13 (a date with no typed column)', () => {
    const dir = copy('bad-month');
    corrupt(dir, 'indicators', (row) => {
      if (row.as_of === '') return false;
      row.as_of = '2017-13';
      return true;
    });
    expect(patternProblems(dir)).toContainEqual('indicators.as_of: "2017-13" does not match its pattern');
  });

  it('fails a copy with the impossible date 2017-13-45', async () => {
    const dir = copy('bad-date');
    corrupt(dir, 'initiatives', (row) => {
      if (row.period_start_precision !== 'day') return false;
      row.period_start = '2017-13-45';
      row.period_start_as_date = '2017-13-45';
      return true;
    });
    const found = await problems(dir);
    expect(found.join('\n')).toMatch(/initiatives: .*"2017-13-45" in column "period_start_as_date" is not type "date"/);
  });

  it('fails a copy with a broken foreign key', async () => {
    const dir = copy('bad-key');
    corrupt(dir, 'initiative_participants', (row) => {
      if (row.organisation === '') return false;
      row.organisation = 'no-such-organisation';
      return true;
    });
    expect((await problems(dir)).join('\n')).toMatch(/initiative_participants: Foreign key "organisation" violation/);
  });

  it('fails a copy with a count that is not an integer', async () => {
    const dir = copy('bad-count');
    corrupt(dir, 'initiatives', (row) => {
      row.citations_count = 'two';
      return true;
    });
    expect((await problems(dir)).join('\n')).toMatch(/initiatives: .*"two" in column "citations_count"/);
  });
});
