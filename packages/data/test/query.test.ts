import { describe, expect, it } from 'vitest';
import {
  ancestorsOf, byTerritory, byTheme, compareDates, dateRange, DATASETS, descendantsOf, events, eventsInOrder, facilities, findById,
  getById, indicators, initiatives, isId, organisations, people, resolveCitation, resolveEvent, resolveInitiative,
  resolveOrganisation, resolvePerson, sources, territories, territoryByCode, territoryHierarchy, themes,
  type DateWithPrecision, type IdOf, type Territory, type TerritoryId, type ThemeId,
} from '../dist/index.js';
import * as shipped from '../dist/index.js';

// The helpers as shipped (dist/), on the real data.

const idsOf = (records: readonly { id: string }[]) => records.map((record) => record.id);
const territory = (id: string) => territories.find((candidate) => candidate.id === id)!;
const recordsOf = (name: (typeof DATASETS)[number]) => shipped[name] as readonly { id: string }[];
const scopedTo = (id: string) => initiatives.filter((initiative) => (initiative.territories as readonly string[]).includes(id));

describe('getById', () => {
  it('finds every record of every dataset; an unknown id throws (getById) or gives undefined (findById)', () => {
    for (const name of DATASETS) {
      for (const record of recordsOf(name)) {
        expect(getById(name, record.id as IdOf<typeof name>)).toBe(record);
        expect(findById(name, record.id)).toBe(record);
        expect(isId(name, record.id)).toBe(true);
      }
      expect(() => getById(name, 'no-such-id' as IdOf<typeof name>)).toThrow(RangeError);
      expect(findById(name, 'no-such-id')).toBeUndefined();
      expect(isId(name, 'no-such-id')).toBe(false);
    }
  });

  it('suggests the id meant', () => {
    expect(() => getById('themes', 'acess-to-care' as ThemeId)).toThrow('no record "acess-to-care" in themes — did you mean access-to-care?');
  });
});

