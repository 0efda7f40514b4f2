import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASETS, formatIssue, readData, validateData, dataDir as realDataDir, type DataRecord } from '@acces-soins/validate';
import { generateScaledData, type ScaledData } from '../generate.ts';

const communes = createRequire(import.meta.url)('@etalab/decoupage-administratif/data/communes.json') as { code: string; nom: string; departement: string }[];
const records = (dir: string) => readData(dir).data.records;
const filesOf = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
const COPY = /-x\d{4}$/;

function* citationsIn(value: unknown): Generator<{ source: string; quote: string }> {
  if (Array.isArray(value)) for (const item of value) yield* citationsIn(item);
  else if (typeof value === 'object' && value !== null) {
    const { source, quote } = value as Record<string, unknown>;
    if (typeof source === 'string' && typeof quote === 'string') yield { source, quote };
    for (const child of Object.values(value)) yield* citationsIn(child);
  }
}

describe('bench data generator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'acces-soins-generate-'));
  let first: ScaledData;
  let second: ScaledData;
  beforeAll(() => {
    first = generateScaledData({ scale: 10, outDir: join(dir, 'first') });
    second = generateScaledData({ scale: 10, outDir: join(dir, 'second') });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes ×10 data that passes the full validation (schemas and integrity checks)', () => {
    const { issues } = validateData({ dataDir: first.dir });
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('copies every fact-bearing record ten times and keeps the vocabularies as they are', () => {
    const real = records(realDataDir);
    const scaled = records(first.dir);
    for (const name of ['organisations', 'people', 'initiatives', 'events', 'indicators', 'facilities'] as const) {
      expect(scaled[name].length, name).toBe(10 * real[name].length);
    }
    const textSources = real.sources.filter(({ record }) => typeof record.file === 'string').length;
    expect(scaled.sources.length).toBe(real.sources.length + 9 * textSources);
    expect(scaled.themes.map(({ record }) => record)).toEqual(real.themes.map(({ record }) => record));
  });

  it('is deterministic: the same seed writes the same bytes', () => {
    expect(filesOf(second.dir)).toEqual(filesOf(first.dir));
    for (const file of filesOf(first.dir).filter((name) => name.includes('.'))) {
      expect(readFileSync(join(second.dir, file)).equals(readFileSync(join(first.dir, file))), file).toBe(true);
    }
  });

  it('writes a new source text for each copied source, containing verbatim every quote that cites it', () => {
    const scaled = records(first.dir);
    const sources = new Map(scaled.sources.map(({ record }) => [record.id, record]));
    const all: DataRecord[] = DATASETS.flatMap((name) => scaled[name].map(({ record }) => record));
    let checked = 0;
    for (const record of all.filter((candidate) => COPY.test(String(candidate.id)))) {
      for (const { source, quote } of citationsIn(record)) {
        expect(source, `${record.id} cites a source of its own copy`).toMatch(COPY);
        const text = readFileSync(join(first.dir, String(sources.get(source)!.file)), 'utf8');
        expect(text.includes(quote), `${record.id}: "${quote}" in ${source}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    for (const source of scaled.sources.filter(({ record }) => COPY.test(String(record.id)))) {
      const original = scaled.sources.find(({ record }) => record.id === String(source.record.id).replace(COPY, ''))!;
      const generated = readFileSync(join(first.dir, String(source.record.file)), 'utf8');
      expect(generated).not.toBe(readFileSync(join(first.dir, String(original.record.file)), 'utf8'));
    }
  });

  it('only uses real communes of the official geographic code, under their real department', () => {
    for (const { record } of records(first.dir).territories.filter(({ record }) => record.level === 'commune')) {
      const commune = communes.find(({ code }) => code === record.code);
      expect(commune?.nom, String(record.id)).toBe(record.name);
      expect(record.parent).toBe(`departement-${commune!.departement}`);
    }
  });
});
