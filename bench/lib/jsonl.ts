import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS, type DatasetName } from '@acces-soins/validate';

/** The non-empty lines of every dataset file, as validation reads them: the bytes that JSON.parse is compared on. */
export interface DatasetLines {
  lines: Record<DatasetName, string[]>;
  records: number;
  bytes: number;
}

export function readLines(dataDir: string): DatasetLines {
  const lines = {} as Record<DatasetName, string[]>;
  let records = 0;
  let bytes = 0;
  for (const name of DATASETS) {
    const text = readFileSync(join(dataDir, `${name}.jsonl`), 'utf8');
    bytes += Buffer.byteLength(text);
    lines[name] = text.split('\n').filter((line) => line.trim() !== '');
    records += lines[name].length;
  }
  return { lines, records, bytes };
}

/** JSON.parse of every line: the baseline every validator is compared to. */
export function parseAll(data: DatasetLines): Record<DatasetName, unknown[]> {
  const parsed = {} as Record<DatasetName, unknown[]>;
  for (const name of DATASETS) parsed[name] = data.lines[name].map((line) => JSON.parse(line));
  return parsed;
}
