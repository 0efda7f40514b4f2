import { metadata } from '../generated/metadata.ts';
import type { DatasetName } from '../generated/datasets.ts';
import type { Citation, DateWithPrecision, Event, Facility, Initiative } from '../generated/types.ts';
import { dateRange } from './dates.ts';

// A status is a dated claim: true as of its source's date, never "now". Nothing here reads the clock: "today" is the
// day the dataset was last verified (data/metadata.json), so two builds of one commit say the same thing.

/** A record with a status history: an initiative, a health centre or an event. */
export type WithStatus = Initiative | Facility | Event;

/** One dated claim of a record's status history. */
export type StatusClaim<R extends WithStatus = WithStatus> = R['status'][number];

/** The datasets whose records have a status history. */
export type StatusDataset = 'initiatives' | 'facilities' | 'events';

/** The latest claim of a record's status history, and whether the present state can be taken from it. */
export interface CurrentStatus<R extends WithStatus = WithStatus> {
  value: StatusClaim<R>['value'];
  /** The date the source states this status as of: true then, not necessarily today. */
  as_of: DateWithPrecision;
  citation: Citation;
  /**
   * True only when `as_of` falls within the dataset's review window: no earlier than one review period (the time
   * between `verified` and `review_by` in data/metadata.json) before the day the dataset was verified. Otherwise the
   * present state is not verified, and must be shown as the state "according to the source of <as_of>".
   */
  verified: boolean;
  /** The review window this was judged against (YYYY-MM-DD, inclusive): `from` = verified − review period, `to` = verified. */
  window: { from: string; to: string };
}

export interface StatusOptions {
  /** Dataset of the record, whose review window applies; by default read from the record's shape. */
  dataset?: StatusDataset;
}

/** The dataset a record belongs to, from the fields only it has. */
function datasetOf(record: WithStatus): StatusDataset {
  if ('commune' in record) return 'facilities';
  if ('scale' in record) return 'initiatives';
  return 'events';
}

/** The review window of a dataset: from one review period before its verification day to that day. */
export function reviewWindow(dataset: DatasetName): { from: string; to: string } {
  const { verified, reviewBy } = metadata.datasets[dataset];
  const period = Date.parse(reviewBy) - Date.parse(verified);
  return { from: new Date(Date.parse(verified) - period).toISOString().slice(0, 10), to: verified };
}

/** Every claim of a record's status history, oldest first (the order the validator enforces), as a new array. */
export function statusHistory<R extends WithStatus>(record: R): StatusClaim<R>[] {
  return [...record.status] as StatusClaim<R>[];
}

/**
 * The latest claim of a record's status history, with `verified: false` when its as-of date is older than the
 * dataset's review window (or only bounded from below, so possibly that old): then nobody has checked the present state.
 */
export function currentStatus<R extends WithStatus>(record: R, options: StatusOptions = {}): CurrentStatus<R> {
  const history = statusHistory(record);
  const latest = history.at(-1);
  if (latest === undefined) throw new RangeError(`record "${record.id}" has no status`);
  const window = reviewWindow(options.dataset ?? datasetOf(record));
  // The last day the claim may speak as of; a not-before bound says nothing of how late it is.
  const lastDay = latest.as_of.bound === 'not-before' ? undefined : dateRange(latest.as_of).end;
  const verified = lastDay !== undefined && lastDay >= window.from;
  return { value: latest.value, as_of: latest.as_of, citation: latest.citation, verified, window };
}
