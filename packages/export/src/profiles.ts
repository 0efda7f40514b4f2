/** The Data Package 2.0 profiles the descriptors declare (the standard's published URLs; copies with their licence in packages/export/vendor/datapackage-2.0). */
export const PROFILES = {
  package: 'https://datapackage.org/profiles/2.0/datapackage.json',
  resource: 'https://datapackage.org/profiles/2.0/dataresource.json',
  tableSchema: 'https://datapackage.org/profiles/2.0/tableschema.json',
  dialect: 'https://datapackage.org/profiles/2.0/tabledialect.json',
} as const;
