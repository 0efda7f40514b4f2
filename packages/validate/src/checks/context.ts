import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS, type DatasetName } from '../datasets.ts';
import type { Issue } from '../issue.ts';
import type { DataRecord, Located, RawData } from '../read.ts';
import { metadataFile } from '../read.ts';
import { isObject } from './walk.ts';

/** What every integrity check reads: the records, indexed by id, and the source texts. */
export interface Context {
  dataDir: string;
  metadata: unknown;
  /** Name of metadata.json in messages. */
  metadataFile: string;
  /** Records that are JSON objects (anything else already failed the schema check). */
  records: Record<DatasetName, Located[]>;
  /** First record with each id, per dataset (later duplicates are reported by the id check). */
  byId: Record<DatasetName, Map<string, Located>>;
  /** Bytes of each text source's file, by source id, for the files that exist. */
  sourceFiles: Map<string, Buffer>;
}

export const idOf = (record: DataRecord): string | undefined => (typeof record.id === 'string' ? record.id : undefined);

/** An issue about one record: file, line and id come from where the record was read. */
export function issueAt(located: Located, pointer: string, message: string): Issue {
  return { file: located.file, line: located.line, id: idOf(located.record), pointer, message };
}

export function buildContext(data: RawData, dataDir: string): Context {
  const records = {} as Record<DatasetName, Located[]>;
  const byId = {} as Record<DatasetName, Map<string, Located>>;
  for (const name of DATASETS) {
    records[name] = data.records[name].filter((located) => isObject(located.record));
    byId[name] = new Map();
    for (const located of records[name]) {
      const id = idOf(located.record);
      if (id !== undefined && !byId[name].has(id)) byId[name].set(id, located);
    }
  }
  const sourceFiles = new Map<string, Buffer>();
  for (const { record } of records.sources) {
    const id = idOf(record);
    if (id === undefined || typeof record.file !== 'string') continue;
    const path = join(dataDir, record.file);
    if (existsSync(path)) sourceFiles.set(id, readFileSync(path));
  }
  return { dataDir, metadata: data.metadata, metadataFile: metadataFile(dataDir), records, byId, sourceFiles };
}
