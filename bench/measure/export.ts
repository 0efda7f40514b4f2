import { rmSync } from 'node:fs';
import { exportSnapshot } from '@acces-soins/export';
import { emit, option } from '../lib/child.ts';
import { repeat } from '../lib/timing.ts';

// The research snapshot (JSON, CSV, spreadsheet CSV, datapackage.json, citations, README, zip, checksums) of the ×N
// data, written to a folder of the bench: exportSnapshot as `pnpm build` runs it, validation of the data included.
const dataDir = option('data')!;
const outDir = option('out')!;
const runs = Number(option('runs', '5'));

let files: ReturnType<typeof exportSnapshot> = [];
const totalMs = repeat(() => (files = exportSnapshot({ dataDir, outDir })), { runs });
const bytes: Record<string, number> = {};
for (const file of files) bytes[file.kind] = (bytes[file.kind] ?? 0) + file.bytes.byteLength;
// Hundreds of megabytes at ×1000, and nothing reads them after this measurement.
rmSync(outDir, { recursive: true, force: true });
emit({ totalMs, bytes, files: files.length });
