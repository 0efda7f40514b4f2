// The three run-time helpers Ajv's standalone code asks for, as plain ES functions. Ajv ships them as CommonJS
// (ajv/dist/runtime/*, ajv-formats/dist/formats): bundled as such they become one top-level call that no bundler
// can drop, and ajv-formats brings every format along. Same behaviour, from the same sources (links below).

/** String length in code points (ajv/dist/runtime/ucs2length, after punycode.ucs2.decode). */
export function ucs2length(text: string): number {
  let length = 0;
  for (let pos = 0; pos < text.length; length++) {
    const code = text.charCodeAt(pos++);
    if (code >= 0xd800 && code <= 0xdbff && pos < text.length && (text.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
}

/** Deep equality of JSON values (fast-deep-equal, as ajv/dist/runtime/equal), for `uniqueItems` and `const`. */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a !== a && b !== b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && equal((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The `date` format of ajv-formats (RFC 3339 full-date: the day exists in that month of that year). */
export const date = {
  validate(text: string): boolean {
    const match = /^(\d\d\d\d)-(\d\d)-(\d\d)$/.exec(text);
    if (!match) return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]!);
  },
};

/**
 * Appends an error to Ajv's list of errors (null while there is none): the statements Ajv repeats after each rule,
 * and the error object it writes out each time, in one place.
 */
export function addError<T>(errors: T[] | null, instancePath: string | T, schemaPath?: string, keyword?: string, params?: Record<string, unknown>): T[] {
  const error = (typeof instancePath === 'string' ? { instancePath, schemaPath, keyword, params } : instancePath) as T;
  if (errors === null) return [error];
  errors.push(error);
  return errors;
}
