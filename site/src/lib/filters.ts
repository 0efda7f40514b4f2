import { initiatives, regions, departments, themes, initiativesConcerning, yearsOf } from './data.ts';
import type { Initiative } from '@acces-soins/data';
import { FILTER_DIMENSIONS, type FilterDimension } from '../i18n/routes.ts';
import { label } from '../i18n/labels.ts';
import type { Lang } from '../i18n/lang.ts';

/** One pre-rendered filter page of the initiatives index: a dimension, a value, and the initiatives it keeps. */
export interface FilterValue {
  dimension: FilterDimension;
  value: string;
  label: (lang: Lang) => string;
  list: Initiative[];
}

function values(dimension: FilterDimension): FilterValue[] {
  switch (dimension) {
    case 'territory':
      return [...regions, ...departments].map((t) => ({
        dimension,
        value: t.id,
        label: () => (t.level === 'region' ? t.name : `${t.name} (${t.code})`),
        list: initiativesConcerning(t.id),
      }));
    case 'theme':
      return themes.map((theme) => ({
        dimension,
        value: theme.id,
        label: (lang: Lang) => theme.label[lang],
        list: initiatives.filter((i) => i.themes.includes(theme.id)),
      }));
    case 'kind':
      return [...new Set(initiatives.map((i) => i.kind))].sort().map((kind) => ({
        dimension,
        value: kind,
        label: (lang: Lang) => label(lang, 'initiativeKind', kind),
        list: initiatives.filter((i) => i.kind === kind),
      }));
    case 'year':
      return [...new Set(initiatives.flatMap(yearsOf))].sort().map((year) => ({
        dimension,
        value: year,
        label: () => year,
        list: initiatives.filter((i) => yearsOf(i).includes(year)),
      }));
  }
}

/** Every filter value that keeps at least one initiative: only those get a page and a link. */
export const filterValues: FilterValue[] = FILTER_DIMENSIONS.flatMap(values).filter((f) => f.list.length > 0);

export function filterValuesOf(dimension: FilterDimension): FilterValue[] {
  return filterValues.filter((f) => f.dimension === dimension);
}
