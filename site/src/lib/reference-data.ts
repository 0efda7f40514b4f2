/**
 * Reference data of dependencies read as data at build time, never bundled as modules (megabytes through Vite's
 * transform and bundle cost seconds and hundreds of megabytes of memory):
 * - `readPackageJson`: a JSON file of a package, as Node resolves it, parsed once;
 * - `preparedCommunes`: the communes of the covered regions and their bounding-box centres, extracted from
 *   @etalab/decoupage-administratif and @etalab/fr-bounding-boxes by scripts/reference.ts into reference/communes.json
 *   (0.4 MB read instead of 12.6 MB parsed on every build).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readPreparedCommunes, type PreparedCommunes } from '../../scripts/reference.ts';

const require = createRequire(import.meta.url);
const parsed = new Map<string, unknown>();

/** The parsed JSON file `specifier` (e.g. `@etalab/fr-bounding-boxes/dist/departements.json`), read once. */
export function readPackageJson<T>(specifier: string): T {
  if (!parsed.has(specifier)) parsed.set(specifier, JSON.parse(readFileSync(require.resolve(specifier), 'utf8')));
  return parsed.get(specifier) as T;
}

// The site is built from site/, tests run from the repository root.
const preparedFile = [join(process.cwd(), 'reference', 'communes.json'), join(process.cwd(), 'site', 'reference', 'communes.json')].find(existsSync);
const prepared = new Map<string, PreparedCommunes>();

/**
 * The prepared extract for these regions, read and checked once (scripts/reference.ts, `readPreparedCommunes`): a
 * stale or broken extract stops the build with the command that remakes it.
 */
export function preparedCommunes(regionCodes: readonly string[]): PreparedCommunes {
  const key = regionCodes.join(' ');
  if (!prepared.has(key)) prepared.set(key, readPreparedCommunes(regionCodes, preparedFile ?? join(process.cwd(), 'reference', 'communes.json')));
  return prepared.get(key)!;
}
