import type { DatasetName } from '@acces-soins/validate';

/**
 * The dataset each id-valued property points to, by property name: a name means the same wherever it appears
 * (`organisation` in a participant, a role or a publisher). `same` is the record's own dataset; `null` marks an
 * identifier that names no record (a metric). Every id-valued property of the schemas must be listed here: the
 * table layout refuses an unknown one rather than publish a column without its foreign key.
 */
export const REFERENCE_TARGETS: Readonly<Record<string, DatasetName | 'same' | null>> = {
  source: 'sources',
  reference: 'sources',
  territory: 'territories',
  territories: 'territories',
  place: 'territories',
  commune: 'territories',
  organisation: 'organisations',
  operator: 'organisations',
  person: 'people',
  themes: 'themes',
  initiative: 'initiatives',
  parent: 'same',
  metric: null,
};
