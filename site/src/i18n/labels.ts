import type { Lang } from './lang.ts';
import defs from '@acces-soins/data/schemas/defs.schema.json';
import sources from '@acces-soins/data/schemas/sources.schema.json';
import territories from '@acces-soins/data/schemas/territories.schema.json';
import organisations from '@acces-soins/data/schemas/organisations.schema.json';
import initiatives from '@acces-soins/data/schemas/initiatives.schema.json';
import events from '@acces-soins/data/schemas/events.schema.json';
import indicators from '@acces-soins/data/schemas/indicators.schema.json';
import facilities from '@acces-soins/data/schemas/facilities.schema.json';

/**
 * Words for the codes used in the data. The codes of the schemas' enums and their words come from the schemas
 * themselves (`x-enum-labels`, checked complete by the validator's tests); only the site's own vocabularies are
 * written here. `label()` fails the build when a code has no words, so a new value cannot slip through untranslated.
 */
type Words = { fr: string; en: string };
type WordsByCode = Record<string, Words>;

const enumWords = (property: unknown): WordsByCode => (property as { 'x-enum-labels': WordsByCode })['x-enum-labels'];

const FROM_SCHEMAS = {
  initiativeKind: enumWords(initiatives.properties.kind),
  status: enumWords(initiatives.properties.status.items.properties.value),
  eventStatus: enumWords(events.properties.status.items.properties.value),
  territoryBasis: enumWords(initiatives.properties.territory_basis.items.properties.basis),
  scale: enumWords(initiatives.properties.scale),
  role: enumWords(defs.$defs.role),
  eventKind: enumWords(events.properties.kind),
  objectiveKind: enumWords(initiatives.properties.objectives.items.properties.kind),
  relation: enumWords(initiatives.properties.related.items.properties.relation),
  level: enumWords(territories.properties.level),
  organisationKind: enumWords(organisations.properties.kind),
  facilityKind: enumWords(facilities.properties.kind),
  facilityStatus: enumWords(facilities.properties.status.items.properties.value),
  indicatorKind: enumWords(indicators.properties.kind),
  comparator: enumWords(indicators.properties.comparator),
  unit: enumWords(indicators.properties.unit),
  sourceKind: enumWords(sources.properties.kind),
  precision: enumWords(defs.$defs.date.properties.precision),
  approximation: enumWords(defs.$defs.date.properties.approximation),
  bound: enumWords(defs.$defs.date.properties.bound),
};

const SITE_ONLY = {
  /** The same relations read from the other end. */
  inverseRelation: {
    'part-of': { fr: 'Comprend', en: 'Includes' },
    implements: { fr: 'Mise en œuvre par', en: 'Implemented by' },
    'contributes-to': { fr: 'Alimentée par', en: 'Receives contributions from' },
    follows: { fr: 'Suivie par', en: 'Followed by' },
    'linked-to': { fr: 'Liée à', en: 'Linked to' },
  },
  /** Kinds of files in the snapshot manifest (snapshots/manifest.json). */
  downloadKind: {
    zip: { fr: 'Archive complète', en: 'Complete archive' },
    json: { fr: 'JSON : enregistrements complets', en: 'JSON: full records' },
    csv: { fr: 'CSV (UTF-8, séparateur virgule)', en: 'CSV (UTF-8, comma-separated)' },
    parquet: { fr: 'Parquet : tables typées', en: 'Parquet: typed tables' },
    sqlite: { fr: 'Base SQLite : tables, clés et vues', en: 'SQLite database: tables, keys and views' },
    xlsx: { fr: 'Classeur pour tableur (Excel, LibreOffice)', en: 'Spreadsheet workbook (Excel, LibreOffice)' },
    changes: { fr: 'Changements par version', en: 'Changes by version' },
    datapackage: { fr: 'Description Frictionless Data Package', en: 'Frictionless Data Package descriptor' },
    citation: { fr: 'Citer les données', en: 'Citing the data' },
    readme: { fr: 'Mode d’emploi', en: 'Read me' },
    checksums: { fr: 'Empreintes', en: 'Checksums' },
  },
} satisfies Record<string, WordsByCode>;

const LABELS = { ...FROM_SCHEMAS, ...SITE_ONLY };

export type Vocabulary = keyof typeof LABELS;

export function label(lang: Lang, vocabulary: Vocabulary, code: string): string {
  const words = (LABELS[vocabulary] as Record<string, Words>)[code];
  if (!words) throw new Error(`site: no ${lang} label for ${vocabulary} "${code}" (add it to the schema's x-enum-labels, or to SITE_ONLY in site/src/i18n/labels.ts)`);
  return words[lang];
}
