import type { DatasetName } from '../generated/datasets.ts';
import { validators } from '../generated/validators.ts';
import type { ValidatorError } from './validator.ts';

export * from '../generated/validators.ts';
export type { Validator, ValidatorError } from './validator.ts';

/** A reason a record is invalid, in plain words. */
export interface ValidationError {
  /** JSON pointer to the faulty value inside the record, `/` for the record itself. */
  path: string;
  message: string;
}

function describe(error: ValidatorError): string {
  const params = error.params as { additionalProperty?: string; missingProperty?: string; allowedValues?: unknown[] };
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown property "${params.additionalProperty}"`;
    case 'required':
      return `missing required field "${params.missingProperty}"`;
    case 'enum':
      return `must be one of ${params.allowedValues!.map((value) => JSON.stringify(value)).join(', ')}`;
    default:
      return error.message ?? error.keyword;
  }
}

/**
 * Checks a record against the schema of its dataset, with the precompiled validators (the same rules as the
 * project's own `pnpm validate`, without the cross-record checks). Returns every error; none when the record is valid.
 */
export function validate(dataset: DatasetName, record: unknown): ValidationError[] {
  const validator = validators[dataset];
  if (validator === undefined) throw new Error(`unknown dataset "${String(dataset)}"`);
  if (validator(record)) return [];
  return (validator.errors ?? [])
    // Ajv reports a failing branch and then the `if` that chose it: the branch alone says what is wrong.
    .filter((error) => error.keyword !== 'if')
    .map((error) => ({ path: error.instancePath || '/', message: describe(error) }));
}
