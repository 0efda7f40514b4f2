// Text helpers the charts need beyond the site's i18n (../i18n): plurals, lists, sorting.
import type { Lang } from '../i18n/lang.ts';
import { t, type UiKey } from '../i18n/ui.ts';

export type { Lang } from '../i18n/lang.ts';
export { pick } from '../i18n/lang.ts';
export { colon, formatDate, formatDay, formatNumber } from '../i18n/format.ts';

export interface Bilingual {
  fr: string;
  en: string;
}

/**
 * A chart's interface text, from the site's one dictionary (../i18n/ui.ts, keys `chart.*`). Charts keep their
 * French text's plain spaces before ; and : (see `t`), so what they draw does not change.
 */
export function uiText(lang: Lang, key: UiKey, values?: Record<string, string | number>): string {
  return t(lang, key, values, { frenchSpacing: false });
}

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Formatters and the collator made once per language for the build (making one costs more than using it). */
const percent = { fr: new Intl.NumberFormat(LOCALES.fr, { style: 'percent', maximumFractionDigits: 0 }), en: new Intl.NumberFormat(LOCALES.en, { style: 'percent', maximumFractionDigits: 0 }) };
const lists = { fr: new Intl.ListFormat(LOCALES.fr, { style: 'long', type: 'conjunction' }), en: new Intl.ListFormat(LOCALES.en, { style: 'long', type: 'conjunction' }) };
const numbers = { fr: new Intl.NumberFormat(LOCALES.fr), en: new Intl.NumberFormat(LOCALES.en) };
/** What `localeCompare(b, 'fr', { sensitivity: 'base', numeric: true })` uses, made once. */
const frenchBase = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export function formatPercent(ratio: number, lang: Lang): string {
  return percent[lang].format(ratio);
}

/** "a, b et c" / "a, b and c". */
export function formatList(items: readonly string[], lang: Lang): string {
  return lists[lang].format(items);
}

/** The singular or plural form by count (French treats 0 and 1 as singular, English only 1). */
export function plural(count: number, one: Bilingual, many: Bilingual, lang: Lang): string {
  const singular = lang === 'fr' ? Math.abs(count) < 2 : count === 1;
  return (singular ? one : many)[lang];
}

/** Count and noun: "3 initiatives", "1 événement". */
export function counted(count: number, one: Bilingual, many: Bilingual, lang: Lang): string {
  return `${numbers[lang].format(count)} ${plural(count, one, many, lang)}`;
}

/** Sorts French text the same way on every machine (accents ignored, then code points). */
export function compareText(a: string, b: string): number {
  return frenchBase.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
