/**
 * The site's one door to the data: everything comes from @acces-soins/data, the published package, and its
 * query helpers. This module only adds what pages need on top (what a territory's resident should see, who
 * took part in what); it never copies or edits a record.
 */
import {
  initiatives,
  events,
  territories,
  organisations,
  people,
  themes,
  indicators,
  facilities,
  sources,
  metadata,
  findById,
  territoryHierarchy,
  byTerritory as byTerritoryScan,
  byTheme as byThemeScan,
  eventsInOrder as eventsInOrderScan,
  resolveInitiative as resolveInitiativeScan,
  type DatasetName,
  type RecordOf,
  type Initiative,
  type Event,
  type Territory,
  type TerritoryId,
  type ThemeId,
  type Organisation,
  type Citation,
  type Person,
  type ResolvedInitiative,
} from '@acces-soins/data';
import type { Lang } from '../i18n/lang.ts';
import { lazy, memo, pushTo } from './memo.ts';

export { initiatives, events, territories, organisations, people, themes, indicators, facilities, sources, metadata };
export type { DatasetName };

/*
 * Every page of a build asks the same questions of the same data: the package's query helpers scan whole datasets
 * on each call, so asking them once per page made the build grow as pages × records. Each answer is computed once
 * per build (memoised by its arguments) and the lookups pages make by territory, actor, organisation and year go
 * through indexes built on first use. Answers are the package's own, in the same order; callers get copies of
 * shared arrays, so no page can change what the next one sees.
 */
// Pages pass ids read from the data or the route: the package's id unions are asserted at this one door.
const byTerritoryOnce = memo(
  (territoryId: string, options: { includeSubdivisions?: boolean } = {}) => `${territoryId}|${options.includeSubdivisions === true}`,
  (territoryId: string, options: { includeSubdivisions?: boolean } = {}) => byTerritoryScan(territoryId as TerritoryId, options),
);
/** The package's `byTerritory`, answered once per territory and option. */
export function byTerritory(territoryId: string, options: { includeSubdivisions?: boolean } = {}): Initiative[] {
  return [...byTerritoryOnce(territoryId as TerritoryId, options)];
}
const byThemeOnce = memo((themeId: string) => themeId, (themeId: string) => byThemeScan(themeId as ThemeId));
export function byTheme(themeId: string): Initiative[] {
  return [...byThemeOnce(themeId as ThemeId)];
}
/** Every event in the package's order (its sort, done once); one initiative's events are a filter of it, same order. */
const allEventsInOrder = lazy(() => eventsInOrderScan());
const eventsByInitiative = lazy(() => {
  const index = new Map<string, Event[]>();
  for (const event of allEventsInOrder()) pushTo(index, event.initiative, event);
  return index;
});
export function eventsInOrder(initiativeId?: string): Event[] {
  return [...(initiativeId === undefined ? allEventsInOrder() : (eventsByInitiative().get(initiativeId) ?? []))];
}
const resolveOnce = memo((id: string) => id, (id: string) => resolveInitiativeScan(id));
/** The package's `resolveInitiative`, resolved once per initiative. */
export function resolveInitiative(initiative: Initiative | string): ResolvedInitiative | undefined {
  return resolveOnce(typeof initiative === 'string' ? initiative : initiative.id);
}

/** The record with this id; a dangling reference fails the build, naming the dataset and the id. */
export function get<K extends DatasetName>(dataset: K, id: string): RecordOf<K> {
  const record = findById(dataset, id);
  if (record === undefined) throw new Error(`site: ${dataset} has no record "${id}"`);
  return record;
}

/* ---------- Territories ---------- */

const byCode = (a: Territory, b: Territory) => a.code.localeCompare(b.code);
export const regions = territories.filter((t) => t.level === 'region').sort(byCode);
export const departments = territories.filter((t) => t.level === 'departement').sort(byCode);
export const communes = territories.filter((t) => t.level === 'commune').sort((a, b) => a.name.localeCompare(b.name, 'fr'));

export function childrenOf(territoryId: string): Territory[] {
  return territories.filter((t) => t.parent === territoryId).sort(byCode);
}

const hierarchy = territoryHierarchy(territories);

/** The territory and the ones containing it, nearest first: commune → department → region. */
export function lineage(territoryId: string): Territory[] {
  return [get('territories', territoryId), ...hierarchy.ancestors(territoryId)];
}

/** True when `innerId` is `outerId` or lies inside it. */
export const within = (innerId: string, outerId: string): boolean => hierarchy.within(innerId, outerId);

