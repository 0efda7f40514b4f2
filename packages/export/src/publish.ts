import type { DatasetName, Located } from '@acces-soins/validate';

/**
 * Properties kept out of the snapshot. A source's `file` is the path of the third-party text in data/: the texts are
 * not redistributed (their sha256 is), so the path would point to nothing.
 */
export const UNPUBLISHED: Readonly<Partial<Record<DatasetName, readonly string[]>>> = { sources: ['file'] };

/** The records as published: same order, same key order, without the unpublished properties. */
export function publishedRecords(dataset: DatasetName, records: Located[]): Located[] {
  const omitted = UNPUBLISHED[dataset] ?? [];
  if (omitted.length === 0) return records;
  return records.map((located) => ({
    ...located,
    record: Object.fromEntries(Object.entries(located.record).filter(([key]) => !omitted.includes(key))),
  }));
}
