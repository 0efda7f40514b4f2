import { basename } from 'node:path';
import { DATASETS, type DatasetName } from './datasets.ts';
import type { Issue } from './issue.ts';
import { InvalidDataError } from './issue.ts';
import { dataDir as defaultDataDir, schemasDir as defaultSchemasDir } from './paths.ts';
import { describeErrors } from './describe.ts';
import { metadataFile, readData, type RawData } from './read.ts';
import { createAjv, loadSchemas, type Schemas } from './schemas.ts';
import { checkIntegrity } from './integrity.ts';

export interface ValidateOptions {
  dataDir?: string;
  schemasDir?: string;
}

/** Dataset files in dependency order, then metadata.json. */
const fileRank = (file: string) => {
  const rank = DATASETS.indexOf(basename(file, '.jsonl') as DatasetName);
  return rank === -1 ? DATASETS.length : rank;
};

/** Issues in reading order (file, then line), so that one record's issues are listed together; stable within a line. */
const inReadingOrder = (a: Issue, b: Issue) => fileRank(a.file) - fileRank(b.file) || (a.line ?? 0) - (b.line ?? 0);

/**
 * The compiled Ajv for a set of schemas, kept while they stay the same: compiling costs a hundred times more than
 * validating our data, and a process (a test, the fuzz test, a watch) may validate many times.
 */
let compiled: { key: string; ajv: ReturnType<typeof createAjv> } | undefined;
function ajvFor(schemas: Schemas) {
  const key = JSON.stringify(schemas);
  if (compiled?.key !== key) compiled = { key, ajv: createAjv(schemas, { verbose: true }) };
  return compiled.ajv;
}

/** Schema check of every record, then the integrity checks a schema cannot express. Returns every issue found. */
export function validateData(options: ValidateOptions = {}): { data: RawData; issues: Issue[] } {
  const dataDir = options.dataDir ?? defaultDataDir;
  const schemas = loadSchemas(options.schemasDir ?? defaultSchemasDir);
  const ajv = ajvFor(schemas);
  const { data, issues } = readData(dataDir);

  for (const name of DATASETS) {
    const validate = ajv.getSchema(schemas.datasets[name].$id)!;
    for (const { record, file, line } of data.records[name]) {
      if (validate(record)) continue;
      const id = typeof record?.id === 'string' ? record.id : undefined;
      for (const { pointer, message } of describeErrors(validate.errors ?? [])) issues.push({ file, line, id, pointer, message });
    }
  }
  const validateMetadata = ajv.getSchema(schemas.metadata.$id)!;
  if (data.metadata !== undefined && !validateMetadata(data.metadata)) {
    for (const { pointer, message } of describeErrors(validateMetadata.errors ?? [])) issues.push({ file: metadataFile(dataDir), pointer, message });
  }
  issues.push(...checkIntegrity(data, dataDir));
  return { data, issues: issues.sort(inReadingOrder) };
}

/** The validated data, or an InvalidDataError listing every issue. For the build steps: they never run on bad data. */
export function loadValidData(options: ValidateOptions = {}): RawData {
  const { data, issues } = validateData(options);
  if (issues.length > 0) throw new InvalidDataError(issues);
  return data;
}