/**
 * What a territory's page lists, from a resident's point of view: initiatives scoped to it or to a place inside
 * it (own), those of a territory containing it that also apply here (inherited, e.g. a regional programme on a
 * department page), and national plans reached through one of those (linked in `related`, either way).
 */
export function initiativesFor(territoryId: string) {
  return initiativesForOnce(territoryId);
}
const initiativesForOnce = memo((territoryId: string) => territoryId, (territoryId: string) => {
  const applying = byTerritory(territoryId, { includeSubdivisions: true });
  const own = applying.filter((i) => ownedBy().get(territoryId)?.has(i) === true);
  const owned = new Set(own);
  const inherited = applying.filter((i) => !owned.has(i));
  const applyingIds = new Set(applying.map((i) => i.id));
  const reached = new Set(applying.flatMap((local) => [...(linkedTo().get(local.id) ?? [])]));
  const national = nationalInitiatives().filter((i) => !applyingIds.has(i.id) && reached.has(i.id));
  return { own, inherited, national };
});

/** Territory id → the initiatives scoped to it or to a place inside it. */
const ownedBy = lazy(() => {
  const index = new Map<string, Set<Initiative>>();
  for (const initiative of initiatives) {
    for (const id of initiative.territories) {
      for (const t of lineage(id)) {
        if (!index.has(t.id)) index.set(t.id, new Set());
        index.get(t.id)!.add(initiative);
      }
    }
  }
  return index;
});
const nationalInitiatives = lazy(() => initiatives.filter((i) => i.scale === 'national'));
/** Initiative id → ids of the initiatives linked to it in `related`, either way. */
const linkedTo = lazy(() => {
  const index = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!index.has(a)) index.set(a, new Set());
    index.get(a)!.add(b);
  };
  for (const initiative of initiatives) {
    for (const r of initiative.related ?? []) {
      link(initiative.id, r.initiative);
      link(r.initiative, initiative.id);
    }
  }
  return index;
});

/** Initiatives that apply to a territory, own or inherited: the "region or department" filter. */
export function initiativesConcerning(territoryId: string): Initiative[] {
  return byTerritory(territoryId, { includeSubdivisions: true });
}

/** Territory id → records placed in it or in a place inside it, in the order of `list`. */
function byPlaceWithin<T>(list: () => readonly T[], placeOf: (record: T) => string | undefined) {
  return lazy(() => {
    const index = new Map<string, T[]>();
    for (const record of list()) {
      const place = placeOf(record);
      if (place !== undefined) for (const t of lineage(place)) pushTo(index, t.id, record);
    }
    return index;
  });
}
const eventsWithin = byPlaceWithin(allEventsInOrder, (e) => e.place);
const facilitiesWithin = byPlaceWithin(() => facilities, (f) => f.commune);

/** Place → the events placed exactly there, in order (a region's own events, not those of its communes). */
const eventsAt = lazy(() => {
  const index = new Map<string, Event[]>();
  for (const event of allEventsInOrder()) if (event.place !== undefined) pushTo(index, event.place, event);
  return index;
});
export function eventsAtPlace(territoryId: string): Event[] {
  return [...(eventsAt().get(territoryId) ?? [])];
}

export function eventsIn(territoryId: string): Event[] {
  return [...(eventsWithin().get(territoryId) ?? [])];
}

export function facilitiesIn(territoryId: string) {
  return [...(facilitiesWithin().get(territoryId) ?? [])];
}

/* ---------- Initiatives ---------- */

/** Years an initiative is dated in: its events' and its period's. */
export function yearsOf(initiative: Initiative): string[] {
  return yearsOnce(initiative);
}
// Lists call it several times per item on every page: one frozen array per initiative, shared, never copied.
const yearsOnce = memo((initiative: Initiative) => initiative.id, (initiative: Initiative) => {
  const dates = [...eventsInOrder(initiative.id).map((e) => e.date), initiative.period?.start, initiative.period?.end];
  return Object.freeze([...new Set(dates.flatMap((d) => (d ? [d.value.slice(0, 4)] : [])))].sort()) as string[];
});

/**
 * Every initiative's rank by title (`localeCompare(b, lang)`'s order), once per language: territory pages sort long
 * lists, and comparing two numbers costs far less than collating two titles. Equal titles share a rank, so a stable
 * sort by rank keeps them in the list's own order, exactly as sorting by title did.
 */
