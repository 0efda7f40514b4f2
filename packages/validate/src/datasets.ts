/** The datasets, in dependency order: a dataset only references those before it (initiatives also reference each other). */
export const DATASETS = [
  'sources',
  'territories',
  'organisations',
  'people',
  'themes',
  'initiatives',
  'events',
  'indicators',
  'facilities',
] as const;

export type DatasetName = (typeof DATASETS)[number];

/**
 * Fields kept in data/ but published nowhere (neither the npm package nor the snapshots nor the site's downloads):
 * a source's `file` is the path of its full text, a third-party text that is not ours to redistribute; what is
 * published keeps its sha256, so that anyone holding the text can check it.
 */
export const UNPUBLISHED: Readonly<Partial<Record<DatasetName, readonly string[]>>> = { sources: ['file'] };
