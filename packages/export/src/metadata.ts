import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryUrl, root, type DatasetName } from '@acces-soins/validate';
export { dataDate } from '@acces-soins/validate';
import type { MetadataFile } from '../../data/generated/metadata-file.ts';

/**
 * data/metadata.json: its type is generated from schemas/metadata.schema.json by the data package's build; the schema
 * requires an entry for every dataset (a list the generated index signature cannot carry), hence the Record.
 */
export type Metadata = Omit<MetadataFile, 'datasets'> & { datasets: Record<DatasetName, MetadataFile['datasets'][string]> };

/**
 * The project's name (root package.json), the data's version (the published @acces-soins/data package) and the
 * repository address (the one setting, see repositoryUrl; absent when unknown).
 */
export function projectRelease(): { name: string; version: string; repository?: string } {
  const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as { name: string; version: string };
  const repository = repositoryUrl();
  return { name: read('package.json').name, version: read('packages/data/package.json').version, ...(repository !== undefined && { repository }) };
}
