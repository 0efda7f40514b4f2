import type { DateWithPrecision } from '@acces-soins/data';
import type { Lang } from './lang.ts';

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
const APPROXIMATION: Record<Lang, Record<NonNullable<DateWithPrecision['approximation']>, string>> = {
  fr: { early: 'début', mid: 'mi-', late: 'fin' },
  en: { early: 'early', mid: 'mid-', late: 'late' },
};

/**
 * One formatter per locale and options for the whole build: creating an Intl formatter loads locale data and costs
 * far more than formatting, and pages format dates and numbers by the thousand.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `date|${lang}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(LOCALE[lang], options)));
  return format;
}
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `number|${lang}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(LOCALE[lang], options)));
  return format;
}

/** Parse the numbers ourselves (UTC) so formatting never depends on the build machine's time zone. */
function utc(value: string): Date {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * A date's text, formatted once per build: the same few dates (verification and review dates, events) are written
 * on page after page.
 */
const dateTexts = new Map<string, string>();
function dateText(kind: 'day' | 'month', value: string, lang: Lang): string {
  const key = `${kind}|${lang}|${value}`;
  let text = dateTexts.get(key);
  if (text === undefined) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'day' ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
    dateTexts.set(key, (text = dateFormat(lang, options).format(utc(value))));
  }
  return text;
}

function monthYear(value: string, lang: Lang): string {
  return dateText('month', value, lang);
}

/** "15 septembre 2021", "fin décembre 2022", "2020" — at the precision the source gives, never more. */
export function formatDate(date: DateWithPrecision, lang: Lang): string {
  if (date.precision === 'year') return date.value.slice(0, 4);
  if (date.precision === 'month') {
    const text = monthYear(date.value, lang);
    if (!date.approximation) return text;
    const word = APPROXIMATION[lang][date.approximation];
    return word.endsWith('-') ? `${word}${text}` : `${word} ${text}`;
  }
  return formatDay(date.value, lang);
}

/** An ISO day (YYYY-MM-DD), e.g. a dataset's verification date. */
export function formatDay(iso: string, lang: Lang): string {
  return dateText('day', iso, lang);
}

export function formatNumber(n: number, lang: Lang): string {
  return numberFormat(lang).format(n);
}

export function formatBytes(bytes: number, lang: Lang): string {
  const units = lang === 'fr' ? ['octets', 'Ko', 'Mo'] : ['bytes', 'KB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${numberFormat(lang, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}


/** A colon as each language writes it (French puts a no-break space before it). */
export function colon(lang: Lang): string {
  return lang === 'fr' ? '\u00a0: ' : ': ';
}
