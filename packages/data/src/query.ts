// Query helpers. Each imports only the datasets it reads, straight from their modules (no table of all datasets),
// so a bundle of one helper holds those datasets and nothing else; indexes are built on first use, not at import.
import type { DatasetName } from '../generated/datasets.ts';
import type { Ids } from '../generated/ids.ts';
import type {
  Citation, DateWithPrecision, Datasets, Event, Facility, Indicator, Initiative, Organisation, Participant, Person, Source,
  Territory, Theme,
} from '../generated/types.ts';
import type { EventId, InitiativeId, OrganisationId, PersonId, TerritoryCode, TerritoryId, ThemeId } from '../generated/ids.ts';
import { events } from '../generated/events.ts';
import { facilities } from '../generated/facilities.ts';
import { indicators } from '../generated/indicators.ts';
import { initiatives } from '../generated/initiatives.ts';
import { organisations } from '../generated/organisations.ts';
import { people } from '../generated/people.ts';
import { sources } from '../generated/sources.ts';
import { territories } from '../generated/territories.ts';
import { themes } from '../generated/themes.ts';
import { compareDates } from './dates.ts';
import { territoryHierarchy, type TerritoryHierarchy } from './hierarchy.ts';
import { closestIds, find, groupOf, missingRecord, mustFind } from './lookup.ts';

/** The record type of a dataset: `RecordOf<'initiatives'>` is `Initiative`. */
export type RecordOf<K extends DatasetName> = Datasets[K][number];

/** The id type of a dataset: `IdOf<'territories'>` is `TerritoryId`, a union of the published ids. */
export type IdOf<K extends DatasetName> = Ids[K];

function recordsOf<K extends DatasetName>(dataset: K): Datasets[K] {
  // Inside the function, not at module level: only a bundle that calls getById/findById/isId holds every dataset.
  const all = { sources, territories, organisations, people, themes, initiatives, events, indicators, facilities } as Datasets;
  const records = all[dataset];
  if (records === undefined) throw new RangeError(`no dataset ${JSON.stringify(dataset)}`);
  return records;
}

/**
 * The record of `dataset` with this id. The id type lists the published ids: a typo does not compile.
 * @throws RangeError for an id that is not in the dataset (cast from a string), naming the nearest ids.
 */
export function getById<K extends DatasetName>(dataset: K, id: IdOf<K>): RecordOf<K> {
  if (dataset === 'territories') return territory(id as TerritoryId) as RecordOf<K>;
  return mustFind(dataset, recordsOf(dataset) as readonly { id: string }[], id) as RecordOf<K>;
}

/** The record of `dataset` with this id, for an id from outside (a URL, a form): undefined when there is none. */
export function findById<K extends DatasetName>(dataset: K, id: string): RecordOf<K> | undefined {
  return find(recordsOf(dataset) as readonly { id: string }[], id) as RecordOf<K> | undefined;
}

/** True when `id` is the id of a record of `dataset`: then `getById(dataset, id)` type-checks and never throws. */
export function isId<K extends DatasetName>(dataset: K, id: string): id is IdOf<K> {
  return find(recordsOf(dataset) as readonly { id: string }[], id) !== undefined;
}

/* ---------- Territories ---------- */

let hierarchy: TerritoryHierarchy<Territory> | undefined;
const territoryTree = () => (hierarchy ??= territoryHierarchy(territories));

/** The territory with this id; a missing one suggests the id its INSEE code stands for (`30` → `departement-30`). */
function territory(id: TerritoryId): Territory {
  const record = find(territories, id);
  if (record !== undefined) return record;
  const byCode = territories.filter((candidate) => candidate.code === id);
  if (byCode.length > 0) {
    throw missingRecord('territories', id, byCode.map((candidate) => candidate.id), `use territoryByCode('${id}')`);
  }
  throw missingRecord('territories', id, closestIds(territories, id));
}

/**
 * The territory with this INSEE code (Code officiel géographique): a region (`76`), a department (`30`, `2A`) or a
 * commune (`11069`). A region and a department may share a code (`76` is Occitanie and Seine-Maritime): give the
 * level then. Undefined when no published territory has the code.
 * @throws RangeError when the code matches territories of several levels and no level is given.
 */
export function territoryByCode(code: TerritoryCode): Territory;
export function territoryByCode(code: string, level?: Territory['level']): Territory | undefined;
export function territoryByCode(code: string, level?: Territory['level']): Territory | undefined {
  const matches = territories.filter((candidate) => candidate.code === code && (level === undefined || candidate.level === level));
  if (matches.length > 1) {
    throw new RangeError(`the INSEE code ${JSON.stringify(code)} is that of ${matches.map((match) => `${match.id} (${match.level})`).join(' and ')} — give the level: territoryByCode(${JSON.stringify(code)}, '${matches[0]!.level}')`);
  }
  return matches[0];
}

