/**
 * How the site says a dated status, a role or a source's date: always with the date a source states it as of, never
 * as a claim about today (issue 10). The latest claim and whether it is within the review window come from
 * @acces-soins/data's currentStatus(); words for codes come from the schemas (labels.ts).
 */
import { currentStatus, type DateWithPrecision, type Source, type WithStatus } from '@acces-soins/data';
import { get } from './data.ts';
import { accordingTo, dateWithBound } from './dated-words.ts';
import { label, type Vocabulary } from '../i18n/labels.ts';
import { t } from '../i18n/ui.ts';
import type { Lang } from '../i18n/lang.ts';

export { accordingTo, dateWithBound };

/** The vocabulary of a record's status codes. */
export function statusVocabulary(record: WithStatus): Vocabulary {
  if ('commune' in record) return 'facilityStatus';
  if ('scale' in record) return 'status';
  return 'eventStatus';
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

const tags = new WeakMap<WithStatus, Partial<Record<Lang, string>>>();

/** A short tag for lists: « En cours (juin 2020) »; worked out once per record and language (lists repeat records). */
export function statusTag(record: WithStatus, lang: Lang): string {
  let byLang = tags.get(record);
  if (!byLang) tags.set(record, (byLang = {}));
  let tag = byLang[lang];
  if (tag === undefined) {
    const current = currentStatus(record);
    byLang[lang] = tag = `${label(lang, statusVocabulary(record), current.value)} (${dateWithBound(current.as_of, lang)})`;
  }
  return tag;
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
