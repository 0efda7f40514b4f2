/** JSON pointer (RFC 6901) of a path: `['participants', 0, 'citation']` → `/participants/0/citation`. */
export const jsonPointer = (path: readonly (string | number)[]) =>
  path.map((token) => `/${String(token).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

/** The value at a property path, or undefined when any step is missing. */
export function valueAt(item: unknown, path: readonly string[]): unknown {
  let value = item;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
