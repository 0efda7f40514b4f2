import type { Bilingual } from './schema-node.ts';

/** Names of the licences the metadata may give by SPDX identifier. */
const LICENCE_NAMES: Readonly<Record<string, string>> = {
  'etalab-2.0': 'Licence Ouverte / Open Licence version 2.0',
  MIT: 'MIT License',
};

export const licenceName = (spdx: string) => LICENCE_NAMES[spdx] ?? spdx;

/** What each licence covers, in both languages. */
export const LICENCE_SCOPES: Readonly<{ data: Bilingual; code: Bilingual }> = {
  data: { fr: 'données', en: 'data' },
  code: { fr: 'code du projet qui produit ces fichiers', en: 'project code that produces these files' },
};
