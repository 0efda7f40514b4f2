/**
 * Prepares site/reference/communes.json, the extract of two reference packages the site needs, so that a build
 * reads 0.4 MB instead of parsing 12.6 MB of JSON (a tenth of a ×1 site build, and most of its garbage):
 * - the current communes of the regions the territories dataset covers, from the INSEE official geographic code
 *   as packaged by @etalab/decoupage-administratif: [INSEE code, name, department code, postcodes, region code];
 * - the centre of each of their bounding boxes, from @etalab/fr-bounding-boxes: INSEE code → [longitude, latitude].
 * Like us-atlas's pipeline: a short step, run again when a package or the regions change
 * (`pnpm --filter @acces-soins/site run reference`); the build refuses an extract made from other package versions
 * or other regions, and site/test/reference.test.ts fails when the committed file differs from what this step makes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { territories } from '@acces-soins/data';

const require = createRequire(import.meta.url);
const readJson = <T>(specifier: string): T => JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;

export const REFERENCE_PACKAGES = ['@etalab/decoupage-administratif', '@etalab/fr-bounding-boxes'] as const;
export const referenceFile = join(import.meta.dirname, '..', 'reference', 'communes.json');

export interface PreparedCommunes {
  /** The package versions the extract was made from. */
  packages: Record<(typeof REFERENCE_PACKAGES)[number], string>;
  /** Region codes covered. */
  regions: string[];
  /** [INSEE code, name, department code, postcodes separated by spaces, region code], in the package's order. */
  communes: [string, string, string, string, string][];
  /** INSEE code → centre of the commune's bounding box [longitude, latitude]. */
  centres: Record<string, [number, number]>;
}

interface ReferenceCommune {
  code: string;
  nom: string;
  type: string;
  region?: string;
  departement?: string;
  codesPostaux?: string[];
}

/** The installed version of a reference package. */
export const installedVersion = (name: string): string => readJson<{ version: string }>(`${name}/package.json`).version;

/** The extract for these regions, from the installed packages. */
export function prepareCommunes(regionCodes: readonly string[]): PreparedCommunes {
  const regions = [...new Set(regionCodes)].sort();
  const covered = new Set(regions);
  const departments = new Set(
    readJson<{ code: string; region: string }[]>('@etalab/decoupage-administratif/data/departements.json')
      .filter((d) => covered.has(d.region))
      .map((d) => d.code),
  );
  const communes = readJson<ReferenceCommune[]>('@etalab/decoupage-administratif/data/communes.json')
    .filter((c) => c.type === 'commune-actuelle' && c.region !== undefined && covered.has(c.region))
    .map((c): [string, string, string, string, string] => [c.code, c.nom, c.departement ?? '', (c.codesPostaux ?? []).join(' '), c.region!]);
  // Every commune-level box whose code lies in a covered department (current communes and the others the
  // territories dataset may name), keyed by INSEE code.
  const centres: Record<string, [number, number]> = {};
  for (const box of readJson<{ id: string; bbox: [number, number, number, number] }[]>('@etalab/fr-bounding-boxes/dist/communes.json')) {
    const code = box.id.replace('fr:commune:', '');
    if (!departments.has(code.slice(0, 2)) && !departments.has(code.slice(0, 3))) continue;
    const [west, south, east, north] = box.bbox;
    centres[code] = [(west + east) / 2, (south + north) / 2];
  }
  const packages = Object.fromEntries(REFERENCE_PACKAGES.map((name) => [name, installedVersion(name)])) as PreparedCommunes['packages'];
  return { packages, regions, communes, centres };
}

/** The file's text: one commune per line, so a package update reads as a diff of the communes that changed. */
export function serialise(prepared: PreparedCommunes): string {
  const lines = (rows: string[]) => rows.join(',\n');
  return [
    '{',
    `"packages": ${JSON.stringify(prepared.packages)},`,
    `"regions": ${JSON.stringify(prepared.regions)},`,
    `"communes": [\n${lines(prepared.communes.map((c) => JSON.stringify(c)))}\n],`,
    `"centres": {\n${lines(Object.entries(prepared.centres).map(([code, centre]) => `${JSON.stringify(code)}: ${JSON.stringify(centre)}`))}\n}`,
    '}',
    '',
  ].join('\n');
}

const REFRESH = 'run `pnpm --filter @acces-soins/site run reference` and commit site/reference/communes.json';

/**
 * The committed extract, checked against what the build uses: a readable file of the shape `serialise` writes, made
 * from the installed package versions, covering every region of `regionCodes`. Anything else is an Error naming the
 * file, what is wrong and the command that remakes it (the build stops on it before Astro starts).
 */
export function readPreparedCommunes(regionCodes: readonly string[], file = referenceFile): PreparedCommunes {
  if (!existsSync(file)) throw new Error(`${file} is missing: ${REFRESH}`);
  let read: PreparedCommunes;
  try {
    read = JSON.parse(readFileSync(file, 'utf8')) as PreparedCommunes;
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}): ${REFRESH}`);
  }
  const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject(read) || !isObject(read.packages) || !Array.isArray(read.regions) || !Array.isArray(read.communes) || !isObject(read.centres)) {
    throw new Error(`${file} does not have the fields "packages", "regions", "communes" and "centres" that scripts/reference.ts writes: ${REFRESH}`);
  }
  for (const name of REFERENCE_PACKAGES) {
    if (read.packages[name] !== installedVersion(name)) throw new Error(`${file} was made from ${name} ${read.packages[name] ?? '(none)'}, ${installedVersion(name)} is installed: ${REFRESH}`);
  }
  const missing = regionCodes.filter((code) => !read.regions.includes(code));
  if (missing.length > 0) throw new Error(`${file} lacks region(s) ${missing.join(', ')} of the territories dataset: ${REFRESH}`);
  return read;
}

/** The regions of the territories dataset, as the site builds them. */
export const datasetRegions = () => territories.filter((t) => t.level === 'region').map((t) => t.code);

if (import.meta.main) {
  writeFileSync(referenceFile, serialise(prepareCommunes(datasetRegions())));
  console.log(`site: ${referenceFile} written`);
}
