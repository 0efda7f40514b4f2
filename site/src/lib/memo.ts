/**
 * Answers computed once per build: every page of a build asks the same questions of the same data (see data.ts).
 */

/** `compute` answered once per key. */
export function memo<A extends unknown[], R>(key: (...args: A) => string, compute: (...args: A) => R): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A) => {
    const k = key(...args);
    if (!cache.has(k)) cache.set(k, compute(...args));
    return cache.get(k)!;
  };
}
/** Built on first use, once per build. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
/** Appends `value` to the list of `key`, made on first use. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
