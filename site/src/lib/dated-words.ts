/**
 * A date as the site says it beside a status or a role (« selon la source de juin 2020 », « au plus tôt 13 octobre
 * 2017 »), with no data import: the site's pages (through status.ts) and the charts say it the same way.
 */
import type { DateWithPrecision } from '@acces-soins/data';
import { formatDate } from '../i18n/format.ts';
import { t } from '../i18n/ui.ts';
import type { Lang } from '../i18n/lang.ts';

/** "juin 2020", "13 octobre 2017 au plus tôt"… a date with its bound said in words. */
export function dateWithBound(date: DateWithPrecision, lang: Lang): string {
  const text = formatDate(date, lang);
  if (date.bound === 'not-before') return t(lang, 'date.notBefore', { date: text });
  if (date.bound === 'not-after') return t(lang, 'date.notAfter', { date: text });
  return text;
}

/** French "de juin 2020", "d’octobre 2021", "du 17 juillet 2023", "de 2022"; English the date as is. */
export function ofDate(date: DateWithPrecision, lang: Lang): string {
  const text = formatDate(date, lang);
  if (lang === 'en') return text;
  if (date.precision === 'day') return `du ${text}`;
  return /^[aeiouyéèêàâîôû]/i.test(text) ? `d’${text}` : `de ${text}`;
}

/** "selon la source de juin 2020" / "according to the June 2020 source", or a bounded source date in words. */
export function accordingTo(asOf: DateWithPrecision, lang: Lang): string {
  if (asOf.bound === 'not-before') return t(lang, 'status.accordingToNotBefore', { date: ofDate(asOf, lang) });
  if (asOf.bound === 'not-after') return t(lang, 'status.accordingToNotAfter', { date: ofDate(asOf, lang) });
  return t(lang, 'status.accordingTo', { date: ofDate(asOf, lang) });
}

