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
  byTerritory,
  byTheme,
  eventsInOrder,
  resolveInitiative,
  type DatasetName,
  type RecordOf,
  type Initiative,
  type Event,
  type Territory,
  type Organisation,
  type Citation,
} from '@acces-soins/data';
import type { Lang } from '../i18n/lang.ts';

export { initiatives, events, territories, organisations, people, themes, indicators, facilities, sources, metadata };
export { byTerritory, byTheme, eventsInOrder, resolveInitiative };
export type { DatasetName };

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
  const applying = byTerritory(territoryId, { includeSubdivisions: true });
  const own = applying.filter((i) => i.territories.some((t) => within(t, territoryId)));
  const inherited = applying.filter((i) => !own.includes(i));
  const national = initiatives.filter(
    (i) => i.scale === 'national' && !applying.includes(i) && applying.some((local) => linked(local, i)),
  );
  return { own, inherited, national };
}

function linked(a: Initiative, b: Initiative): boolean {
  return (a.related ?? []).some((r) => r.initiative === b.id) || (b.related ?? []).some((r) => r.initiative === a.id);
}

/** Initiatives that apply to a territory, own or inherited: the "region or department" filter. */
export function initiativesConcerning(territoryId: string): Initiative[] {
  return byTerritory(territoryId, { includeSubdivisions: true });
}

export function eventsIn(territoryId: string): Event[] {
  return eventsInOrder().filter((e) => e.place !== undefined && within(e.place, territoryId));
}

export function facilitiesIn(territoryId: string) {
  return facilities.filter((f) => within(f.commune, territoryId));
}

/* ---------- Initiatives ---------- */

/** Years an initiative is dated in: its events' and its period's. */
export function yearsOf(initiative: Initiative): string[] {
  const dates = [...eventsInOrder(initiative.id).map((e) => e.date), initiative.period?.start, initiative.period?.end];
  return [...new Set(dates.flatMap((d) => (d ? [d.value.slice(0, 4)] : [])))].sort();
}

export function initiativesByTitle(lang: Lang, list: readonly Initiative[]): Initiative[] {
  return [...list].sort((a, b) => a.title[lang].localeCompare(b.title[lang], lang));
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

export function participationsOf(kind: 'organisation' | 'person', id: string) {
  return initiatives.flatMap((initiative) =>
    initiative.participants.filter((p) => p[kind] === id).map((p) => ({ initiative, role: p.role, citation: p.citation })),
  );
}

export function eventsWithActor(kind: 'organisation' | 'person', id: string): Event[] {
  return eventsInOrder().filter((e) => (e.actors ?? []).some((a) => a[kind] === id));
}

export function peopleOf(organisationId: string) {
  return people.flatMap((person) => person.roles.filter((r) => r.organisation === organisationId).map((role) => ({ person, role })));
}

export function organisationChildren(organisationId: string): Organisation[] {
  return organisations.filter((o) => o.parent === organisationId);
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
