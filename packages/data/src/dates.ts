import type { DateWithPrecision } from '../generated/types.ts';

/** The first and last day (YYYY-MM-DD) a date with precision can stand for. */
export interface DateRange {
  start: string;
  end: string;
}

const pad = (day: number) => String(day).padStart(2, '0');

/** Days of the month a month's early, mid or late part covers, as thirds of the month. */
const PART_OF_MONTH = { early: [1, 10], mid: [11, 20], late: [21, 31] } as const;

/** The days a date can stand for: the day itself, a (part of a) month, or a year. */
export function dateRange(date: DateWithPrecision): DateRange {
  if (date.precision === 'day') return { start: date.value, end: date.value };
  if (date.precision === 'year') return { start: `${date.value}-01-01`, end: `${date.value}-12-31` };
  const [year, month] = date.value.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const [first, last] = date.approximation ? PART_OF_MONTH[date.approximation] : [1, lastDay];
  return { start: `${date.value}-${pad(first)}`, end: `${date.value}-${pad(Math.min(last, lastDay))}` };
}

/**
 * Chronological order of dates of different precisions: by the first day each can stand for, then by the last.
 * A date known to the month or year sorts at the start of its period, before the precise dates inside it.
 */
export function compareDates(a: DateWithPrecision, b: DateWithPrecision): number {
  const first = dateRange(a);
  const second = dateRange(b);
  return first.start.localeCompare(second.start) || first.end.localeCompare(second.end);
}
