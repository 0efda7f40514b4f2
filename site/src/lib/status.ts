/**
 * How the site says a dated status, a role or a source's date: always with the date a source states it as of, never
 * as a claim about today (issue 10). The latest claim and whether it is within the review window come from
 * @acces-soins/data's currentStatus(); words for codes come from the schemas (labels.ts).
 */
import { currentStatus, type DateWithPrecision, type Source, type WithStatus } from '@acces-soins/data';
import { get } from './data.ts';
import { formatDate } from '../i18n/format.ts';
import { label, type Vocabulary } from '../i18n/labels.ts';
import { t } from '../i18n/ui.ts';
import type { Lang } from '../i18n/lang.ts';

/** The vocabulary of a record's status codes. */
export function statusVocabulary(record: WithStatus): Vocabulary {
  if ('commune' in record) return 'facilityStatus';
  if ('scale' in record) return 'status';
  return 'eventStatus';
}

/** "juin 2020", "13 octobre 2017 au plus tôt"… a date with its bound said in words. */
export function dateWithBound(date: DateWithPrecision, lang: Lang): string {
  const text = formatDate(date, lang);
  if (date.bound === 'not-before') return t(lang, 'date.notBefore', { date: text });
  if (date.bound === 'not-after') return t(lang, 'date.notAfter', { date: text });
  return text;
}

/** French "de juin 2020", "d’octobre 2021", "du 17 juillet 2023", "de 2022"; English the date as is. */
function ofDate(date: DateWithPrecision, lang: Lang): string {
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

/** The latest claim of a record as parts of a sentence: words, "according to the … source", and whether it is verified. */
export function statusParts(record: WithStatus, lang: Lang) {
  const current = currentStatus(record);
  return { ...current, words: label(lang, statusVocabulary(record), current.value), according: accordingTo(current.as_of, lang) };
}

/** « En cours selon la source de juin 2020 — situation actuelle non vérifiée » as plain text (feeds, search, titles). */
export function statusSentence(record: WithStatus, lang: Lang): string {
  const parts = statusParts(record, lang);
  return `${parts.words} ${parts.according}${parts.verified ? '' : ` — ${t(lang, 'status.notVerified')}`}`;
}

/** A short tag for lists: « En cours (juin 2020) ». */
export function statusTag(record: WithStatus, lang: Lang): string {
  const current = currentStatus(record);
  return `${label(lang, statusVocabulary(record), current.value)} (${dateWithBound(current.as_of, lang)})`;
}

/** The date a source speaks as of: its update date if it gives one, else its publication date. */
export function sourceDate(sourceId: string): DateWithPrecision | undefined {
  const source = get('sources', sourceId) as Source;
  return source.updated ?? source.published;
}

/** "(septembre 2021)": the date of the source that gives a role, to write beside the role. */
export function roleDate(sourceId: string, lang: Lang): string {
  const date = sourceDate(sourceId);
  return date ? `(${dateWithBound(date, lang)})` : '';
}
