import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Built } from './build.ts';
import { readDescriptor, readTable } from './read-snapshot.ts';

/** What a researcher counts and filters on must be written out: no empty boolean, no region to look up, no double count. */
describe.each(['real', 'fixture'] as const)('explicit values (%s data)', (source) => {
  let built: Built;
  const table = (name: string) => readTable(built.outDir, readDescriptor(built.outDir).resources.find((resource) => resource.name === name)!);
  beforeAll(async () => {
    built = await build(source);
  });
  afterAll(() => built.cleanup());

  it('writes every boolean as true or false wherever its object is present, never an empty cell', () => {
    let booleans = 0;
    for (const resource of readDescriptor(built.outDir).resources) {
      const fields = resource.schema.fields.filter((field) => field.type === 'boolean');
      for (const row of table(resource.name)) {
        for (const field of fields) {
          const cell = row[field.name]!;
          const holder = field['x-json-pointer']?.split('/').slice(0, -1).join('/');
          // A date's `inferred` is empty exactly when the date itself is absent.
          const sibling = holder === undefined ? undefined : resource.schema.fields.find((other) => other['x-json-pointer'] === `${holder}/value`);
          if (sibling !== undefined && row[sibling.name] === '') expect(cell, `${resource.name}.${field.name}`).toBe('');
          else {
            expect(['true', 'false'], `${resource.name}.${field.name}`).toContain(cell);
            booleans += 1;
          }
        }
      }
    }
    expect(booleans).toBeGreaterThan(0);
    expect(table('events').map((row) => row.date_inferred)).toContain('false');
  });

  it('gives every territory its region and department, following parent', () => {
    const territories = table('territories');
    const byId = new Map(territories.map((row) => [row.id, row]));
    for (const row of territories) {
      const chain = [row];
      while (chain.at(-1)!.parent !== '') chain.push(byId.get(chain.at(-1)!.parent!)!);
      expect(row.region, row.id).toBe(chain.find((territory) => territory.level === 'region')?.id ?? '');
      expect(row.department, row.id).toBe(chain.find((territory) => territory.level === 'departement')?.id ?? '');
    }
    expect(territories.some((row) => row.level === 'commune' && row.region !== '' && row.department !== '')).toBe(true);
  });

  it('marks a participant named again in the same list, so counting repeated = false counts each one once', () => {
    for (const name of ['initiative_participants', 'event_actors']) {
      const rows = table(name);
      const owner = Object.keys(rows[0] ?? {})[0]!;
      const seen = new Set<string>();
      for (const row of rows) {
        const key = JSON.stringify([row[owner], row.organisation, row.person]);
        expect(row.repeated, `${name} ${key}`).toBe(seen.has(key) ? 'true' : 'false');
        seen.add(key);
      }
    }
  });

  it('types a day-precision date as a date and constrains every date value by its precision patterns', () => {
    const descriptor = readDescriptor(built.outDir);
    const events = descriptor.resources.find((resource) => resource.name === 'events')!;
    const date = events.schema.fields.find((field) => field.name === 'date') as unknown as { constraints: { pattern: string } };
    const pattern = new RegExp(`^(${date.constraints.pattern})$`);
    for (const value of ['2017', '2017-05', '2017-05-31']) expect(value).toMatch(pattern);
    for (const value of ['2017-13-45', '2017-13', '2017-05-32', '17-05-01', '2017-5']) expect(value).not.toMatch(pattern);
    expect(events.schema.fields.find((field) => field.name === 'date_as_date')?.type).toBe('date');
    for (const row of table('events')) expect(row.date_as_date, row.id).toBe(row.date_precision === 'day' ? row.date : '');
  });

  it('keeps codes as text fields, leading zeros included', () => {
    const territories = readDescriptor(built.outDir).resources.find((resource) => resource.name === 'territories')!;
    expect(territories.schema.fields.find((field) => field.name === 'code')?.type).toBe('string');
    if (source === 'real') expect(table('territories').map((row) => row.code)).toContain('04');
  });
});
