import type { Lang } from './lang.ts';
import { BASE_PATH } from '../config.ts';

/**
 * The URL plan: one slug per section and language. French lives at the root, English under /en/.
 * Every link on the site is built here, so a page and its translation always agree. Paths start with BASE_PATH
 * (the sub-path of SITE_URL, '/' by default), so the site works under a sub-path as well as at a root.
 */
const SECTIONS = {
  initiatives: { fr: 'initiatives', en: 'initiatives' },
  territories: { fr: 'territoires', en: 'territories' },
  organisations: { fr: 'organisations', en: 'organisations' },
  people: { fr: 'personnes', en: 'people' },
  themes: { fr: 'themes', en: 'themes' },
  timeline: { fr: 'chronologie', en: 'timeline' },
  map: { fr: 'carte', en: 'map' },
  data: { fr: 'donnees', en: 'data' },
  developers: { fr: 'developpeurs', en: 'developers' },
  method: { fr: 'methode', en: 'method' },
  search: { fr: 'recherche', en: 'search' },
  commune: { fr: 'ma-commune', en: 'my-commune' },
  explainers: { fr: 'comprendre', en: 'explainers' },
  accessibility: { fr: 'accessibilite', en: 'accessibility' },
  legal: { fr: 'mentions-legales', en: 'legal-notice' },
  dictionary: { fr: 'dictionnaire-des-champs', en: 'field-dictionary' },
} as const;
export type Section = keyof typeof SECTIONS;

/** Dimensions of the initiative filter pages (/initiatives/<dimension>/<value>/). */
const FILTERS = {
  territory: { fr: 'territoire', en: 'territory' },
  theme: { fr: 'theme', en: 'theme' },
  kind: { fr: 'type', en: 'kind' },
  year: { fr: 'annee', en: 'year' },
} as const;
export type FilterDimension = keyof typeof FILTERS;
export const FILTER_DIMENSIONS = Object.keys(FILTERS) as FilterDimension[];

function prefix(lang: Lang): string {
  return lang === 'en' ? `${BASE_PATH}en/` : BASE_PATH;
}

export function homePath(lang: Lang): string {
  return prefix(lang);
}

/** Path of a section index, or of a record inside it: sectionPath('en', 'territories', 'departement-48'). */
export function sectionPath(lang: Lang, section: Section, ...rest: string[]): string {
  return prefix(lang) + [SECTIONS[section][lang], ...rest].map(encodeURIComponent).join('/') + '/';
}

export function filterPath(lang: Lang, dimension: FilterDimension, value: string): string {
  return sectionPath(lang, 'initiatives', FILTERS[dimension][lang], value);
}

/** Route parameter (the language's slug) of a filter dimension, for getStaticPaths. */
export function filterSlug(lang: Lang, dimension: FilterDimension): string {
  return FILTERS[dimension][lang];
}

export function feedPath(lang: Lang): string {
  return lang === 'en' ? `${BASE_PATH}en/feed.xml` : `${BASE_PATH}flux.xml`;
}

/** Where the research snapshots are served (copied from snapshots/ at build). */
export function downloadPath(file: string): string {
  return `${BASE_PATH}data/${encodeURIComponent(file)}`;
}
