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
import { readFileSync, writeFileSync } from 'node:fs';
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

/** The regions of the territories dataset, as the site builds them. */
export const datasetRegions = () => territories.filter((t) => t.level === 'region').map((t) => t.code);

if (import.meta.main) {
  writeFileSync(referenceFile, serialise(prepareCommunes(datasetRegions())));
  console.log(`site: ${referenceFile} written`);
}
