import { Validator } from '@cfworker/json-schema';
import { createAjv, DATASETS, type DatasetName, type Schemas } from '@acces-soins/validate';

/** Checks one record of a dataset: true when valid. */
export type RecordCheck = (dataset: DatasetName, record: unknown) => boolean;

/** A JSON Schema validator a user of the data could pick, prepared for the dataset schemas. */
export interface Candidate {
  name: string;
  kind: 'shipped' | 'alternative';
  /** What is built before the first record is checked (schema compilation); timed separately. */
  prepare: (schemas: Schemas) => RecordCheck;
}

/** Ajv 2020 compiled at run time, with the project's own configuration (the one used to precompile the shipped validators). */
export const ajvAtRunTime: Candidate = {
  name: 'Ajv 8 compiled at run time',
  kind: 'alternative',
  prepare: (schemas) => {
    const ajv = createAjv(schemas);
    const compiled = new Map(DATASETS.map((name) => [name, ajv.getSchema(schemas.datasets[name].$id)!]));
    return (dataset, record) => compiled.get(dataset)!(record) === true;
  },
};

/** @cfworker/json-schema: an interpreter (no code generation), draft 2020-12, cross-file `$ref` through addSchema. */
export const cfworker: Candidate = {
  name: '@cfworker/json-schema 4 (interpreted)',
  kind: 'alternative',
  prepare: (schemas) => {
    const validators = Object.fromEntries(
      DATASETS.map((name) => {
        // shortCircuit false: report every error, like Ajv's allErrors in `pnpm validate`.
        const validator = new Validator(schemas.datasets[name] as never, '2020-12', false);
        validator.addSchema(schemas.defs as never);
        return [name, validator];
      }),
    ) as Record<DatasetName, Validator>;
    return (dataset, record) => validators[dataset].validate(record).valid;
  },
};

/**
 * Invalid variants of a real record that every validator must reject: a missing id, an unknown property, a wrong type.
 * A candidate that accepts one of them (or rejects a real record) does not implement the schemas and is flagged.
 */
export function corruptions(record: Record<string, unknown>): unknown[] {
  const { id: _id, ...withoutId } = record;
  return [withoutId, { ...record, unexpected: true }, { ...record, id: 42 }];
}

export function rejectsCorruptions(check: RecordCheck, parsed: Record<DatasetName, unknown[]>): boolean {
  return DATASETS.every((name) => {
    const first = parsed[name][0] as Record<string, unknown> | undefined;
    return first === undefined || corruptions(first).every((record) => !check(name, record));
  });
}
