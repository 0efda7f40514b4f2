import { validateData } from '@acces-soins/validate';
import { emit, option } from '../lib/child.ts';
import { parseAll, readLines } from '../lib/jsonl.ts';
import { repeat } from '../lib/timing.ts';

// `pnpm validate` end to end (read files, compile the schemas, schema check, integrity checks) against JSON.parse of
// the same bytes. Runs in its own process; one warm-up, then timed runs.
const dataDir = option('data')!;
const runs = Number(option('runs', '5'));
const data = readLines(dataDir);

let issues = 0;
const validate = repeat(() => (issues = validateData({ dataDir }).issues.length), { runs });
if (issues > 0) throw new Error(`${dataDir}: ${issues} validation issue(s); the benchmark only measures valid data`);
const parse = repeat(() => parseAll(data), { runs, minSampleMs: 50, warmupMs: 500 });
emit({ records: data.records, bytes: data.bytes, validateMs: validate, parseMs: parse });
