/**
 * getStaticPaths for every dynamic route, shared by the French and English route files
 * (src/pages/… and src/pages/en/…), which differ only by language.
 */
import { initiatives, territories, organisations, people, themes, departments } from './data.ts';
import { territoryLists } from './territory.ts';
import { locatorDrawing } from '../charts/locator.ts';
import { filterValues } from './filters.ts';
import { filterSlug } from '../i18n/routes.ts';
import type { Lang } from '../i18n/lang.ts';

// Generic, so that each page's Astro.props keeps its record's type (`astro check` types the props from this).
const byId = <R extends { id: string }, P extends string>(records: readonly R[], prop: P) =>
  records.map((record) => ({ params: { id: record.id }, props: { [prop]: record } as Record<P, R> }));

export const initiativePaths = () => byId(initiatives, 'initiative');
/**
 * A territory's page gets what it lists (its scopes, lists cut to the cap) with its route: worked out once per build,
 * before any page, as is the locator map every department page draws; a page then only writes its HTML.
 */
export const territoryPaths = () => {
  locatorDrawing(departments);
  return territories.map((territory) => ({ params: { id: territory.id }, props: { territory, lists: territoryLists(territory.id) } }));
};
export const organisationPaths = () => byId(organisations, 'organisation');
export const personPaths = () => byId(people, 'person');
export const themePaths = () => byId(themes, 'theme');

export const filterPaths = (lang: Lang) =>
  filterValues.map((filter) => ({ params: { dimension: filterSlug(lang, filter.dimension), value: filter.value }, props: { filter } }));
