/**
 * What a territory's page answers, nearest first: what is in this place (health centres, events, initiatives
 * scoped to it or to a place inside it), then what its department, its region and the nation do that applies
 * here. An initiative sits at the level of its scale (a regional plan listed on a department page is the
 * region's, not "the department's own"), so each heading says truthfully where the thing applies.
 */
import { initiatives, lineage, within, byTerritory, eventsInOrder, facilities } from './data.ts';
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

function linked(a: Initiative, b: Initiative): boolean {
  return (a.related ?? []).some((r) => r.initiative === b.id) || (b.related ?? []).some((r) => r.initiative === a.id);
}

/** The scopes of a territory's page, the territory's own first, then each containing one, then the nation. */
export function scopesOf(territoryId: string): Scope[] {
  const chain = lineage(territoryId);
  const here = chain[0];
  const scopes: Scope[] = [
    ...chain.map((territory): Scope => ({ level: territory.level, territory, facilities: [], events: [], initiatives: [] })),
    { level: 'nation', facilities: [], events: [], initiatives: [] },
  ];
  const scopeAt = (rank: number) => scopes.find((s) => RANK[s.level] >= rank) ?? scopes.at(-1)!;

  const applying = byTerritory(territoryId, { includeSubdivisions: true });
  const national = initiatives.filter((i) => i.scale === 'national' && !applying.includes(i) && applying.some((local) => linked(local, i)));
  for (const initiative of [...applying, ...national]) {
    // Never above the scale's level, never below this page's territory.
    scopeAt(Math.max(SCALE_RANK[initiative.scale], RANK[here.level])).initiatives.push(initiative);
  }
  for (const event of eventsInOrder()) {
    if (event.place === undefined) continue;
    if (within(event.place, territoryId)) scopes[0].events.push(event);
    else scopes.find((s) => s.territory?.id === event.place)?.events.push(event);
  }
  scopes[0].facilities.push(...facilities.filter((f) => within(f.commune, territoryId)));
  return scopes;
}
