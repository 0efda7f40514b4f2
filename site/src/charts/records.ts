// The records the charts read: the generated types of @acces-soins/data. Chart functions take
// them as arguments, so the components pass the package's datasets and tests pass the same data.
import type { Event, Facility, Indicator, Initiative, Organisation, Source, Territory } from '@acces-soins/data';

export type { DateWithPrecision, Event, Facility, Indicator, Initiative, Organisation, Participant, Role, Territory } from '@acces-soins/data';

export interface ChartData {
  /** Dataset freshness; the charts' "today" is the latest `verified` day. */
  metadata: { datasets: Record<string, { verified: string }> };
  territories: readonly Territory[];
  initiatives: readonly Initiative[];
  events: readonly Event[];
  organisations: readonly Organisation[];
  indicators: readonly Indicator[];
  facilities: readonly Facility[];
  /** The sources, to date what each cites (a role is true as of its source's date); optional for charts that need none. */
  sources?: readonly Source[];
}

/** The data's "today": the latest verification day in metadata, so builds never depend on the clock. */
export function dataDate(metadata: ChartData['metadata']): string {
  const days = Object.values(metadata.datasets).map((d) => d.verified);
  if (days.length === 0) throw new Error('metadata: no dataset has a "verified" day');
  return days.reduce((a, b) => (b > a ? b : a));
}
