import type { DatasetName } from '../generated/datasets.ts';
import { validators } from '../generated/validators.ts';
import { describeErrors, type ValidationError } from './messages.ts';

export * from '../generated/validators.ts';
export type { Validator, ValidatorError } from './validator.ts';
export type { ValidationError } from './messages.ts';
export { describeErrors } from './messages.ts';

/**
 * Checks a record against the schema of its dataset, with the precompiled validators (the same rules as the
 * project's own `pnpm validate`, without the cross-record checks). Returns every problem, one plain message each
 * (field, value received, what is allowed); none when the record is valid.
 * To check one dataset without bundling the other validators: `describeErrors(validateEvent.errors ?? [], record)`.
 */
export function validate(dataset: DatasetName, record: unknown): ValidationError[] {
  const validator = validators[dataset];
  if (validator === undefined) throw new RangeError(`no dataset ${JSON.stringify(dataset)}`);
  if (validator(record)) return [];
  return describeErrors(validator.errors ?? [], record);
}
