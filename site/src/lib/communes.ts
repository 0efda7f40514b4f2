/**
 * The « ma commune » lookup list: every current commune of the regions covered, from the INSEE official
 * geographic code as packaged by @etalab/decoupage-administratif (the reference the territories dataset cites).
 * Emitted once at build as a small JSON file, fetched by the lookup only when someone starts typing.
 */
import { regions, departments, communes as namedCommunes } from './data.ts';
import { preparedCommunes } from './reference-data.ts';

export interface CommuneIndex {
  /** Department code → [territory id, name]. */
  departments: Record<string, [string, string]>;
  /** [INSEE code, name, department code, postcodes separated by spaces]. */
  communes: [string, string, string, string][];
  /** [territory id, name, INSEE code] of each region. */
  regions: [string, string, string][];
  /** INSEE code → territory id, for communes that have their own page. */
  pages: Record<string, string>;
}

export function communeIndex(): CommuneIndex {
  const regionCodes = new Set(regions.map((r) => r.code));
  const list = preparedCommunes([...regionCodes])
    .communes.filter((c) => regionCodes.has(c[4]))
    .map(([code, name, department, postcodes]): [string, string, string, string] => [code, name, department, postcodes])
    .sort((a, b) => a[0].localeCompare(b[0]));
  const known = new Set(departments.map((d) => d.code));
  const stray = list.find((c) => !known.has(c[2]));
  if (stray) throw new Error(`site: commune ${stray[0]} (${stray[1]}) is in department ${stray[2]}, which the territories dataset lacks`);
  return {
    departments: Object.fromEntries(departments.map((d) => [d.code, [d.id, d.name]])),
    regions: regions.map((r) => [r.id, r.name, r.code]),
    communes: list,
    pages: Object.fromEntries(namedCommunes.map((c) => [c.code, c.id])),
  };
}
