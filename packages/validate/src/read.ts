import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS, type DatasetName } from './datasets.ts';
import type { Issue } from './issue.ts';
import { displayPath } from './paths.ts';

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

/** JSON.parse's message, where "line 1" would contradict the file line the issue names: the column is enough. */
const parseErrorMessage = (error: unknown) =>
  (error as Error).message.replace(/ in JSON at position \d+ \(line 1 column (\d+)\)$/, ' (column $1)');

/** Reads `data/`: one JSONL file per dataset (one record per line) and metadata.json. Never throws on bad content: it reports. */
export function readData(dataDir: string): { data: RawData; issues: Issue[] } {
  const issues: Issue[] = [];
  const records = {} as Record<DatasetName, Located[]>;
  for (const name of DATASETS) {
    const path = join(dataDir, `${name}.jsonl`);
    const file = displayPath(path);
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
        issues.push({ file, line, pointer: '', message: `malformed JSON: ${parseErrorMessage(error)}` });
      }
    });
  }
  let metadata: unknown = undefined;
  try {
    metadata = JSON.parse(readFileSync(join(dataDir, 'metadata.json'), 'utf8'));
  } catch (error) {
    issues.push({ file: metadataFile(dataDir), pointer: '', message: `unreadable metadata: ${(error as Error).message}` });
  }
  return { data: { metadata, records }, issues };
}

/** The name of `metadata.json` in messages. */
export const metadataFile = (dataDir: string) => displayPath(join(dataDir, 'metadata.json'));
