import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DATASETS, type DatasetName } from '@acces-soins/validate';
import { emit, option } from '../lib/child.ts';
import { importExport, parsePublished, readPublished } from '../lib/published.ts';
import type { ValidatorEntry } from '../lib/results.ts';
import { repeat } from '../lib/timing.ts';
import { ajvAtRunTime, cfworker, rejectsCorruptions, type Candidate, type RecordCheck } from '../lib/validators.ts';

// A user's view: the published ×N records (the package's JSON files, built in the workspace) checked against the
// published schemas, by the validators shipped in @acces-soins/data and by the alternatives a user might pick,
// against JSON.parse of the same bytes. Schema checks only, in memory.
const packageDir = join(option('workspace')!, 'packages', 'data');
const runs = Number(option('runs', '5'));
const published = readPublished(packageDir);
const parsed = parsePublished(published);

/** Times checking every record; also tells whether every (real, valid) record was accepted. */
function validateAll(check: RecordCheck): { validateMs: number[]; acceptsAll: boolean } {
  let acceptsAll = true;
  const validateMs = repeat(() => {
    for (const name of DATASETS) for (const record of parsed[name]) if (!check(name, record)) acceptsAll = false;
  }, { runs, minSampleMs: 50, warmupMs: 500 });
  return { validateMs, acceptsAll };
}

const measure = (name: string, kind: ValidatorEntry['kind'], prepareMs: number[], check: RecordCheck): ValidatorEntry => {
  const { validateMs, acceptsAll } = validateAll(check);
  return { name, kind, prepareMs, validateMs, agrees: acceptsAll && rejectsCorruptions(check, parsed) };
};

// Shipped first, while the process is fresh: its cold import is what a user pays before the first record.
const start = performance.now();
const { validators: shippedValidators } = (await importExport(packageDir, './validators')) as { validators: Record<DatasetName, (record: unknown) => boolean> };
const importMs = performance.now() - start;
const shipped = measure('Shipped: @acces-soins/data/validators (precompiled)', 'shipped', [importMs], (dataset, record) => shippedValidators[dataset](record));

const alternative = (candidate: Candidate): ValidatorEntry => {
  let check = candidate.prepare(published.schemas);
  const prepareMs = repeat(() => (check = candidate.prepare(published.schemas)), { runs });
  return measure(candidate.name, candidate.kind, prepareMs, check);
};

const parseMs = repeat(() => parsePublished(published), { runs, minSampleMs: 50, warmupMs: 500 });
emit({ records: published.records, bytes: published.bytes, parseMs, validators: [shipped, ...[ajvAtRunTime, cfworker].map(alternative)] });