/** The territories containing this one, nearest first: a commune's department, then its region. */
export function ancestorsOf(territoryId: TerritoryId): Territory[] {
  territory(territoryId);
  return territoryTree().ancestors(territoryId);
}

/** The territories inside this one, at any depth: a region's departments and their communes. */
export function descendantsOf(territoryId: TerritoryId): Territory[] {
  territory(territoryId);
  return territoryTree().descendants(territoryId);
}

/**
 * The initiatives that apply to a territory: those scoped to it or to a territory containing it (a department also
 * gets the initiatives of its region; a commune those of its department and region). With `includeSubdivisions`,
 * also those scoped to a territory inside it (a region then gets its departments' initiatives too).
 * National initiatives (no territory) are not included: select them with `scale === 'national'`.
 * @throws RangeError for an id that is not in the territories dataset (an INSEE code: use territoryByCode).
 */
export function byTerritory(territoryId: TerritoryId, options: { includeSubdivisions?: boolean } = {}): Initiative[] {
  const place = territory(territoryId);
  const matching = new Set<string>([place.id, ...territoryTree().ancestors(place.id).map((parent) => parent.id)]);
  if (options.includeSubdivisions) for (const inside of territoryTree().descendants(place.id)) matching.add(inside.id);
  return initiatives.filter((initiative) => initiative.territories.some((id) => matching.has(id)));
}

/* ---------- Themes and events ---------- */

/** The initiatives tagged with a theme. @throws RangeError for a theme id that is not in the themes dataset. */
export function byTheme(themeId: ThemeId): Initiative[] {
  mustFind('themes', themes, themeId);
  return [...groupOf(initiatives, 'theme', (initiative) => initiative.themes, themeId)];
}

/**
 * Events in chronological order, respecting date precision (see compareDates), ties by id; only those of one
 * initiative when its id is given.
 */
export function eventsInOrder(initiativeId?: InitiativeId): Event[] {
  const ordered = (chronology ??= [...events].sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id)));
  return initiativeId === undefined ? [...ordered] : [...groupOf(ordered, 'initiative', (event) => [event.initiative], initiativeId)];
}
/** Every event in order, sorted once (the data are frozen): callers get copies. */
let chronology: Event[] | undefined;

/* ---------- Resolved views: every reference replaced by the record it names ---------- */

type Resolved<T, K extends keyof T, R> = Omit<T, K> & R;

/** A participant or actor with its organisation or person record (exactly one of the two). */
export type ResolvedParticipant = Omit<Participant, 'organisation' | 'person'> &
  ({ readonly organisation: Organisation; readonly person?: undefined } | { readonly person: Person; readonly organisation?: undefined });

/** A citation with the source it quotes, and that source's date (last update, else publication) when known. */
export type ResolvedCitation = Resolved<Citation, 'source', { readonly source: Source; readonly date: DateWithPrecision | undefined }>;

/** A link between two initiatives, with the initiative at the other end. */
export type ResolvedRelation = Resolved<NonNullable<Initiative['related']>[number], 'initiative', { readonly initiative: Initiative }>;

/** An initiative with every reference replaced by the record it names, and the records that point to it. */
export type ResolvedInitiative = Resolved<Initiative, 'territories' | 'participants' | 'themes' | 'related', {
  readonly territories: readonly Territory[];
  readonly participants: readonly ResolvedParticipant[];
  readonly themes: readonly Theme[];
  /** The initiatives this one names in `related`. */
  readonly related: readonly ResolvedRelation[];
  /** The initiatives that name this one in their `related` (a regional branch of a national plan…). */
  readonly relatedFrom: readonly ResolvedRelation[];
  /** Its events, in chronological order. */
  readonly events: readonly Event[];
  readonly indicators: readonly Indicator[];
  readonly facilities: readonly Facility[];
  /** Every source the initiative record cites, in order of first citation. */
  readonly sources: readonly Source[];
}>;

/** An event with its initiative, its place, its actors and the sources it cites. */
export type ResolvedEvent = Resolved<Event, 'initiative' | 'place' | 'actors', {
  readonly initiative: Initiative;
  readonly place: Territory | undefined;
  readonly actors: readonly ResolvedParticipant[];
  readonly sources: readonly Source[];
}>;

/** An organisation with its parent, its territory, the organisations directly under it and the sources it cites. */
export type ResolvedOrganisation = Resolved<Organisation, 'parent' | 'territory', {
  readonly parent: Organisation | undefined;
  readonly territory: Territory | undefined;
  readonly children: readonly Organisation[];
  readonly sources: readonly Source[];
}>;

/** A person's role with the organisation it is held in, when the source names one. */
export type ResolvedRole = Resolved<Person['roles'][number], 'organisation', { readonly organisation: Organisation | undefined }>;