const titleCollators: Record<Lang, Intl.Collator> = { fr: new Intl.Collator('fr'), en: new Intl.Collator('en') };
const titleRanks = memo((lang: Lang) => lang, (lang: Lang) => {
  const collator = titleCollators[lang];
  const sorted = [...initiatives].sort((a, b) => collator.compare(a.title[lang], b.title[lang]));
  const ranks = new Map<Initiative, number>();
  sorted.forEach((initiative, index) => {
    const previous = sorted[index - 1];
    ranks.set(initiative, previous !== undefined && collator.compare(previous.title[lang], initiative.title[lang]) === 0 ? ranks.get(previous)! : index);
  });
  return ranks;
});

export function initiativesByTitle(lang: Lang, list: readonly Initiative[]): Initiative[] {
  const ranks = titleRanks(lang);
  const collator = titleCollators[lang];
  // A record that is not in the dataset (none today) would have no rank: it is then compared by title.
  return [...list].sort((a, b) => {
    const ra = ranks.get(a);
    const rb = ranks.get(b);
    return ra !== undefined && rb !== undefined ? ra - rb : collator.compare(a.title[lang], b.title[lang]);
  });
}

/** Every citation an initiative page shows: the record's own, its events', indicators' and health centres'. */
export function citationsOfInitiative(initiative: Initiative): Citation[] {
  const resolved = resolveInitiative(initiative)!;
  return [
    ...initiative.citations,
    ...initiative.participants.map((p) => p.citation),
    ...(initiative.objectives ?? []).map((o) => o.citation),
    ...resolved.related.map((r) => r.citation),
    ...resolved.relatedFrom.map((r) => r.citation),
    ...resolved.events.flatMap((e) => e.citations),
    ...resolved.indicators.map((i) => i.citation),
    ...resolved.facilities.flatMap((f) => f.citations),
  ];
}

/* ---------- Organisations and people ---------- */

type Participation = { initiative: Initiative; role: Initiative['participants'][number]['role']; citation: Citation };
/** `organisation|id` or `person|id` → what the actor takes part in, in dataset order. */
const participations = lazy(() => {
  const index = new Map<string, Participation[]>();
  for (const initiative of initiatives) {
    for (const p of initiative.participants) {
      for (const kind of ['organisation', 'person'] as const) {
        const id = p[kind];
        if (id !== undefined) pushTo(index, `${kind}|${id}`, { initiative, role: p.role, citation: p.citation });
      }
    }
  }
  return index;
});
export function participationsOf(kind: 'organisation' | 'person', id: string): Participation[] {
  return [...(participations().get(`${kind}|${id}`) ?? [])];
}

/** `organisation|id` or `person|id` → the events it acts in, in chronological order. */
const eventActors = lazy(() => {
  const index = new Map<string, Event[]>();
  for (const event of allEventsInOrder()) {
    const keys = new Set((event.actors ?? []).flatMap((a) => (['organisation', 'person'] as const).flatMap((kind) => (a[kind] === undefined ? [] : [`${kind}|${a[kind]}`]))));
    for (const key of keys) pushTo(index, key, event);
  }
  return index;
});
export function eventsWithActor(kind: 'organisation' | 'person', id: string): Event[] {
  return [...(eventActors().get(`${kind}|${id}`) ?? [])];
}

const members = lazy(() => {
  const index = new Map<string, { person: Person; role: Person['roles'][number] }[]>();
  for (const person of people) for (const role of person.roles) pushTo(index, role.organisation, { person, role });
  return index;
});
export function peopleOf(organisationId: string) {
  return [...(members().get(organisationId) ?? [])];
}

const childOrganisations = lazy(() => {
  const index = new Map<string, Organisation[]>();
  for (const o of organisations) if (o.parent !== undefined) pushTo(index, o.parent, o);
  return index;
});
export function organisationChildren(organisationId: string): Organisation[] {
  return [...(childOrganisations().get(organisationId) ?? [])];
}

/* ---------- Sources ---------- */

/** Citations grouped by source, in order of first citation, each quote once: a page's "Sources" section. */
export function groupCitations(citations: readonly Citation[]) {
  const groups = new Map<string, string[]>();
  for (const c of citations) {
    const quotes = groups.get(c.source) ?? [];
    if (!quotes.includes(c.quote)) quotes.push(c.quote);
    groups.set(c.source, quotes);
  }
  return [...groups].map(([id, quotes]) => ({ source: get('sources', id), quotes }));
}

/* ---------- Freshness ---------- */

/** When the datasets a page shows were last verified (the oldest of them) and the earliest review date. */
export function freshness(datasets: readonly DatasetName[], lang: Lang) {
  const entries = datasets.map((name) => metadata.datasets[name]);
  return {
    verified: entries.map((d) => d.verified).sort()[0],
    reviewBy: entries.map((d) => d.reviewBy).sort()[0],
    titles: entries.map((d) => d.title[lang]),
  };
}
