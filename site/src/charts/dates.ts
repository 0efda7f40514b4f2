// Dates with precision as time intervals: a day is a point, a month (or its early/mid/late
// part) or a year is a band. The days a date stands for come from @acces-soins/data.
import { dateRange, type DateWithPrecision } from '@acces-soins/data';
import { uiText, type Lang } from './i18n.ts';
import type { UiKey } from '../i18n/ui.ts';

export interface DateInterval {
  /** First instant covered (UTC). */
  start: Date;
  /** First instant after the interval (UTC, exclusive). */
  end: Date;
}

/** An ISO day (YYYY-MM-DD) as UTC midnight. */
export function parseDay(value: string): Date {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

const DAY = 86_400_000;

export function dateInterval(date: DateWithPrecision): DateInterval {
  const { start, end } = dateRange(date);
  return { start: parseDay(start), end: new Date(parseDay(end).getTime() + DAY) };
}

const PRECISION_NAMES: Record<DateWithPrecision['precision'], UiKey> = {
  day: 'chart.precision.day',
  month: 'chart.precision.month',
  year: 'chart.precision.year',
};

export function precisionName(precision: DateWithPrecision['precision'], lang: Lang): string {
  return uiText(lang, PRECISION_NAMES[precision]);
}
