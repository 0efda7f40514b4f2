import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, type DatasetName } from '@acces-soins/validate';
import type { Bilingual } from './schema-node.ts';

/** data/metadata.json, as its schema (schemas/metadata.schema.json) guarantees it once validated. */
export interface Metadata {
  title: Bilingual;
  description: Bilingual;
  /** Which documents are in, how they were chosen, what is not covered (issue 10). */
  scope: Bilingual;
  keywords: string[];
  licences: { data: string; code: string };
  contributors: { title: string; roles: string[] }[];
  datasets: Record<DatasetName, { title: Bilingual; description: Bilingual; verified: string; review_by: string }>;
}

/** The data's date: the latest verification of any dataset against its sources (never the build's clock). */
export const dataDate = (metadata: Metadata): string => Object.values(metadata.datasets).map((dataset) => dataset.verified).sort().at(-1)!;

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
