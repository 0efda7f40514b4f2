import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASETS, InvalidDataError, dataDir as realDataDir, readData, REFERENCE_PROPERTIES, type DatasetName, type DataRecord } from '@acces-soins/validate';
import { CommuneSubstitution } from './lib/communes.ts';
import { composeSourceText, isText, PhrasePool, proseParagraphs } from './lib/phrases.ts';
import { createRandom, seedOf, type Random } from './lib/random.ts';

/**
 * Scales the real dataset ×N into valid synthetic data for the benchmarks: copy k of every fact-bearing record gets the
 * id suffix `-x000k`, references that stay inside its copy, texts recombined from real phrases, real communes of the
 * same department, and its own source texts containing every quote it cites. Vocabularies (themes) and the COG
 * territories are not copied: they do not grow with the number of facts.
 */

/** Datasets copied N times. Text sources are copied; reference datasets (no text) are not. */
const COPIED: readonly DatasetName[] = ['sources', 'organisations', 'people', 'initiatives', 'events', 'indicators', 'facilities'];
/** Datasets whose descriptive texts are recombined; the others hold proper names, kept as they are. */
const REPHRASED: readonly DatasetName[] = ['initiatives', 'events', 'indicators'];
/** Texts that explain a fact of their own record (how a date was inferred): never recombined. */
const KEPT_TEXTS = new Set(['reasoning']);

export const DEFAULT_SEED = 20261122;
export const benchOutDir = fileURLToPath(new URL('./.out/', import.meta.url));

export interface GenerateOptions {
  scale: number;
  /** Folder to (re)create; default `bench/.out/data-x<scale>`. */
  outDir?: string;
  dataDir?: string;
  seed?: number;
}

export interface ScaledData {
  dir: string;
  scale: number;
  records: Record<DatasetName, number>;
  /** Bytes of the JSONL files (what validation and JSON.parse read). */
  jsonlBytes: number;
}

const suffixOf = (copy: number) => `-x${String(copy).padStart(4, '0')}`;
const MAX_ID_LENGTH = 80;

/** Every `{source, quote}` object in a record. */
function* quotesIn(value: unknown): Generator<{ source: string; quote: string }> {
  if (Array.isArray(value)) {
    for (const item of value) yield* quotesIn(item);
  } else if (typeof value === 'object' && value !== null) {
    const { source, quote } = value as Record<string, unknown>;
    if (typeof source === 'string' && typeof quote === 'string') yield { source, quote };
    for (const child of Object.values(value)) yield* quotesIn(child);
  }
}

/** Appends JSONL lines to the dataset files of the output folder. */
class DatasetWriter {
  private readonly fds = new Map<DatasetName, number>();
  readonly counts = Object.fromEntries(DATASETS.map((name) => [name, 0])) as Record<DatasetName, number>;
  constructor(dir: string) {
    for (const name of DATASETS) this.fds.set(name, openSync(join(dir, `${name}.jsonl`), 'w'));
  }
  write(name: DatasetName, record: DataRecord): void {
    writeSync(this.fds.get(name)!, `${JSON.stringify(record)}\n`);
    this.counts[name]++;
  }
  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
  }
}

