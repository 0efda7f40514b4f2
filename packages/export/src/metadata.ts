import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, type DatasetName } from '@acces-soins/validate';
export { dataDate } from '@acces-soins/validate';
import type { Bilingual } from './schema-node.ts';

/** data/metadata.json, as its schema (schemas/metadata.schema.json) guarantees it once validated. */
export interface Metadata {
  title: Bilingual;
  description: Bilingual;
  keywords: string[];
  licences: { data: string; code: string };
  contributors: { title: string; roles: string[] }[];
  datasets: Record<DatasetName, { title: Bilingual; description: Bilingual; verified: string; review_by: string }>;
}


/** The project's name (root package.json) and the data's version (the published @acces-soins/data package). */
export function projectRelease(): { name: string; version: string } {
  const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as { name: string; version: string };
  return { name: read('package.json').name, version: read('packages/data/package.json').version };
}
