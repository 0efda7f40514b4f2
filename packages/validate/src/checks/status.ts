import { DATASETS } from '../datasets.ts';
import type { Issue } from '../issue.ts';
import { issueAt, type Context } from './context.ts';
import { isObject, walk } from './walk.ts';

// A status is a dated claim (`{value, as_of, citation}`, oldest first): it is true as of its source's date, never
// "now". The schema requires the as_of; here what relates it to other dates. Dates are compared as intervals (a month
// is its first to its last day) and a check fires only when the defect is certain at the dates' precision.

const LENGTH: Record<string, number> = { year: 4, month: 7, day: 10 };

interface Span {
  /** First and last possible day, YYYY-MM-DD; undefined when a bound leaves that side open. */
  earliest?: string;
  latest?: string;
  /** How the date is written in messages. */
  text: string;
}

function lastDay(value: string): string {
  if (value.length === 10) return value;
  if (value.length === 4) return `${value}-12-31`;
  const [year, month] = value.split('-').map(Number);
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${value}-${String(day).padStart(2, '0')}`;
}

const firstDay = (value: string) => (value.length === 10 ? value : value.length === 7 ? `${value}-01` : `${value}-01-01`);

/** The days a date object may stand for, or undefined when the schema already rejects its form. */
export function spanOf(date: unknown): Span | undefined {
  if (!isObject(date) || typeof date.value !== 'string' || date.value.length !== LENGTH[String(date.precision)]) return undefined;
  const value = date.value;
  const bound = date.bound;
  return {
    earliest: bound === 'not-after' ? undefined : firstDay(value),
    latest: bound === 'not-before' ? undefined : lastDay(value),
    text: bound === 'not-before' ? `not before ${value}` : bound === 'not-after' ? `not after ${value}` : value,
  };
}

/** The latest date a source speaks as of: its update date, else its publication date. */
function sourceSpan(context: Context, id: unknown): Span | undefined {
  const source = typeof id === 'string' ? context.byId.sources.get(id)?.record : undefined;
  if (source === undefined) return undefined;
  return spanOf(source.updated) ?? spanOf(source.published);
}

/** Every dated status claim: not later than its source's date, in history order, and "ongoing" only while its period lasts. */
export function checkStatuses(context: Context): Issue[] {
  const issues: Issue[] = [];
  for (const dataset of DATASETS) {
    for (const located of context.records[dataset]) {
      const record = located.record;
      for (const { key, value: history, pointer } of walk(record)) {
        if (key !== 'status' || !Array.isArray(history)) continue;
        let previous: Span | undefined;
        history.forEach((claim, index) => {
          if (!isObject(claim)) return;
          const at = `${pointer}/${index}`;
          const asOf = spanOf(claim.as_of);
          if (asOf === undefined) return;
          const source = isObject(claim.citation) ? claim.citation.source : undefined;
          const said = sourceSpan(context, source);
          if (said?.latest !== undefined && asOf.earliest !== undefined && asOf.earliest > said.latest) {
            issues.push(issueAt(located, `${at}/as_of`, `status as of ${asOf.text} is later than its source "${String(source)}", dated ${said.text}`));
          }
          if (previous?.earliest !== undefined && asOf.latest !== undefined && asOf.latest < previous.earliest) {
            issues.push(issueAt(located, `${at}/as_of`, `status history out of order: as of ${asOf.text} comes after a status as of ${previous.text}; oldest first`));
          }
          previous = asOf;
          const end = isObject(record.period) ? spanOf(record.period.end) : undefined;
          const start = isObject(record.period) ? spanOf(record.period.start) : undefined;
          // A period that ends before it starts is reported by the date check; its end says nothing here.
          const endIsSound = start?.earliest === undefined || end?.latest === undefined || end.latest >= start.earliest;
          if (claim.value === 'ongoing' && endIsSound && end?.latest !== undefined && asOf.earliest !== undefined && end.latest < asOf.earliest) {
            issues.push(issueAt(located, `${at}/value`, `"ongoing" as of ${asOf.text}, but the period ended ${end.text}: the source says otherwise, or the status is not ongoing`));
          }
        });
      }
    }
  }
  return issues;
}

/** Every territory_basis entry names a territory of the record's territories, and each territory has at most one basis. */
export function checkTerritoryBasis(context: Context): Issue[] {
  const issues: Issue[] = [];
  for (const located of context.records.initiatives) {
    const { territories, territory_basis: basis } = located.record;
    if (!Array.isArray(basis) || !Array.isArray(territories)) continue;
    const seen = new Set<unknown>();
    basis.forEach((entry, index) => {
      if (!isObject(entry)) return;
      const pointer = `/territory_basis/${index}/territory`;
      if (!territories.includes(entry.territory)) issues.push(issueAt(located, pointer, `"${String(entry.territory)}" has a coverage basis but is not in territories`));
      else if (seen.has(entry.territory)) issues.push(issueAt(located, pointer, `"${String(entry.territory)}" has more than one coverage basis`));
      seen.add(entry.territory);
    });
    territories.forEach((territory, index) => {
      if (!seen.has(territory)) issues.push(issueAt(located, `/territories/${index}`, `"${String(territory)}" has no coverage basis in territory_basis`));
    });
  }
  return issues;
}
