import { readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DATASETS, type DatasetName } from './datasets.ts';
import type { Issue } from './issue.ts';
import { root } from './paths.ts';

export type DataRecord = Record<string, unknown> & { id?: string };

/** A record and where it came from, so that every later check can name file and line. */
export interface Located {
  record: DataRecord;
  file: string;
  line: number;
}

export interface RawData {
  metadata: unknown;
  records: Record<DatasetName, Located[]>;
}

const display = (path: string) => relative(root, path) || path;

/** Reads `data/`: one JSONL file per dataset (one record per line) and metadata.json. Never throws on bad content: it reports. */
export function readData(dataDir: string): { data: RawData; issues: Issue[] } {
  const issues: Issue[] = [];
  const records = {} as Record<DatasetName, Located[]>;
  for (const name of DATASETS) {
    const path = join(dataDir, `${name}.jsonl`);
    const file = display(path);
    records[name] = [];
    if (!existsSync(path)) {
      issues.push({ file, pointer: '', message: `missing dataset file ${name}.jsonl` });
      continue;
    }
    const lines = readFileSync(path, 'utf8').split('\n');
    lines.forEach((text, index) => {
      if (text.trim() === '') return;
      const line = index + 1;
      try {
        const record = JSON.parse(text) as DataRecord;
        records[name].push({ record, file, line });
      } catch (error) {
        issues.push({ file, line, pointer: '', message: `malformed JSON: ${(error as Error).message}` });
      }
    });
  }
  const metadataPath = join(dataDir, 'metadata.json');
  let metadata: unknown = undefined;
  try {
    metadata = JSON.parse(readFileSync(metadataPath, 'utf8'));
  } catch (error) {
    issues.push({ file: display(metadataPath), pointer: '', message: `unreadable metadata: ${(error as Error).message}` });
  }
  return { data: { metadata, records }, issues };
}
