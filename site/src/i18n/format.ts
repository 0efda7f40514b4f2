import type { DateWithPrecision } from '@acces-soins/data';
import type { Lang } from './lang.ts';

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
const APPROXIMATION: Record<Lang, Record<NonNullable<DateWithPrecision['approximation']>, string>> = {
  fr: { early: 'début', mid: 'mi-', late: 'fin' },
  en: { early: 'early', mid: 'mid-', late: 'late' },
};

/** Parse the numbers ourselves (UTC) so formatting never depends on the build machine's time zone. */
function utc(value: string): Date {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function monthYear(value: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(value));
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
  return new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(iso));
}

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang]).format(n);
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
  return `${new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}


/** A colon as each language writes it (French puts a no-break space before it). */
export function colon(lang: Lang): string {
  return lang === 'fr' ? '\u00a0: ' : ': ';
}
