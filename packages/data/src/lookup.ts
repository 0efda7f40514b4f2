// Indexes by id, built once per dataset on first use (never at import), and the error a missing id gets.

const indexes = new WeakMap<readonly { id: string }[], Map<string, unknown>>();

/** The record with this id in `records`, or undefined. */
export function find<T extends { readonly id: string }>(records: readonly T[], id: string): T | undefined {
  let index = indexes.get(records);
  if (index === undefined) indexes.set(records, (index = new Map(records.map((record) => [record.id, record]))));
  return index.get(id) as T | undefined;
}

const groupings = new WeakMap<readonly object[], Map<string, Map<string, readonly object[]>>>();

/**
 * The records of `records` whose `key` gives `value`, in the dataset's order: records grouped once per dataset and key
 * (named by `name`) on first use, so that asking for one initiative's events, indicators or children does not scan
 * the whole dataset on every call. A record may sit in several groups (`key` returns a list).
 */
export function groupOf<T extends object>(records: readonly T[], name: string, key: (record: T) => readonly string[], value: string): readonly T[] {
  let byName = groupings.get(records);
  if (byName === undefined) groupings.set(records, (byName = new Map()));
  let groups = byName.get(name);
  if (groups === undefined) {
    const built = new Map<string, T[]>();
    for (const record of records) {
      for (const k of new Set(key(record))) {
        const group = built.get(k);
        if (group) group.push(record);
        else built.set(k, [record]);
      }
    }
    byName.set(name, (groups = built));
  }
  return (groups.get(value) ?? []) as readonly T[];
}

/** Edit distance, to suggest an id close to a mistyped one. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The ids that a mistyped or partial `id` most likely meant: `30` → `departement-30`, `acess-to-care` → `access-to-care`. */
export function closestIds(records: readonly { readonly id: string }[], id: string): string[] {
  const partial = records.filter((record) => record.id.endsWith(`-${id}`) || record.id.startsWith(`${id}-`)).map((record) => record.id);
  if (partial.length > 0) return partial.slice(0, 3);
  const limit = Math.max(2, Math.floor(id.length / 4));
  return records
    .map((record) => ({ id: record.id, distance: distance(record.id, id) }))
    .filter((candidate) => candidate.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((candidate) => candidate.id);
}

/** « no record "30" in territories — did you mean departement-30? …hint » */
export function missingRecord(dataset: string, id: string, suggestions: string[], hint?: string): RangeError {
  const mean = suggestions.length === 0 ? '' : ` — did you mean ${suggestions.join(' or ')}?`;
  return new RangeError(`no record ${JSON.stringify(id)} in ${dataset}${mean}${hint === undefined ? '' : `${mean ? '' : ' —'} ${hint}`}`);
}

/** The record with this id; a RangeError naming the dataset and the nearest ids otherwise. */
export function mustFind<T extends { readonly id: string }>(dataset: string, records: readonly T[], id: string): T {
  const record = find(records, id);
  if (record === undefined) throw missingRecord(dataset, id, closestIds(records, id));
  return record;
}
