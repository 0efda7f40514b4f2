/** One error of a precompiled validator, as Ajv reports it. */
export interface ValidatorError {
  /** JSON pointer to the faulty value inside the record, `` for the record itself. */
  instancePath: string;
  /** Pointer to the schema rule that failed. */
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  /** Ajv's own message: not kept (the validators are compiled without them); see `describeErrors`. */
  message?: string;
}

/** A precompiled validator as the standalone code exports it. */
export interface StandaloneValidator {
  (record: unknown): boolean;
  errors?: ValidatorError[] | null;
}

/** A precompiled validator for the records of type T: a type guard, with the reasons of the last failure. */
export interface Validator<T> {
  (record: unknown): record is T;
  /** The errors of the last call, `null` when it passed. */
  errors?: ValidatorError[] | null;
}
