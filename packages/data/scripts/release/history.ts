import { DATASETS } from '@acces-soins/validate';
import { canonicalJson, sha256, type Published } from '../build/published.ts';

/** Per dataset, per record id, per top-level property: a digest of its value, to tell which fields a correction touched. */
export type FieldDigests = Record<string, Record<string, Record<string, string>>>;

/** One record added, changed or removed by a release, with the top-level properties that differ. */
export interface RecordChange {
  dataset: string;
  id: string;
  change: 'added' | 'changed' | 'removed';
  /** Properties added, changed or removed; every property for an added or removed record. */
  fields: string[];
}

/** What one release changed in the records, kept in release-baseline.json so every later snapshot can list it. */
export interface ReleaseChanges {
  version: string;
  /** The release it is compared with; absent for the first. */
  previous?: string;
  changes: RecordChange[];
}

const digest = (value: unknown) => sha256(canonicalJson(value)).slice(0, 16);

export function fieldDigests(published: Published): FieldDigests {
  const result: FieldDigests = {};
  for (const name of DATASETS) {
    result[name] = Object.fromEntries(
      published.records[name].map((record) => [String(record.id), Object.fromEntries(Object.entries(record).map(([key, value]) => [key, digest(value)]))]),
    );
  }
  return result;
}

/** The part of a release snapshot the changes are read from: record digests, and field digests when it has them. */
export interface RecordState {
  datasets: Record<string, Record<string, string>>;
  fields?: FieldDigests;
}

/**
 * Every record added, changed or removed between two states, dataset by dataset, in the order of the data. A state
 * written before field digests existed tells that a record changed, not which fields: `fields` is then empty.
 */
export function recordChangesBetween(before: RecordState | undefined, after: RecordState): RecordChange[] {
  const changes: RecordChange[] = [];
  const fieldsOf = (state: RecordState | undefined, dataset: string, id: string) => state?.fields?.[dataset]?.[id];
  for (const dataset of new Set([...DATASETS, ...Object.keys(before?.datasets ?? {})])) {
    const old = before?.datasets[dataset] ?? {};
    const current = after.datasets[dataset] ?? {};
    for (const [id, recordDigest] of Object.entries(current)) {
      const now = fieldsOf(after, dataset, id) ?? {};
      if (!(id in old)) {
        changes.push({ dataset, id, change: 'added', fields: Object.keys(now) });
        continue;
      }
      if (old[id] === recordDigest) continue;
      const then = fieldsOf(before, dataset, id);
      const touched = then === undefined ? [] : [...new Set([...Object.keys(then), ...Object.keys(now)])].filter((key) => then[key] !== now[key]);
      changes.push({ dataset, id, change: 'changed', fields: touched });
    }
    for (const id of Object.keys(old)) {
      if (!(id in current)) changes.push({ dataset, id, change: 'removed', fields: Object.keys(fieldsOf(before, dataset, id) ?? {}) });
    }
  }
  return changes;
}