/** A person with the organisations of their roles. */
export type ResolvedPerson = Resolved<Person, 'roles', { readonly roles: readonly ResolvedRole[]; readonly organisations: readonly Organisation[] }>;

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
const sourcesOf = (record: unknown) => [...citedSources(record)].map((id) => mustFind('sources', sources, id));

function resolveParticipant(participant: Participant): ResolvedParticipant {
  const { organisation, person, ...rest } = participant as Participant & { organisation?: string; person?: string };
  return organisation !== undefined
    ? { ...rest, organisation: mustFind('organisations', organisations, organisation) }
    : { ...rest, person: mustFind('people', people, person!) };
}

const recordOf = <T extends { readonly id: string }>(records: readonly T[], value: T | string): T | undefined =>
  typeof value === 'string' ? find(records, value) : value;

/** A citation with its source and the source's date. @throws RangeError for a source id that is not published. */
export function resolveCitation(citation: Citation): ResolvedCitation {
  const source = mustFind('sources', sources, citation.source);
  return { ...citation, source, date: source.updated ?? source.published };
}

/**
 * An initiative (record or id) with its references resolved: never undefined for a record or a published id;
 * undefined for any other string.
 */
export function resolveInitiative(initiative: Initiative | InitiativeId): ResolvedInitiative;
export function resolveInitiative(initiative: string): ResolvedInitiative | undefined;
export function resolveInitiative(initiative: Initiative | string): ResolvedInitiative | undefined {
  const record = recordOf(initiatives, initiative);
  if (record === undefined) return undefined;
  const { territories: places, participants, themes: tags, related = [], ...rest } = record;
  return {
    ...rest,
    territories: places.map((id) => territory(id)),
    participants: participants.map(resolveParticipant),
    themes: tags.map((id) => mustFind('themes', themes, id)),
    related: related.map((relation) => ({ ...relation, initiative: mustFind('initiatives', initiatives, relation.initiative) })),
    relatedFrom: groupOf(initiatives, 'related', (other) => (other.related ?? []).map((relation) => relation.initiative), record.id).flatMap((other) =>
      (other.related ?? []).filter((relation) => relation.initiative === record.id).map((relation) => ({ ...relation, initiative: other })),
    ),
    events: eventsInOrder(record.id),
    indicators: [...groupOf(indicators, 'initiative', (indicator) => [indicator.initiative], record.id)],
    facilities: [...groupOf(facilities, 'initiative', (facility) => (facility.initiative === undefined ? [] : [facility.initiative]), record.id)],
    sources: sourcesOf(record),
  };
}

/** An event (record or id) with its initiative, place, actors and sources. */
export function resolveEvent(event: Event | EventId): ResolvedEvent;
export function resolveEvent(event: string): ResolvedEvent | undefined;
export function resolveEvent(event: Event | string): ResolvedEvent | undefined {
  const record = recordOf(events, event);
  if (record === undefined) return undefined;
  const { initiative, place, actors = [], ...rest } = record;
  return {
    ...rest,
    initiative: mustFind('initiatives', initiatives, initiative),
    place: place === undefined ? undefined : territory(place),
    actors: actors.map(resolveParticipant),
    sources: sourcesOf(record),
  };
}

/** An organisation (record or id) with its parent, territory, children and sources. */
export function resolveOrganisation(organisation: Organisation | OrganisationId): ResolvedOrganisation;
export function resolveOrganisation(organisation: string): ResolvedOrganisation | undefined;
export function resolveOrganisation(organisation: Organisation | string): ResolvedOrganisation | undefined {
  const record = recordOf(organisations, organisation);
  if (record === undefined) return undefined;
  const { parent, territory: place, ...rest } = record;
  return {
    ...rest,
    parent: parent === undefined ? undefined : mustFind('organisations', organisations, parent),
    territory: place === undefined ? undefined : territory(place),
    children: [...groupOf(organisations, 'parent', (other) => (other.parent === undefined ? [] : [other.parent]), record.id)],
    sources: sourcesOf(record),
  };
}

/** A person (record or id) with the organisation of each role, and those organisations once each. */
export function resolvePerson(person: Person | PersonId): ResolvedPerson;
export function resolvePerson(person: string): ResolvedPerson | undefined;
export function resolvePerson(person: Person | string): ResolvedPerson | undefined {
  const record = recordOf(people, person);
  if (record === undefined) return undefined;
  const roles = record.roles.map(({ organisation, ...role }) => ({
    ...role,
    organisation: organisation === undefined ? undefined : mustFind('organisations', organisations, organisation),
  }));
  const held = [...new Set(roles.flatMap((role) => (role.organisation === undefined ? [] : [role.organisation])))];
  return { ...record, roles, organisations: held };
}
