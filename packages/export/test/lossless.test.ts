import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASETS, dataDir as repositoryDataDir } from '@acces-soins/validate';
import { build, type Built } from './build.ts';
import { TRICKY } from './fixture.ts';
import { readCsv, readDescriptor, rebuildRecords } from './read-snapshot.ts';

const readJson = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Record<string, unknown>[];

describe.each(['real', 'fixture', 'sparse'] as const)('lossless CSV (%s data)', (source) => {
  let built: Built;
  beforeAll(async () => {
    built = await build(source);
  });
  afterAll(() => built.cleanup());

  it('rebuilds every record, field by field, from the CSVs read with csv-parse', () => {
    const rebuilt = rebuildRecords(built.outDir);
    for (const dataset of DATASETS) {
      expect(rebuilt[dataset] ?? [], dataset).toStrictEqual(readJson(built.outDir, dataset));
    }
  });

  it('publishes the data records as JSON, in order, keys in order, without the source file paths', () => {
    const dataDir = built.dataDir ?? repositoryDataDir;
    for (const dataset of DATASETS) {
      const lines = readFileSync(join(dataDir, `${dataset}.jsonl`), 'utf8').split('\n').filter((line) => line.trim() !== '');
      const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const expected = dataset === 'sources' ? records.map(({ file: _file, ...record }) => record) : records;
      expect(JSON.stringify(readJson(built.outDir, dataset)), dataset).toBe(JSON.stringify(expected));
    }
    expect(readFileSync(join(built.outDir, 'sources.json'), 'utf8')).not.toContain('"file"');
  });

  it('writes RFC 4180 CSVs: UTF-8 without BOM, CRLF after every record, a header of the schema fields', () => {
    for (const resource of readDescriptor(built.outDir).resources) {
      const bytes = readFileSync(join(built.outDir, resource.path));
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), resource.path).toBe(false);
      expect(bytes.toString('utf8', bytes.length - 2), resource.path).toBe('\r\n');
      // Only CRLF ends a record: parsing with CRLF as the sole record delimiter gives the same rows.
      const strict = parse(bytes, { record_delimiter: '\r\n' }) as string[][];
      const { header, rows } = readCsv(join(built.outDir, resource.path));
      expect(strict, resource.path).toStrictEqual([header, ...rows]);
      expect(header).toStrictEqual(resource.schema.fields.map((field) => field.name));
    }
  });
});

describe('lossless CSV: the values a CSV writer gets wrong (synthetic fixture)', () => {
  let built: Built;
  let rebuilt: Record<string, Record<string, unknown>[]>;
  beforeAll(async () => {
    built = await build('fixture');
    rebuilt = rebuildRecords(built.outDir);
  });
  afterAll(() => built.cleanup());

  const byId = (dataset: string, id: string) => rebuilt[dataset]!.find((record) => record.id === id) as Record<string, any>;

  it('keeps quotes, commas, LF and CRLF line breaks, accents, typographic apostrophes and surrounding spaces', () => {
    expect(byId('initiatives', 'convention-test').title.fr).toBe(TRICKY.quotesAndCommas);
    expect(byId('initiatives', 'convention-test').summary.fr).toBe(TRICKY.lineBreaks);
    expect(byId('themes', 'access-to-care').definition).toStrictEqual({ fr: TRICKY.lineBreaks, en: TRICKY.leadingSpace });
    expect(byId('organisations', 'union-fictive').name.fr).toBe('Union "fictive"\ndes médecins');
    expect(byId('events', 'signature-test').venue).toBe('Salle "A", 1er étage');
  });

  it('tells an absent optional value (empty cell) from a present one, and an absent list from an empty one', () => {
    const organisations = readCsv(join(built.outDir, 'organisations.csv'));
    const acronym = organisations.header.indexOf('acronym');
    expect(organisations.rows.map((row) => row[acronym])).toStrictEqual(['', 'UF']);
    expect('acronym' in byId('organisations', 'region-test')).toBe(false);
    expect('period' in byId('initiatives', 'programme-test')).toBe(false);
    expect(byId('initiatives', 'programme-test').objectives).toStrictEqual([]);
    expect(byId('initiatives', 'programme-test').territories).toStrictEqual([]);
    expect('related' in byId('initiatives', 'programme-test')).toBe(false);
    const initiatives = readCsv(join(built.outDir, 'initiatives.csv'));
    const column = (name: string) => initiatives.rows.map((row) => row[initiatives.header.indexOf(name)]);
    expect(column('objectives_count')).toStrictEqual(['2', '0']);
    expect(column('related_count')).toStrictEqual(['1', '']);
    expect(column('period_duration_years')).toStrictEqual(['2.5', '']);
  });

  it('writes dates with their precision columns and decimals with a point', () => {
    const events = readCsv(join(built.outDir, 'events.csv'));
    expect(events.header.filter((name) => name.startsWith('date'))).toStrictEqual([
      'date',
      'date_precision',
      'date_approximation',
      'date_bound',
      'date_inferred',
      'date_reasoning_fr',
      'date_reasoning_en',
      'date_as_date',
    ]);
    expect(byId('initiatives', 'convention-test').period).toStrictEqual({
      start: { value: '2024-03-03', precision: 'day', inferred: true, reasoning: { fr: 'Année déduite, « 2024 », du contexte', en: 'Year read from context, "2024"' } },
      duration_years: 2.5,
    });
    const indicators = readCsv(join(built.outDir, 'indicators.csv'));
    expect(indicators.rows[0]![indicators.header.indexOf('value')]).toBe('12.5');
  });
});
