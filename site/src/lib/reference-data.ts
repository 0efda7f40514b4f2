/**
 * Reference data files of dependencies (the INSEE communes list, bounding boxes) read as data at build time:
 * `JSON.parse` of the file found in node_modules, as Node resolves the package. Imported as modules, these
 * megabytes went through Vite's transform and bundle (seconds of the build, hundreds of megabytes of memory).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const parsed = new Map<string, unknown>();

/** The parsed JSON file `specifier` (e.g. `@etalab/decoupage-administratif/data/communes.json`), read once. */
export function readPackageJson<T>(specifier: string): T {
  if (!parsed.has(specifier)) parsed.set(specifier, JSON.parse(readFileSync(require.resolve(specifier), 'utf8')));
  return parsed.get(specifier) as T;
}
