/**
 * Freezes a value and everything inside it, then returns it: the records every importer shares cannot be changed
 * by one of them. Objects already frozen are skipped (the same JSON reached from ES and CommonJS modules).
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}
