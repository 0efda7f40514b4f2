/** Freezes the objects and arrays inside `value`, then `value` itself (plain loops: this runs over every record). */
function freezeTree(value: object): void {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (typeof item === 'object' && item !== null) freezeTree(item);
    }
  } else {
    for (const key in value) {
      const item: unknown = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) freezeTree(item);
    }
  }
  Object.freeze(value);
}

/**
 * Freezes a value and everything inside it, then returns it: the records every importer shares cannot be changed
 * by one of them. A value already frozen is returned as it is (the same JSON reached from ES and CommonJS modules).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) freezeTree(value);
  return value;
}
