/**
 * Every page of the site as a pair of translations, from the same records and collections the routes are built
 * from: the sitemap lists them, and the tests check that it matches the built files exactly.
 */
import { initiatives, territories, organisations, people, themes } from './data.ts';
import { filterValues } from './filters.ts';
import { href } from './links.ts';
import { explainers, explainerPath, translationOf } from './prose.ts';
import { filterPath, homePath, sectionPath, type Section } from '../i18n/routes.ts';
import type { Lang } from '../i18n/lang.ts';

export type PagePair = Record<Lang, string>;

const SECTIONS: Section[] = ['initiatives', 'territories', 'organisations', 'people', 'themes', 'timeline', 'map', 'data', 'developers', 'method', 'commune', 'explainers', 'search', 'accessibility', 'legal', 'dictionary'];

const pair = (path: (lang: Lang) => string): PagePair => ({ fr: path('fr'), en: path('en') });

export async function pagePairs(): Promise<PagePair[]> {
  const records = [
    ...initiatives.map((r) => pair((lang) => href.initiative(lang, r.id))),
    ...territories.map((r) => pair((lang) => href.territory(lang, r.id))),
    ...organisations.map((r) => pair((lang) => href.organisation(lang, r.id))),
    ...people.map((r) => pair((lang) => href.person(lang, r.id))),
    ...themes.map((r) => pair((lang) => href.theme(lang, r.id))),
  ];
  const prose = explainers('fr').map((entry) => ({ fr: explainerPath(entry), en: explainerPath(translationOf('explainers', entry)) }));
  return [
    pair(homePath),
    ...SECTIONS.map((section) => pair((lang) => sectionPath(lang, section))),
    ...filterValues.map((f) => pair((lang) => filterPath(lang, f.dimension, f.value))),
    ...records,
    ...prose,
  ];
}
