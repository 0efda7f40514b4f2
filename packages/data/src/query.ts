import { getDataset, type DatasetName } from '../generated/datasets.ts';
import type {
  Citation, Datasets, Event, Facility, Indicator, Initiative, Organisation, Participant, Person, Source, Territory, Theme,
} from '../generated/types.ts';
import { compareDates } from './dates.ts';

/** The record type of a dataset: `RecordOf<'initiatives'>` is `Initiative`. */
export type RecordOf<K extends DatasetName> = Datasets[K][number];

export interface ResolvedParticipant extends Omit<Participant, 'organisation' | 'person'> {
  organisation?: Organisation;
  person?: Person;
}

/** A link between two initiatives, with the initiative at the other end. */
export interface ResolvedRelation extends Omit<NonNullable<Initiative['related']>[number], 'initiative'> {
  initiative: Initiative;
}

/** An initiative with every reference replaced by the record it names, and the records that point to it. */
export interface ResolvedInitiative extends Omit<Initiative, 'territories' | 'participants' | 'themes' | 'related'> {
  territories: Territory[];
  participants: ResolvedParticipant[];
  themes: Theme[];
  /** The initiatives this one names in `related`. */
  related: ResolvedRelation[];
  /** The initiatives that name this one in their `related` (a regional branch of a national plan…). */
  relatedFrom: ResolvedRelation[];
  /** Its events, in chronological order. */
  events: Event[];
  indicators: Indicator[];
  facilities: Facility[];
  /** Every source the initiative record cites, in order of first citation. */
  sources: Source[];
}

// Indexes are built on first use, not at import: importing one dataset must not pull in (or parse) the others.
const indexes: Partial<Record<DatasetName, Map<string, unknown>>> = {};

/** The record of `dataset` with this id, if any. */
export function getById<K extends DatasetName>(dataset: K, id: string): RecordOf<K> | undefined {
  const index = (indexes[dataset] ??= new Map(getDataset(dataset).map((record) => [record.id, record])));
  return index.get(id) as RecordOf<K> | undefined;
}

function mustGet<K extends DatasetName>(dataset: K, id: string): RecordOf<K> {
  const record = getById(dataset, id);
  if (record === undefined) throw new RangeError(`no record "${id}" in ${dataset}`);
  return record;
}

/** The ids of the sources a record cites, wherever its citations are (record, participants, objectives…). */
function citedSources(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) citedSources(item, into);
  else if (value !== null && typeof value === 'object') {
    const citation = value as Partial<Citation>;
    if (typeof citation.source === 'string' && typeof citation.quote === 'string') into.add(citation.source);
    else for (const item of Object.values(value)) citedSources(item, into);
  }
  return into;
}

const resolveParticipant = ({ organisation, person, ...rest }: Participant): ResolvedParticipant => ({
  ...rest,
  ...(organisation === undefined ? {} : { organisation: mustGet('organisations', organisation) }),
  ...(person === undefined ? {} : { person: mustGet('people', person) }),
});

/** An initiative (record or id) with its references resolved; undefined for an unknown id. */
export function resolveInitiative(initiative: Initiative | string): ResolvedInitiative | undefined {
  const record = typeof initiative === 'string' ? getById('initiatives', initiative) : initiative;
  if (record === undefined) return undefined;
  const { territories, participants, themes, related = [], ...rest } = record;
  return {
    ...rest,
    territories: territories.map((id) => mustGet('territories', id)),
    participants: participants.map(resolveParticipant),
    themes: themes.map((id) => mustGet('themes', id)),
    related: related.map((relation) => ({ ...relation, initiative: mustGet('initiatives', relation.initiative) })),
    relatedFrom: getDataset('initiatives').flatMap((other) =>
      (other.related ?? [])
        .filter((relation) => relation.initiative === record.id)
        .map((relation) => ({ ...relation, initiative: other })),
    ),
    events: eventsInOrder(record.id),
    indicators: getDataset('indicators').filter((indicator) => indicator.initiative === record.id),
    facilities: getDataset('facilities').filter((facility) => facility.initiative === record.id),
    sources: [...citedSources(record)].map((id) => mustGet('sources', id)),
  };
}

/** A territory and the territories above it: a commune, its department, its region. */
function withParents(territory: Territory): string[] {
  const ids = [territory.id];
  for (let parent = territory.parent; parent !== undefined; parent = mustGet('territories', parent).parent) ids.push(parent);
  return ids;
}

/**
 * The initiatives that apply to a territory: those scoped to it or to a territory containing it (a department also
 * gets the initiatives of its region; a commune those of its department and region). With `includeSubdivisions`,
 * also those scoped to a territory inside it (a region then gets its departments' initiatives too).
 * National initiatives (no territory) are not included: select them with `scale === 'national'`.
 * @throws RangeError for a territory id that is not in the territories dataset.
 */
export function byTerritory(territoryId: string, options: { includeSubdivisions?: boolean } = {}): Initiative[] {
  const territory = mustGet('territories', territoryId);
  const matching = new Set(withParents(territory));
  if (options.includeSubdivisions) {
    for (const other of getDataset('territories')) if (withParents(other).includes(territory.id)) matching.add(other.id);
  }
  return getDataset('initiatives').filter((initiative) => initiative.territories.some((id) => matching.has(id)));
}

/** The initiatives tagged with a theme. @throws RangeError for a theme id that is not in the themes dataset. */
export function byTheme(themeId: string): Initiative[] {
  mustGet('themes', themeId);
  return getDataset('initiatives').filter((initiative) => initiative.themes.includes(themeId));
}

/**
 * Events in chronological order, respecting date precision (see compareDates), ties by id; only those of one
 * initiative when its id is given.
 */
export function eventsInOrder(initiativeId?: string): Event[] {
  return getDataset('events')
    .filter((event) => initiativeId === undefined || event.initiative === initiativeId)
    .sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
}
