import { DATASETS } from '../datasets.ts';
import type { Issue } from '../issue.ts';
import { issueAt, type Context } from './context.ts';
import { isObject, walk } from './walk.ts';

// Calendar validity and the value's form for its precision are schema checks (format "date" and patterns):
// here only what relates two dates.

/** Length of a date value at each precision: YYYY, YYYY-MM, YYYY-MM-DD. */
const LENGTH: Record<string, number> = { year: 4, month: 7, day: 10 };

/** The value of a date whose value has the length of its precision, else undefined (the schema reports it). */
const valueOf = (date: unknown): string | undefined =>
  isObject(date) && typeof date.value === 'string' && date.value.length === LENGTH[String(date.precision)] ? date.value : undefined;

/** Within every period, the start is not after the end, compared at the coarser of the two precisions. */
export function checkDates(context: Context): Issue[] {
  const issues: Issue[] = [];
  for (const dataset of DATASETS) {
    for (const located of context.records[dataset]) {
      for (const { key, value: period, pointer } of walk(located.record)) {
        if (key !== 'period' || !isObject(period)) continue;
        const start = valueOf(period.start);
        const end = valueOf(period.end);
        if (start === undefined || end === undefined) continue;
        const length = Math.min(start.length, end.length);
        if (end.slice(0, length) < start.slice(0, length)) {
          issues.push(issueAt(located, `${pointer}/end`, `the period ends (${end}) before it starts (${start})`));
        }
      }
    }
  }
  return issues;
}
