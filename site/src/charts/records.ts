// The records the charts read: the generated types of @acces-soins/data. Chart functions take
// them as arguments, so the components pass the package's datasets and tests pass the same data.
import { compareDates, type Event, type Facility, type Indicator, type Initiative, type Organisation, type Source, type Territory } from '@acces-soins/data';
import { compareText } from './i18n.ts';

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

/** The data's "today" (the latest verification day in metadata: builds never depend on the clock), one definition. */
export { dataDate } from '@acces-soins/validate/data-date';

/** Each initiative's events in date order (ties by id): sorted once per data, shared by the charts that need it. */
const eventOrder = new WeakMap<ChartData, Map<string, Event[]>>();
export function eventsByInitiative(data: ChartData): Map<string, Event[]> {
  let eventsOf = eventOrder.get(data);
  if (!eventsOf) {
    eventsOf = new Map<string, Event[]>();
    for (const event of [...data.events].sort((a, b) => compareDates(a.date, b.date) || compareText(a.id, b.id))) {
      if (!eventsOf.has(event.initiative)) eventsOf.set(event.initiative, []);
      eventsOf.get(event.initiative)!.push(event);
    }
    eventOrder.set(data, eventsOf);
  }
  return eventsOf;
}
