export { DATASETS, UNPUBLISHED, type DatasetName } from './datasets.ts';
export { formatIssue, InvalidDataError, type Issue } from './issue.ts';
export { root, dataDir, schemasDir } from './paths.ts';
export { readData, type DataRecord, type Located, type RawData } from './read.ts';
export { loadSchemas, createAjv, ANNOTATION_KEYWORDS, type JsonSchema, type Schemas } from './schemas.ts';
export { REFERENCE_PROPERTIES } from './checks/references.ts';
export { validateData, loadValidData, type ValidateOptions } from './validate.ts';
export { writeFileAtomically, replaceDirectory, replaceDirectorySync, writeDirectoryAtomically } from './files.ts';
export { dataDate } from './data-date.ts';
