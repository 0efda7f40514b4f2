import type { ErrorObject } from 'ajv';
import { isObject } from './checks/walk.ts';

/** Where an Ajv error is and what it means, in plain words. */
export interface Described {
  pointer: string;
  message: string;
}

const show = (value: unknown) => JSON.stringify(value);

const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** The properties a subschema requires when requiring them is all it does, e.g. `{ "required": ["person"] }`. */
const requiredOnly = (schema: unknown): string[] | undefined =>
  isObject(schema) && Object.keys(schema).length === 1 && Array.isArray(schema.required) ? (schema.required as string[]) : undefined;

const names = (list: string[]) => list.map((name) => `"${name}"`).join(', ');

/** "needs exactly one of …" when every alternative just requires a property, else Ajv's own words. */
function alternatives(error: ErrorObject, quantity: string): string {
  const branches = Array.isArray(error.schema) ? error.schema.map(requiredOnly) : [];
  if (branches.length === 0 || branches.some((branch) => branch === undefined)) return error.message ?? error.keyword;
  return `needs ${quantity} of ${names(branches.flat() as string[])}`;
}

function message(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown property "${String(params.additionalProperty)}"`;
    case 'required':
      return `missing required field "${String(params.missingProperty)}"`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map(show).join(', ')}, not ${show(error.data)}`;
    case 'const':
      return `must be ${show(params.allowedValue)}, not ${show(error.data)}`;
    case 'type':
      return `must be of type ${String(params.type)}, not ${kindOf(error.data)} ${show(error.data)}`;
    case 'format':
      return `${show(error.data)} is not a valid ${String(params.format)}`;
    case 'pattern':
      return `${show(error.data)} does not have the expected form ${String(params.pattern)}`;
    case 'not': {
      const forbidden = requiredOnly(error.schema);
      return forbidden === undefined ? (error.message ?? error.keyword) : `must not have ${names(forbidden)} here`;
    }
    case 'oneOf':
      return alternatives(error, 'exactly one');
    case 'anyOf':
      return alternatives(error, 'at least one');
    default:
      return error.message ?? error.keyword;
  }
}

/** An unknown property is pointed at itself; anything else at the value Ajv names. */
const pointerOf = (error: ErrorObject) =>
  error.keyword === 'additionalProperties' ? `${error.instancePath}/${String((error.params as { additionalProperty: string }).additionalProperty)}` : error.instancePath;

/**
 * Plain-language issues for the errors of a validator created with `verbose: true`. Dropped: the "if" that chose a
 * failing branch, and the failures of each alternative of a oneOf/anyOf, which the oneOf/anyOf message sums up.
 */
export function describeErrors(errors: ErrorObject[]): Described[] {
  const alternativeGroups = errors.filter((error) => error.keyword === 'oneOf' || error.keyword === 'anyOf');
  const insideAlternative = (error: ErrorObject) =>
    alternativeGroups.some((group) => group.instancePath === error.instancePath && error.schemaPath.startsWith(`${group.schemaPath}/`));
  return errors
    .filter((error) => error.keyword !== 'if' && !insideAlternative(error))
    .map((error) => ({ pointer: pointerOf(error), message: message(error) }));
}
