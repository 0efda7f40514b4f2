import { DATASETS } from '@acces-soins/validate';
import { emit, option } from '../lib/child.ts';
import { parseAll, readLines } from '../lib/jsonl.ts';
import { repeat } from '../lib/timing.ts';
import { agreesWithSchemas, ajvAtRunTime, cfworker, type Candidate } from '../lib/validators.ts';

// Schema validation only, in memory, by each candidate validator, against JSON.parse of the same bytes.
const dataDir = option('data')!;
const runs = Number(option('runs', '5'));
const data = readLines(dataDir);
const parsed = parseAll(data);

const measure = (candidate: Candidate) => {
  let check = candidate.prepare();
  const prepareMs = repeat(() => (check = candidate.prepare()), { runs });
  const validateMs = repeat(() => {
    for (const name of DATASETS) for (const record of parsed[name]) check(name, record);
  }, { runs, minSampleMs: 50 });
  return { name: candidate.name, prepareMs, validateMs, agrees: agreesWithSchemas(check, parsed) };
};

const parseMs = repeat(() => parseAll(data), { runs, minSampleMs: 50 });
emit({ records: data.records, bytes: data.bytes, parseMs, candidates: [ajvAtRunTime, cfworker].map(measure) });
