/**
 * What a territory's page answers, nearest first: what is in this place (health centres, events, initiatives
 * scoped to it or to a place inside it), then what its department, its region and the nation do that applies
 * here. An initiative sits at the level of its scale (a regional plan listed on a department page is the
 * region's, not "the department's own"), so each heading says truthfully where the thing applies.
 */
import { initiativesFor, lineage, byTerritory, eventsAtPlace, eventsIn, facilitiesIn, yearsOf } from './data.ts';
import { memo } from './memo.ts';
import { filterValuesOf, type FilterValue } from './filters.ts';
import type { Event, Facility, Initiative, Territory } from '@acces-soins/data';

export type Level = Territory['level'] | 'nation';

export interface Scope {
  level: Level;
  /** The territory of this level (none for the nation). */
  territory?: Territory;
  facilities: Facility[];
  events: Event[];
  initiatives: Initiative[];
}

const RANK: Record<Level, number> = { commune: 0, departement: 1, region: 2, nation: 3 };
const SCALE_RANK: Record<Initiative['scale'], number> = { local: 0, departmental: 1, regional: 2, national: 3 };

/**
 * The scopes of a territory's page, the territory's own first, then each containing one, then the nation; computed
 * once per territory (both languages' pages and the territories index ask).
 */
export const scopesOf = memo((territoryId: string) => territoryId, (territoryId: string): Scope[] => {
  const chain = lineage(territoryId);
  const here = chain[0];
  const scopes: Scope[] = [
    ...chain.map((territory): Scope => ({ level: territory.level, territory, facilities: [], events: [], initiatives: [] })),
    { level: 'nation', facilities: [], events: [], initiatives: [] },
  ];
  const scopeAt = (rank: number) => scopes.find((s) => RANK[s.level] >= rank) ?? scopes.at(-1)!;

  // Those scoped here, around or inside, then the national plans linked to one of them (lib/data.ts, indexed).
  const applying = byTerritory(territoryId, { includeSubdivisions: true });
  const { national } = initiativesFor(territoryId);
  for (const initiative of [...applying, ...national]) {
    // Never above the scale's level, never below this page's territory.
    scopeAt(Math.max(SCALE_RANK[initiative.scale], RANK[here.level])).initiatives.push(initiative);
  }
  // Events in this place or inside it are here; those placed exactly at a containing territory are that scope's.
  scopes[0].events = eventsIn(territoryId);
  for (const scope of scopes.slice(1)) {
    if (scope.territory) scope.events = eventsAtPlace(scope.territory.id);
  }
  scopes[0].facilities = facilitiesIn(territoryId);
  return scopes;
});

/**
 * How many records of one kind a territory page lists under one scope. A page whose lists grow with the data grows
 * without bound (a department of a large dataset inherits thousands of regional initiatives): past this many, the
 * page shows the most recent ones, says how many there are, and links to the complete list.
 */
export const LIST_CAP = 6;

/** What a capped list shows: `shown` (at most LIST_CAP) out of `total`. */
export interface Capped<T> {
  shown: T[];
  total: number;
}

/** Events come oldest first: the last ones are the most recent, kept in that order. */
export function capEvents(list: readonly Event[], cap = LIST_CAP): Capped<Event> {
  return { shown: list.slice(Math.max(0, list.length - cap)), total: list.length };
}

/**
 * The initiatives dated latest (the last year of their period or events; undated ones last), ties kept in the
 * list's order; the list component then orders them its own way (by title).
 */
export function capInitiatives(list: readonly Initiative[], cap = LIST_CAP): Capped<Initiative> {
  if (list.length <= cap) return { shown: [...list], total: list.length };
  // One pass keeping the best `cap` so far (a region's scope lists thousands at scale; sorting them all is not needed).
  const latest = (i: Initiative) => yearsOf(i).at(-1) ?? '';
  const best: { initiative: Initiative; year: string }[] = [];
  for (const initiative of list) {
    const year = latest(initiative);
    // Later year first; on a tie the earlier in the list stays ahead, so a newcomer only passes strictly older ones.
    let at = best.length;
    while (at > 0 && best[at - 1].year < year) at--;
    if (at < cap) {
      best.splice(at, 0, { initiative, year });
      if (best.length > cap) best.pop();
    }
  }
  return { shown: best.map((x) => x.initiative), total: list.length };
}

/** Health centres in the list's order (the map shows them all). */
export function capFacilities(list: readonly Facility[], cap = LIST_CAP): Capped<Facility> {
  return { shown: list.slice(0, cap), total: list.length };
}

/**
 * Where the complete list of a scope's initiatives is: the initiatives filter page of the scope's territory (its
 * department for a commune: communes have no filter page), or the whole index for the nation (undefined). Those
 * pages list every initiative that concerns the place, so they hold at least what the scope lists.
 */
export function completeInitiativesOf(scope: Scope): FilterValue | undefined {
  if (!scope.territory) return undefined;
  const territory = scope.territory.level === 'commune' ? lineage(scope.territory.id)[1] : scope.territory;
  return filterValuesOf('territory').find((filter) => filter.value === territory.id);
}

/** One scope of a territory page as shown: its lists cut to the cap, and whether it lists anything at all. */
export interface ScopeLists {
  scope: Scope;
  empty: boolean;
  facilities: Capped<Facility>;
  events: Capped<Event>;
  initiatives: Capped<Initiative>;
}

/**
 * What a territory page shows: its own scope always (even empty), then each wider scope that lists something; cut
 * once per territory (both languages' pages show the same records).
 */
export const territoryLists = memo((territoryId: string) => territoryId, (territoryId: string): ScopeLists[] =>
  scopesOf(territoryId)
    .map((scope) => ({
      scope,
      empty: scope.facilities.length + scope.events.length + scope.initiatives.length === 0,
      facilities: capFacilities(scope.facilities),
      events: capEvents(scope.events),
      initiatives: capInitiatives(scope.initiatives),
    }))
    .filter((list, n) => n === 0 || !list.empty),
);
