import { REFERENCE_PROPERTIES, type DatasetName } from '@acces-soins/validate';

/**
 * The dataset each id-valued property points to, by property name — the validator's own table, so the foreign keys
 * published are exactly the references validated. `null` marks an identifier that names no record (a metric). The
 * table layout refuses an id-valued property missing here rather than publish a column without its foreign key.
 */
export const REFERENCE_TARGETS: Readonly<Record<string, DatasetName | 'same' | null>> = {
  ...Object.fromEntries(Object.entries(REFERENCE_PROPERTIES).map(([name, target]) => [name, target.dataset])),
  metric: null,
};
