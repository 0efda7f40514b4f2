import { sectionPath } from '../i18n/routes.ts';
import type { Lang } from '../i18n/lang.ts';

/** Address of each kind of record page. */
export const href = {
  initiative: (lang: Lang, id: string) => sectionPath(lang, 'initiatives', id),
  territory: (lang: Lang, id: string) => sectionPath(lang, 'territories', id),
  organisation: (lang: Lang, id: string) => sectionPath(lang, 'organisations', id),
  person: (lang: Lang, id: string) => sectionPath(lang, 'people', id),
  theme: (lang: Lang, id: string) => sectionPath(lang, 'themes', id),
};

/** Anchor of a source in a page's "Sources" section. */
export const sourceAnchor = (id: string) => `source-${id}`;
