import type { ErrorObject } from 'ajv';
import { DATASETS } from './datasets.ts';
import type { Issue } from './issue.ts';
import { InvalidDataError } from './issue.ts';
import { dataDir as defaultDataDir, schemasDir as defaultSchemasDir } from './paths.ts';
import { readData, type RawData } from './read.ts';
import { createAjv, loadSchemas } from './schemas.ts';
import { checkIntegrity } from './integrity.ts';

export interface ValidateOptions {
  dataDir?: string;
  schemasDir?: string;
}

/** Plain-language message for one Ajv error. */
function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown property "${(error.params as { additionalProperty: string }).additionalProperty}"`;
    case 'required':
      return `missing required field "${(error.params as { missingProperty: string }).missingProperty}"`;
    case 'enum':
      return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return error.message ?? error.keyword;
  }
}

/** Ajv reports the failing branch and then the "if" that chose it: the branch alone says what is wrong. */
const meaningful = (error: ErrorObject) => error.keyword !== 'if';

/** Schema check of every record, then the integrity checks a schema cannot express. Returns every issue found. */
export function validateData(options: ValidateOptions = {}): { data: RawData; issues: Issue[] } {
  const dataDir = options.dataDir ?? defaultDataDir;
  const schemas = loadSchemas(options.schemasDir ?? defaultSchemasDir);
  const ajv = createAjv(schemas);
  const { data, issues } = readData(dataDir);

  for (const name of DATASETS) {
    const validate = ajv.getSchema(schemas.datasets[name].$id)!;
    for (const { record, file, line } of data.records[name]) {
      if (validate(record)) continue;
      const id = typeof record?.id === 'string' ? record.id : undefined;
      for (const error of (validate.errors ?? []).filter(meaningful)) {
        issues.push({ file, line, id, pointer: error.instancePath, message: describe(error) });
      }
    }
  }
  const validateMetadata = ajv.getSchema(schemas.metadata.$id)!;
  if (data.metadata !== undefined && !validateMetadata(data.metadata)) {
    for (const error of (validateMetadata.errors ?? []).filter(meaningful)) {
      issues.push({ file: 'data/metadata.json', pointer: error.instancePath, message: describe(error) });
    }
  }
  issues.push(...checkIntegrity(data, dataDir));
  return { data, issues };
}

/** The validated data, or an InvalidDataError listing every issue. For the build steps: they never run on bad data. */
export function loadValidData(options: ValidateOptions = {}): RawData {
  const { data, issues } = validateData(options);
  if (issues.length > 0) throw new InvalidDataError(issues);
  return data;
}
