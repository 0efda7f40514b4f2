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
