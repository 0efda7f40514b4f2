import { rmSync } from 'node:fs';
import { exportSnapshot } from '@acces-soins/export';
import { emit, option } from '../lib/child.ts';
import { performance } from 'node:perf_hooks';

// The research snapshot (JSON, CSV, spreadsheet CSV, datapackage.json, citations, README, zip, checksums) of the ×N
// data, written to a folder of the bench: exportSnapshot as `pnpm build` runs it, validation of the data included.
const dataDir = option('data')!;
const outDir = option('out')!;
const runs = Number(option('runs', '5'));

// exportSnapshot is async (DuckDB writes the Parquet files): timed here, one warm-up run first, as repeat() does.
let files = await exportSnapshot({ dataDir, outDir });
const totalMs: number[] = [];
for (let run = 0; run < runs; run++) {
  const start = performance.now();
  files = await exportSnapshot({ dataDir, outDir });
  totalMs.push(performance.now() - start);
}
const bytes: Record<string, number> = {};
for (const file of files) bytes[file.kind] = (bytes[file.kind] ?? 0) + file.bytes.byteLength;
// Hundreds of megabytes at ×1000, and nothing reads them after this measurement.
rmSync(outDir, { recursive: true, force: true });
emit({ totalMs, bytes, files: files.length });
