import type { DatasetName } from '@acces-soins/validate';
import type { Bilingual } from './schema-node.ts';

/**
 * Columns computed from the records rather than copied from them, so a researcher joins and counts without walking
 * the data. They have no `x-json-pointer`: nothing in the JSON records holds them, and rebuilding a record ignores them.
 */
export type Derivation =
  /** The date as a calendar date when its precision is `day`; empty for a month or a year. */
  | { kind: 'full-date'; value: string[]; precision: string[] }
  /** The id of the record itself or of its nearest ancestor (following `parent`) whose `level` is `level`. */
  | { kind: 'ancestor'; level: string }
  /** True when an earlier item of the same list names the same organisation or person (another role). */
  | { kind: 'repeated'; identity: string[] };

/** Ancestor columns of a dataset whose records form a tree through `parent`: the territories' region and department. */
export const ANCESTOR_COLUMNS: Readonly<Partial<Record<DatasetName, readonly { name: string; level: string; title: Bilingual; description: Bilingual }[]>>> = {
  territories: [
    {
      name: 'region',
      level: 'region',
      title: { fr: 'Région', en: 'Region' },
      description: {
        fr: 'Identifiant de la région du territoire (lui-même pour une région), calculé en suivant parent.',
        en: "Identifier of the territory's region (itself for a region), computed by following parent.",
      },
    },
    {
      name: 'department',
      level: 'departement',
      title: { fr: 'Département', en: 'Department' },
      description: {
        fr: 'Identifiant du département du territoire (lui-même pour un département, vide pour une région), calculé en suivant parent.',
        en: "Identifier of the territory's department (itself for a department, empty for a region), computed by following parent.",
      },
    },
  ],
};
