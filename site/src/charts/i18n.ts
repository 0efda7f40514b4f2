// Text helpers the charts need beyond the site's i18n (../i18n): lists, percentages, sorting. Their words and
// plurals (Intl.PluralRules, ../i18n/plural.ts) come from the site's dictionary through uiText.
import type { Lang } from '../i18n/lang.ts';
import { t, type UiKey } from '../i18n/ui.ts';

export type { Lang } from '../i18n/lang.ts';
export { pick } from '../i18n/lang.ts';
export { colon, formatDate, formatDay, formatNumber } from '../i18n/format.ts';

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
/** What `localeCompare(b, 'fr', { sensitivity: 'base', numeric: true })` uses, made once. */
const frenchBase = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export function formatPercent(ratio: number, lang: Lang): string {
  return percent[lang].format(ratio);
}

/** "a, b et c" / "a, b and c". */
export function formatList(items: readonly string[], lang: Lang): string {
  return lists[lang].format(items);
}

/** Sorts French text the same way on every machine (accents ignored, then code points). */
export function compareText(a: string, b: string): number {
  return frenchBase.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
