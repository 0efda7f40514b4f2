import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, type DatasetName } from '@acces-soins/validate';
export { dataDate } from '@acces-soins/validate';
import type { MetadataFile } from '../../data/generated/metadata-file.ts';

/**
 * data/metadata.json: its type is generated from schemas/metadata.schema.json by the data package's build; the schema
 * requires an entry for every dataset (a list the generated index signature cannot carry), hence the Record.
 */
export type Metadata = Omit<MetadataFile, 'datasets'> & { datasets: Record<DatasetName, MetadataFile['datasets'][string]> };

/**
 * The project's name and repository address (root package.json `name` and `repository`, the one setting the site and
 * the package can read too) and the data's version (the published @acces-soins/data package).
 */
export function projectRelease(): { name: string; version: string; repository?: string } {
  const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as { name: string; version: string; repository?: string | { url?: string } };
  const project = read('package.json');
  const repository = typeof project.repository === 'string' ? project.repository : project.repository?.url;
  return { name: project.name, version: read('packages/data/package.json').version, ...(repository !== undefined && { repository: repository.replace(/^git\+/, '').replace(/\.git$/, '') }) };
}
