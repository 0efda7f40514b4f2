import type { ValidatorError } from './validator.ts';

/** A reason a record is invalid, in plain words. */
export interface ValidationError {
  /** JSON pointer to the faulty value inside the record, `/` for the record itself. */
  path: string;
  /** What is wrong: the value received and what is allowed. */
  message: string;
}

/** The value a JSON pointer designates inside `record` (undefined when it is not there). */
function valueAt(record: unknown, pointer: string): unknown {
  let value = record;
  for (const part of pointer.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return value;
}

const show = (value: unknown) => {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};
const parentOf = (pointer: string) => pointer.slice(0, pointer.lastIndexOf('/'));
const lastOf = (pointer: string) => pointer.slice(pointer.lastIndexOf('/') + 1);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const DATE_FORMS = { day: '2024-11-22', month: '2024-11', year: '2024' } as const;
const INSEE_FORMS: Record<string, string> = {
  region: '2 digits (76)',
  departement: '2 characters (30, 2A, 2B) or 3 overseas (971)',
  commune: '5 characters (11069, 2A004)',
};

/** The one message for a date's value that does not fit its precision, whatever rule (pattern, format) caught it. */
function dateMessage(value: unknown, precision: unknown): string {
  const allowed = `write ${DATE_FORMS.day}, ${DATE_FORMS.month} or ${DATE_FORMS.year} with precision day, month or year`;
  if (typeof value === 'string') {
    const fits = (Object.keys(DATE_FORMS) as (keyof typeof DATE_FORMS)[]).find((form) => new RegExp(`^\\d{4}${form === 'year' ? '' : form === 'month' ? '-\\d{2}' : '-\\d{2}-\\d{2}'}$`).test(value));
    if (fits !== undefined && fits !== precision) return `${show(value)} is a date to the ${fits}, but precision is ${show(precision)} — set precision "${fits}", or ${allowed}`;
    if (fits === 'day' || fits === 'month') return `${show(value)} is not a date (no such day or month) — ${allowed}`;
  }
  return `${show(value)} is not a date — ${allowed}`;
}

/** One plain message for one Ajv error, with the key that merges errors about the same problem. */
function describe(error: ValidatorError, record: unknown): ValidationError & { key: string } {
  const path = error.instancePath || '/';
  const value = valueAt(record, error.instancePath);
  const params = error.params as Record<string, unknown>;
  const at = (message: string, key = path) => ({ path, message, key });
  const parent = valueAt(record, parentOf(error.instancePath)) as Record<string, unknown> | undefined;
  switch (error.keyword) {
    case 'required': {
      const field = `${error.instancePath}/${String(params.missingProperty)}`;
      return { path: field, message: 'missing — this field is required', key: field };
    }
    case 'additionalProperties': {
      const field = `${error.instancePath}/${String(params.additionalProperty)}`;
      return { path: field, message: `unknown field (value ${show(valueAt(record, field))}) — remove it or check its spelling`, key: field };
    }
    case 'type': {
      const expected = String(params.type).split(',').map((type) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`)).join(' or ');
      return at(`${show(value)} is ${Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`} — expected ${expected}`);
    }
    case 'enum':
      return at(`${show(value)} is not allowed — use one of ${(params.allowedValues as unknown[]).map(show).join(', ')}`);
    case 'const':
      if (lastOf(error.instancePath) === 'precision' && parent && 'approximation' in parent) {
        return at(`early, mid or late (approximation ${show(parent.approximation)}) is only for a date known to the month, not precision ${show(value)} — remove approximation or use precision "month"`, parentOf(error.instancePath));
      }
      return at(`${show(value)} is not allowed — the only value allowed here is ${show(params.allowedValue)}`);
    case 'not':
      if (value !== null && typeof value === 'object' && 'approximation' in value) {
        const date = value as Record<string, unknown>;
        return at(`early, mid or late (approximation ${show(date.approximation)}) is only for a date known to the month, not precision ${show(date.precision)} — remove approximation or use precision "month"`);
      }
      if (value !== null && typeof value === 'object' && 'reasoning' in value) return at('a reasoning is only for an inferred date — remove it, or set "inferred": true');
      return at(`${show(value)} is not allowed here`);
    case 'format':
    case 'pattern': {
      const field = lastOf(error.instancePath);
      if (field === 'value' && parent && 'precision' in parent) return at(dateMessage(value, parent.precision));
      if (field === 'code' && parent && typeof parent.level === 'string' && INSEE_FORMS[parent.level]) {
        return at(`${show(value)} is not the INSEE code of a ${parent.level} — write ${INSEE_FORMS[parent.level]}`);
      }
      if (field === 'code') return at(`${show(value)} is not an INSEE code — a region has 2 digits, a department 2 characters (2A, 2B) or 3 overseas, a commune 5`);
      if (field === 'id' || params.pattern === '^[a-z0-9]+(-[a-z0-9]+)*$') {
        return at(`${show(value)} is not an id — lower-case letters and digits, words joined by single hyphens (e.g. "plan-acces-soins")`);
      }
      return error.keyword === 'format'
        ? at(`${show(value)} is not a valid ${String(params.format)}`)
        : at(`${show(value)} does not have the expected form (${String(params.pattern)})`);
    }
    case 'minLength':
      return at(`${show(value)} is too short — at least ${plural(Number(params.limit), 'character')}`);
    case 'maxLength':
      return at(`${show(value)} is too long — at most ${plural(Number(params.limit), 'character')}`);
    case 'minItems':
      return at(`the list has ${Array.isArray(value) ? value.length : 0} item(s) — give at least ${Number(params.limit)}`);
    case 'uniqueItems':
      return at(`items ${String(params.j)} and ${String(params.i)} are the same (${show((value as unknown[])[Number(params.i)])}) — list each once`);
    case 'minimum':
    case 'exclusiveMinimum':
      return at(`${show(value)} is too small — ${error.keyword === 'minimum' ? 'at least' : 'more than'} ${String(params.limit)}`);
    case 'minProperties':
      return at('empty — give at least one field');
    case 'oneOf':
      return at('give an organisation or a person — exactly one of the two');
    case 'anyOf':
      return at('give an organisation or a name');
    default:
      return at(`${show(value)} breaks the rule "${error.keyword}" ${JSON.stringify(params)}`);
  }
}

/**
 * Ajv's errors as plain messages, one per problem: rules that report the same problem twice (a date's pattern and
 * its format; a failing branch and the `if` that chose it) give one message.
 */
export function describeErrors(errors: readonly ValidatorError[], record: unknown): ValidationError[] {
  const seen = new Set<string>();
  const result: ValidationError[] = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    const { key, ...described } = describe(error, record);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(described);
  }
  return result;
}
