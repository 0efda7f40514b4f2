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
import type { PreparedCommunes } from '../../scripts/reference.ts';

const require = createRequire(import.meta.url);
const parsed = new Map<string, unknown>();

/** The parsed JSON file `specifier` (e.g. `@etalab/fr-bounding-boxes/dist/departements.json`), read once. */
export function readPackageJson<T>(specifier: string): T {
  if (!parsed.has(specifier)) parsed.set(specifier, JSON.parse(readFileSync(require.resolve(specifier), 'utf8')));
  return parsed.get(specifier) as T;
}

// The site is built from site/, tests run from the repository root.
const preparedFile = [join(process.cwd(), 'reference', 'communes.json'), join(process.cwd(), 'site', 'reference', 'communes.json')].find(existsSync);
const REFRESH = 'run `pnpm --filter @acces-soins/site run reference` and commit site/reference/communes.json';
let prepared: PreparedCommunes | undefined;

/**
 * The prepared extract, checked against what the build uses: made from the installed package versions, covering
 * every region of `regionCodes`. A stale extract stops the build with the command that remakes it.
 */
export function preparedCommunes(regionCodes: readonly string[]): PreparedCommunes {
  if (!prepared) {
    if (!preparedFile) throw new Error(`site: reference/communes.json is missing: ${REFRESH}`);
    const read = JSON.parse(readFileSync(preparedFile, 'utf8')) as PreparedCommunes;
    for (const [name, version] of Object.entries(read.packages)) {
      const installed = readPackageJson<{ version: string }>(`${name}/package.json`).version;
      if (installed !== version) throw new Error(`site: ${preparedFile} was made from ${name} ${version}, ${installed} is installed: ${REFRESH}`);
    }
    prepared = read;
  }
  const missing = regionCodes.filter((code) => !prepared!.regions.includes(code));
  if (missing.length > 0) throw new Error(`site: ${preparedFile} lacks region(s) ${missing.join(', ')} of the territories dataset: ${REFRESH}`);
  return prepared;
}
