/**
 * Input limits, checked before anything recursive (Ajv, the integrity checks, the build steps) sees a value, so that
 * no data file, however broken, can exhaust the stack or the memory: bad input gets a one-line message, never a crash.
 *
 * Each limit is far above what real data needs (measured on data/ when they were set: longest line 9,477
 * characters, longest string 423, deepest value 5 levels) and far below what would hurt.
 */
export const LIMITS = {
  /** Bytes in one data file (the ×1000 benchmark data is about 50 MB per file). */
  fileBytes: 256 * 1024 * 1024,
  /** Characters on one line of a JSONL file: one record. */
  lineLength: 1_000_000,
  /** Characters in one string value or property name. */
  stringLength: 100_000,
  /** Levels of nested objects and arrays in one record (the record itself is level 1). */
  depth: 32,
} as const;

/** A JSON pointer segment (RFC 6901). */
const segment = (key: string | number) => String(key).replaceAll('~', '~0').replaceAll('/', '~1');

/** Where a value breaks a limit, and how. */
export interface LimitBreach {
  pointer: string;
  message: string;
}

const count = (value: number) => value.toLocaleString('en-US');

/**
 * The first place where `value` nests deeper than LIMITS.depth or holds a string (or property name) longer than
 * LIMITS.stringLength, or undefined. Iterative (an explicit stack), so any depth is safe to inspect.
 */
export function breachOf(value: unknown): LimitBreach | undefined {
  const stack: { value: unknown; pointer: string; depth: number }[] = [{ value, pointer: '', depth: 0 }];
  while (stack.length > 0) {
    const { value: current, pointer, depth } = stack.pop()!;
    if (typeof current === 'string') {
      if (current.length > LIMITS.stringLength) {
        return { pointer, message: `string of ${count(current.length)} characters, more than the limit of ${count(LIMITS.stringLength)}` };
      }
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > LIMITS.depth) {
      return { pointer, message: `nested more than ${LIMITS.depth} levels deep (objects and arrays): the limit is ${LIMITS.depth}` };
    }
    const entries: [string | number, unknown][] = Array.isArray(current) ? current.map((item, index) => [index, item]) : Object.entries(current);
    // Reversed onto the stack, so the first breach in document order is the one reported.
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [key, child] = entries[index]!;
      const childPointer = `${pointer}/${segment(key)}`;
      if (typeof key === 'string' && key.length > LIMITS.stringLength) {
        return { pointer: childPointer, message: `property name of ${count(key.length)} characters, more than the limit of ${count(LIMITS.stringLength)}` };
      }
      stack.push({ value: child, pointer: childPointer, depth: depth + 1 });
    }
  }
  return undefined;
}

/** A raw control character (U+0000–U+001F other than tab) in a line: JSON allows them only escaped. */
export function controlCharacterIn(text: string): { column: number; code: string } | undefined {
  // eslint-disable-next-line no-control-regex
  const match = /[\u0000-\u0008\u000a-\u001f]/.exec(text);
  if (match === null) return undefined;
  return { column: match.index + 1, code: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
}

/** The id at the start of a line that cannot be parsed in full (too long, or broken further on), for messages. */
export function leadingId(text: string): string | undefined {
  const match = /^\s*\{\s*"id"\s*:\s*"([a-z0-9][a-z0-9-]{0,199})"/.exec(text.slice(0, 300));
  return match?.[1];
}

export { count as formatCount };