describe('resolveInitiative', () => {
  it('replaces every reference of every initiative with the record it names', () => {
    expect(initiatives.length).toBeGreaterThan(0);
    for (const initiative of initiatives) {
      const resolved = resolveInitiative(initiative.id)!;
      expect(resolved.id).toBe(initiative.id);
      expect(idsOf(resolved.territories)).toEqual(initiative.territories);
      expect(resolved.territories.every((record) => territories.includes(record))).toBe(true);
      expect(idsOf(resolved.themes)).toEqual(initiative.themes);
      resolved.participants.forEach((participant, index) => {
        const original = initiative.participants[index]!;
        expect(participant.organisation?.id).toBe(original.organisation);
        expect(participant.person?.id).toBe(original.person);
        expect(participant.role).toBe(original.role);
        expect(participant.citation).toEqual(original.citation);
      });
      expect(resolved.related.map((relation) => relation.initiative.id)).toEqual((initiative.related ?? []).map((relation) => relation.initiative));
      const pointingHere = initiatives.filter((other) => (other.related ?? []).some((relation) => relation.initiative === initiative.id));
      expect(new Set(idsOf(resolved.relatedFrom.map((relation) => relation.initiative)))).toEqual(new Set(idsOf(pointingHere)));
      expect(new Set(idsOf(resolved.events))).toEqual(new Set(idsOf(events.filter((event) => event.initiative === initiative.id))));
      expect(resolved.indicators).toEqual(indicators.filter((indicator) => indicator.initiative === initiative.id));
      expect(resolved.facilities).toEqual(facilities.filter((facility) => facility.initiative === initiative.id));
      // Every source id cited anywhere in the record, found here by reading its JSON text.
      const cited = new Set([...JSON.stringify(initiative).matchAll(/"source":"([^"]+)"/g)].map((match) => match[1]));
      expect(new Set(idsOf(resolved.sources))).toEqual(cited);
      expect(resolveInitiative(initiative)).toEqual(resolved);
    }
  });

  it('returns undefined for an unknown id', () => {
    expect(resolveInitiative('no-such-initiative')).toBeUndefined();
  });
});

describe('byTerritory', () => {
  const departments = territories.filter((record) => record.level === 'departement' && record.parent !== undefined);
  const regionOf = (department: Territory) => department.parent!;

  it('gives a department the initiatives of its region, not those of other departments', () => {
    const cases = departments.filter((department) => scopedTo(regionOf(department)).length > 0);
    expect(cases.length).toBeGreaterThan(0);
    for (const department of cases) {
      const found = byTerritory(department.id);
      expect(found).toEqual(expect.arrayContaining([...scopedTo(department.id), ...scopedTo(regionOf(department))]));
      for (const initiative of found) {
        expect(initiative.territories.some((id) => id === department.id || id === regionOf(department))).toBe(true);
      }
    }
  });

  it('gives a commune the initiatives of its department and region', () => {
    const communes = territories.filter((record) => record.level === 'commune' && record.parent !== undefined);
    const cases = communes.filter((commune) => scopedTo(commune.parent!).length > 0);
    expect(cases.length).toBeGreaterThan(0);
    for (const commune of cases) {
      const department = territory(commune.parent!);
      expect(byTerritory(commune.id)).toEqual(
        expect.arrayContaining([...scopedTo(commune.id), ...scopedTo(department.id), ...scopedTo(department.parent!)]),
      );
    }
  });

  it('gives a region its departments’ initiatives only when asked', () => {
    const cases = departments.filter((department) => scopedTo(department.id).some((initiative) => !initiative.territories.includes(regionOf(department))));
    expect(cases.length).toBeGreaterThan(0);
    for (const department of cases) {
      const onlyDepartmental = scopedTo(department.id).filter((initiative) => !initiative.territories.includes(regionOf(department)));
      for (const initiative of onlyDepartmental) expect(byTerritory(regionOf(department))).not.toContain(initiative);
      expect(byTerritory(regionOf(department), { includeSubdivisions: true })).toEqual(expect.arrayContaining(onlyDepartmental));
    }
  });

  it('refuses an unknown territory rather than answer nothing', () => {
    expect(() => byTerritory('departement-999' as TerritoryId)).toThrow(RangeError);
  });

  it('says which id an INSEE code stands for', () => {
    expect(() => byTerritory('30' as TerritoryId)).toThrow(`no record "30" in territories — did you mean departement-30? use territoryByCode('30')`);
  });
});

describe('territories by INSEE code and their hierarchy', () => {
  it('finds a region, a department and a commune by code', () => {
    expect(territoryByCode('30')?.name).toBe('Gard');
    expect(territoryByCode('30')?.id).toBe('departement-30');
    for (const record of territories) expect(territoryByCode(record.code, record.level)).toBe(record);
    expect(territoryByCode('99999')).toBeUndefined();
  });

  it('gives ancestors nearest first and descendants at any depth, with one implementation for any list', () => {
    for (const record of territories) {
      const chain: string[] = [];
      for (let parent = record.parent; parent !== undefined; parent = territory(parent).parent) chain.push(parent);
      expect(idsOf(ancestorsOf(record.id))).toEqual(chain);
      const inside = territories.filter((other) => idsOf(ancestorsOf(other.id)).includes(record.id));
      expect(idsOf(descendantsOf(record.id))).toEqual(idsOf(inside));
    }
    const tree = territoryHierarchy([{ id: 'r' }, { id: 'd', parent: 'r' }, { id: 'c', parent: 'd' }]);
    expect(idsOf(tree.ancestors('c'))).toEqual(['d', 'r']);
    expect(idsOf(tree.descendants('r'))).toEqual(['d', 'c']);
    expect(tree.within('c', 'r')).toBe(true);
    expect(tree.within('r', 'c')).toBe(false);
  });
});

describe('resolved views', () => {
  it('resolve every event, organisation, person and citation', () => {
    for (const event of events) {
      const resolved = resolveEvent(event.id);
      expect(resolved.initiative.id).toBe(event.initiative);
      expect(resolved.place?.id).toBe(event.place);
      expect(resolved.actors.map((actor) => actor.organisation?.id ?? actor.person?.id)).toEqual((event.actors ?? []).map((actor) => actor.organisation ?? actor.person));
    }
    for (const organisation of organisations) {
      const resolved = resolveOrganisation(organisation);
      expect(resolved.parent?.id).toBe(organisation.parent);
      expect(resolved.children.every((child) => child.parent === organisation.id)).toBe(true);
    }
    for (const person of people) {
      const resolved = resolvePerson(person.id);
      expect(resolved.roles.map((role) => role.organisation?.id)).toEqual(person.roles.map((role) => role.organisation));
    }
    for (const initiative of initiatives) {
      for (const citation of initiative.citations) {
        const resolved = resolveCitation(citation);
        expect(resolved.source).toBe(sources.find((source) => source.id === citation.source));
        expect(resolved.date).toBe(resolved.source.updated ?? resolved.source.published);
      }
    }
    expect(resolveEvent('no-such-event')).toBeUndefined();
  });
});

describe('the data at run time', () => {
  it('is deeply frozen: a mutation throws and leaks to no other importer', () => {
    const first = initiatives[0]!;
    expect(Object.isFrozen(initiatives)).toBe(true);
    expect(() => {
      (first.title as { fr: string }).fr = 'changed';
    }).toThrow(TypeError);
    expect(Object.isFrozen(first.citations[0])).toBe(true);
  });
});

describe('byTheme', () => {
  it('gives the initiatives tagged with each theme', () => {
    for (const theme of themes) expect(byTheme(theme.id)).toEqual(initiatives.filter((initiative) => initiative.themes.includes(theme.id)));
    expect(() => byTheme('no-such-theme' as ThemeId)).toThrow(RangeError);
  });
});

describe('eventsInOrder', () => {
  it('orders every event by the first, then the last day its date can stand for', () => {
    const ordered = eventsInOrder();
    expect(new Set(ordered)).toEqual(new Set(events));
    for (let index = 1; index < ordered.length; index++) {
      const [before, after] = [dateRange(ordered[index - 1]!.date), dateRange(ordered[index]!.date)];
      expect(before.start <= after.start && (before.start < after.start || before.end <= after.end)).toBe(true);
    }
  });

  it('gives the events of one initiative', () => {
    for (const initiative of initiatives) {
      expect(eventsInOrder(initiative.id)).toEqual(eventsInOrder().filter((event) => event.initiative === initiative.id));
    }
  });
});

describe('dates with precision', () => {
  const date = (value: string, precision: DateWithPrecision['precision'], approximation?: DateWithPrecision['approximation']) =>
    (approximation ? { value, precision, approximation } : { value, precision }) as DateWithPrecision;

  it('stand for a day, a (part of a) month or a year', () => {
    expect(dateRange(date('2022-11-04', 'day'))).toEqual({ start: '2022-11-04', end: '2022-11-04' });
    expect(dateRange(date('2024-02', 'month'))).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dateRange(date('2022-12', 'month', 'late'))).toEqual({ start: '2022-12-21', end: '2022-12-31' });
    expect(dateRange(date('2023-02', 'month', 'late'))).toEqual({ start: '2023-02-21', end: '2023-02-28' });
    expect(dateRange(date('2021', 'year'))).toEqual({ start: '2021-01-01', end: '2021-12-31' });
  });

  it('sort a vaguer date at the start of its period, and late in a month after its middle', () => {
    const sorted = [date('2022-12-15', 'day'), date('2022-12', 'month', 'late'), date('2022', 'year'), date('2022-12', 'month')].sort(compareDates);
    expect(sorted).toEqual([date('2022', 'year'), date('2022-12', 'month'), date('2022-12-15', 'day'), date('2022-12', 'month', 'late')]);
  });
});
