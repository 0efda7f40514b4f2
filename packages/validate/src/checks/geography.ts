import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The official geography the territories are checked against (INSEE COG, as packaged by Etalab). */
export const GEOGRAPHY_PACKAGE = '@etalab/decoupage-administratif';

export interface Area {
  code: string;
  name: string;
  /** Code of the enclosing area: a department's region, a commune's department. */
  parentCode?: string;
  population?: number;
}

export interface Geography {
  version: string;
  region: Map<string, Area>;
  departement: Map<string, Area>;
  commune: Map<string, Area>;
}

interface RawArea {
  code: string;
  nom: string;
  region?: string;
  departement?: string;
  type?: string;
  population?: number;
}

const require = createRequire(import.meta.url);
// The package's main entry is broken: its JSON files are read directly.
const read = <T>(file: string): T => JSON.parse(readFileSync(require.resolve(`${GEOGRAPHY_PACKAGE}/${file}`), 'utf8')) as T;

const byCode = (areas: RawArea[], parent: (area: RawArea) => string | undefined) =>
  new Map(areas.map((area) => [area.code, { code: area.code, name: area.nom, parentCode: parent(area), population: area.population }]));

let cached: Geography | undefined;

/** Regions, departments and current communes (not delegated or associated ones), read once. */
export function geography(): Geography {
  cached ??= {
    version: read<{ version: string }>('package.json').version,
    region: byCode(read<RawArea[]>('data/regions.json'), () => undefined),
    departement: byCode(read<RawArea[]>('data/departements.json'), (area) => area.region),
    commune: byCode(
      read<RawArea[]>('data/communes.json').filter((area) => area.type === 'commune-actuelle'),
      (area) => area.departement,
    ),
  };
  return cached;
}