export function generateScaledData(options: GenerateOptions): ScaledData {
  const { scale, seed = DEFAULT_SEED } = options;
  if (!Number.isInteger(scale) || scale < 1 || scale > 9999) throw new Error(`scale must be an integer from 1 to 9999, got ${scale}`);
  const dataDir = resolve(options.dataDir ?? realDataDir);
  const outDir = resolve(options.outDir ?? join(benchOutDir, `data-x${scale}`));
  const { data, issues } = readData(dataDir);
  if (issues.length > 0) throw new InvalidDataError(issues);
  const records = Object.fromEntries(DATASETS.map((name) => [name, data.records[name].map((located) => located.record)])) as Record<DatasetName, DataRecord[]>;

  const isTextSource = (record: DataRecord) => typeof record.file === 'string';
  const copied = (name: DatasetName) => (COPIED.includes(name) ? records[name].filter((record) => name !== 'sources' || isTextSource(record)) : []);
  const copiedIds = new Set(DATASETS.flatMap((name) => copied(name).map((record) => String(record.id))));
  for (const id of copiedIds) {
    if (id.length + suffixOf(scale).length > MAX_ID_LENGTH) throw new Error(`id "${id}" is too long to take a copy suffix within ${MAX_ID_LENGTH} characters`);
  }
  // The validator's own table of properties that hold ids: copies must satisfy exactly the references it checks.
  const referenceKeys = new Set(Object.keys(REFERENCE_PROPERTIES));
  const communes = new CommuneSubstitution(
    records.territories.filter((record) => record.level === 'commune') as { id: string; code: string; parent: string; reference: string }[],
    seed,
  );
  const phrases = new PhrasePool();
  for (const name of REPHRASED) {
    for (const record of records[name]) {
      forEachText(record, (key, text) => phrases.add(`${name}/${key}`, text));
    }
  }
  const sourceTexts = new Map(records.sources.filter(isTextSource).map((record) => [String(record.id), readFileSync(join(dataDir, String(record.file)), 'utf8')]));
  const prose = proseParagraphs([...sourceTexts.values()]);

  // Written beside the target and renamed into place once complete: never a half-written folder.
  const partial = `${outDir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(join(partial, 'sources'), { recursive: true });
  copyFileSync(join(dataDir, 'metadata.json'), join(partial, 'metadata.json'));
  const writer = new DatasetWriter(partial);
  try {
    for (const name of DATASETS) for (const record of records[name]) writer.write(name, record);
    for (const record of records.sources.filter(isTextSource)) copyFileSync(join(dataDir, String(record.file)), join(partial, String(record.file)));
    const territoryIds = new Set(records.territories.map((record) => String(record.id)));

    for (let copy = 1; copy < scale; copy++) {
      const random = createRandom(seedOf(seed, copy));
      const suffix = suffixOf(copy);
      const mapId = (id: string) => {
        if (copiedIds.has(id)) return id + suffix;
        if (!communes.isCommune(id)) return id;
        const commune = communes.substitute(id, copy);
        if (!territoryIds.has(commune.id)) {
          territoryIds.add(commune.id);
          writer.write('territories', commune as unknown as DataRecord);
        }
        return commune.id;
      };
      const clones = new Map<DatasetName, DataRecord[]>();
      for (const name of DATASETS) {
        clones.set(name, copied(name).map((record) => copyRecord(record, { suffix, mapId, referenceKeys, rephrase: REPHRASED.includes(name) ? { phrases, random, dataset: name } : undefined })));
      }
      const quotes = new Map<string, string[]>();
      for (const list of clones.values()) {
        for (const record of list) for (const { source, quote } of quotesIn(record)) quotes.set(source, [...(quotes.get(source) ?? []), quote]);
      }
      for (const source of clones.get('sources')!) {
        const originalId = String(source.id).slice(0, -suffix.length);
        const text = composeSourceText({
          title: (source.title as { fr: string }).fr,
          quotes: quotes.get(String(source.id)) ?? [],
          prose,
          length: sourceTexts.get(originalId)!.length,
          random,
        });
        source.file = `sources/${source.id}.txt`;
        source.sha256 = createHash('sha256').update(text).digest('hex');
        delete source.seed;
        writeFileSync(join(partial, String(source.file)), text);
      }
      for (const [name, list] of clones) for (const record of list) writer.write(name, record);
    }
  } finally {
    writer.close();
  }
  rmSync(outDir, { recursive: true, force: true });
  renameSync(partial, outDir);
  const jsonlBytes = DATASETS.reduce((total, name) => total + statSync(join(outDir, `${name}.jsonl`)).size, 0);
  return { dir: outDir, scale, records: writer.counts, jsonlBytes };
}

/** Calls `visit` with every bilingual text of a record and the property that holds it, except the kept ones. */
function forEachText(value: unknown, visit: (key: string, text: { fr: string; en: string }) => void, key = ''): void {
  if (isText(value)) {
    if (!KEPT_TEXTS.has(key)) visit(key, value);
  } else if (Array.isArray(value)) {
    for (const item of value) forEachText(item, visit, key);
  } else if (typeof value === 'object' && value !== null) {
    for (const [childKey, child] of Object.entries(value)) forEachText(child, visit, childKey);
  }
}

interface CopyContext {
  suffix: string;
  mapId: (id: string) => string;
  referenceKeys: Set<string>;
  rephrase?: { phrases: PhrasePool; random: Random; dataset: DatasetName };
}

/** One record of copy k: suffixed id, references mapped into the copy, descriptive texts recombined. */
function copyRecord(record: DataRecord, context: CopyContext): DataRecord {
  const copy = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return context.referenceKeys.has(key) ? context.mapId(value) : value;
    if (Array.isArray(value)) return value.map((item) => copy(item, key));
    if (typeof value !== 'object' || value === null) return value;
    if (context.rephrase !== undefined && isText(value) && !KEPT_TEXTS.has(key)) {
      const { phrases, random, dataset } = context.rephrase;
      return phrases.recombine(`${dataset}/${key}`, value, random);
    }
    return Object.fromEntries(Object.entries(value).map(([childKey, child]) => [childKey, copy(child, childKey)]));
  };
  const result = copy(record, '') as DataRecord;
  result.id = String(record.id) + context.suffix;
  return result;
}

const argument = (flag: string) => {
  const index = process.argv.indexOf(flag);
  return index === -1 ? undefined : process.argv[index + 1];
};

// `node bench/generate.ts --scale 10 [--out DIR] [--data DIR]`
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const scale = Number(argument('--scale') ?? '10');
  const result = generateScaledData({ scale, outDir: argument('--out'), dataDir: argument('--data') });
  console.log(`×${scale}: ${Object.values(result.records).reduce((a, b) => a + b, 0)} records, ${result.jsonlBytes} bytes of JSONL in ${result.dir}`);
}
