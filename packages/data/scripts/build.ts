import { commandLine, dataDir, InvalidDataError, loadSchemas, loadValidData, schemasDir } from '@acces-soins/validate';
import { bundle } from './build/bundle.ts';
import { writeDatasets, writeTypeCheck } from './build/datasets.ts';
import { replaceDirectory } from './build/directory.ts';
import { writeMetadata } from './build/metadata.ts';
import { baselinePath, generatedDir } from './build/paths.ts';
import { publish, recordsOf } from './build/published.ts';
import { writeMetadataFileType, writeTypes } from './build/types.ts';
import { writeValidators } from './build/validators.ts';
import { readBaseline } from './release/baseline.ts';

// `pnpm --filter @acces-soins/data run build [--data DIR] [--schemas DIR]`: valid data only → generated/ (types,
// dataset modules, validators, metadata) → dist/ (tsup). Each step is one module of scripts/build/.
try {
  const { values } = commandLine('@acces-soins/data build', { options: { data: { type: 'string', default: dataDir }, schemas: { type: 'string', default: schemasDir } } });
  const options = { dataDir: values.data, schemasDir: values.schemas };
  const data = loadValidData(options);
  const published = publish(recordsOf(data), loadSchemas(options.schemasDir));
  await replaceDirectory(generatedDir, async (dir) => {
    await writeTypes(dir, published.schemas);
    await writeMetadataFileType(dir, loadSchemas(options.schemasDir));
    writeDatasets(dir, published);
    writeTypeCheck(dir, published);
    writeValidators(dir, published);
    writeMetadata(dir, published, data.metadata, readBaseline(baselinePath));
  });
  await bundle();
  console.log('@acces-soins/data built: generated/ and dist/.');
} catch (error) {
  if (!(error instanceof InvalidDataError)) throw error;
  console.error(`${error.message}\nNothing was built.`);
  process.exit(1);
}
