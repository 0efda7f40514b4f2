import { UNPUBLISHED, type DatasetName, type Located } from '@acces-soins/validate';

/** Properties kept out of the snapshot: one list for every published form, in @acces-soins/validate. */
export { UNPUBLISHED };

/** The records as published: same order, same key order, without the unpublished properties. */
export function publishedRecords(dataset: DatasetName, records: Located[]): Located[] {
  const omitted = UNPUBLISHED[dataset] ?? [];
  if (omitted.length === 0) return records;
  return records.map((located) => ({
    ...located,
    record: Object.fromEntries(Object.entries(located.record).filter(([key]) => !omitted.includes(key))),
  }));
}
