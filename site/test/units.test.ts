/** The site's small pure modules: date wording, commune matching, the changelog reader, the field dictionary. */
import { describe, expect, it } from 'vitest';
import { formatDate, formatBytes } from '../src/i18n/format.ts';
import { normalize, matchCommunes } from '../src/scripts/commune-match.ts';
import { changelogBlocks } from '../src/lib/changelog.ts';
import { fieldRows } from '../src/lib/dictionary.ts';
import type { CommuneIndex } from '../src/lib/communes.ts';

describe('dates at their precision', () => {
  it('never says more than the source', () => {
    expect(formatDate({ value: '2021-09-15', precision: 'day' }, 'fr')).toBe('15 septembre 2021');
    expect(formatDate({ value: '2021-09-15', precision: 'day' }, 'en')).toBe('15 September 2021');
    expect(formatDate({ value: '2022-12', precision: 'month', approximation: 'mid' }, 'fr')).toBe('mi-décembre 2022');
    expect(formatDate({ value: '2022-12', precision: 'month', approximation: 'late' }, 'en')).toBe('late December 2022');
    expect(formatDate({ value: '2022-12', precision: 'month', approximation: 'early' }, 'fr')).toBe('début décembre 2022');
    expect(formatDate({ value: '2020', precision: 'year' }, 'fr')).toBe('2020');
  });

  it('writes sizes the way each language does', () => {
    expect(formatBytes(950, 'fr')).toBe('950 octets');
    expect(formatBytes(12_345, 'fr')).toBe('12,3 Ko');
    expect(formatBytes(12_345, 'en')).toBe('12.3 KB');
  });
});

describe('commune matching', () => {
  const index: CommuneIndex = {
    departments: { '84': ['departement-84', 'Vaucluse'], '11': ['departement-11', 'Aude'] },
    communes: [
      ['84007', 'Avignon', '84', '84000 84140'],
      ['84106', 'Saint-Saturnin-lès-Avignon', '84', '84450'],
      ['11069', 'Carcassonne', '11', '11000'],
    ],
    regions: [['region-76', 'Occitanie', '76'], ['region-93', 'Provence-Alpes-Côte d’Azur', '93']],
    pages: { '11069': 'commune-11069' },
  };

  it('ignores case, accents, hyphens and "St" abbreviations', () => {
    expect(normalize('Saint-Saturnin-lès-Avignon')).toBe(normalize('st saturnin les AVIGNON'));
  });

  it('ranks exact and prefix matches first, and matches codes by prefix', () => {
    expect(matchCommunes(index, 'avignon', 10).matches.map((m) => m.name)).toEqual(['Avignon', 'Saint-Saturnin-lès-Avignon']);
    expect(matchCommunes(index, '84140', 10).matches.map((m) => m.code)).toEqual(['84007']);
    expect(matchCommunes(index, '110', 10).matches.map((m) => m.code)).toEqual(['11069']);
    expect(matchCommunes(index, 'carca', 10).matches[0]).toMatchObject({ page: 'commune-11069', department: { id: 'departement-11' } });
    expect(matchCommunes(index, 'zzz', 10)).toEqual({ matches: [], total: 0 });
    expect(matchCommunes(index, 'a', 1)).toMatchObject({ total: 3 });
  });
});

describe('changelog reader', () => {
  it('keeps headings, items and paragraphs as text, never as markup', () => {
    const blocks = changelogBlocks('# @acces-soins/data\n\n## 0.2.0\n\n### Minor Changes\n\n- abc123: Added <b>records</b>\n  continued\n\nSome text\n');
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, text: '0.2.0' },
      { kind: 'heading', level: 3, text: 'Minor Changes' },
      { kind: 'item', text: 'abc123: Added <b>records</b> continued' },
      { kind: 'paragraph', text: 'Some text' },
    ]);
  });
});

describe('field dictionary', () => {
  it('lists fields with their language, requiredness, type and nested fields', () => {
    const schema = {
      required: ['id'],
      properties: {
        id: { title: 'Identifiant', 'x-title-en': 'Identifier', description: 'd', 'x-description-en': 'e', $ref: 'defs.schema.json#/$defs/id' },
        kind: { title: 'Type', 'x-title-en': 'Kind', enum: ['a', 'b'] },
        items: { title: 'Objets', 'x-title-en': 'Items', type: 'array', items: { type: 'object', required: ['n'], properties: { n: { title: 'N', 'x-title-en': 'N', type: 'integer' } } } },
      },
    };
    expect(fieldRows(schema, 'en')).toEqual([
      { name: 'id', title: 'Identifier', description: 'e', required: true, type: { kind: 'ref', def: 'id', list: false } },
      { name: 'kind', title: 'Kind', description: '', required: false, type: { kind: 'enum', values: ['a', 'b'], list: false } },
      { name: 'items', title: 'Items', description: '', required: false, type: { kind: 'json', type: 'object', format: undefined, list: true } },
      { name: 'items[].n', title: 'N', description: '', required: true, type: { kind: 'json', type: 'integer', format: undefined, list: false } },
    ]);
  });
});

describe('data shown as text', () => {
  it('never passes markup to set:html outside the JSON-LD component (charts render their own escaped SVG)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const src = join(import.meta.dirname, '..', 'src');
    const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => /\.(astro|mdx)$/.test(f) && !f.startsWith('charts'));
    const users = files.filter((f) => readFileSync(join(src, f), 'utf8').includes('set:html'));
    expect(users).toEqual([join('components', 'JsonLd.astro')]);
  });
});

describe('territory pages list a few records per scope and link to the rest', async () => {
  const { scopesOf, capEvents, capInitiatives, capFacilities, completeInitiativesOf, LIST_CAP } = await import('../src/lib/territory.ts');
  const { yearsOf } = await import('../src/lib/data.ts');
  const occitanie = scopesOf('region-76')[0];

  it('keeps the initiatives dated latest and says how many there are', () => {
    const list = occitanie.initiatives;
    expect(list.length).toBeGreaterThan(2);
    const capped = capInitiatives(list, 2);
    expect(capped.total).toBe(list.length);
    expect(capped.shown).toHaveLength(2);
    const last = (i: (typeof list)[number]) => yearsOf(i).at(-1) ?? '';
    const lowestShown = capped.shown.map(last).sort()[0];
    for (const rest of list.filter((i) => !capped.shown.includes(i))) expect(last(rest) <= lowestShown).toBe(true);
    // Under the cap, nothing is cut.
    expect(capInitiatives(list, LIST_CAP + list.length).shown).toEqual(list);
  });

  it('keeps the most recent events, oldest first, and the first health centres', () => {
    const events = scopesOf('region-76')[0].events;
    expect(events.length).toBeGreaterThan(1);
    expect(capEvents(events, 1)).toEqual({ shown: [events.at(-1)], total: events.length });
    const facilities = scopesOf('region-76')[0].facilities;
    expect(capFacilities(facilities, 1).shown).toEqual(facilities.slice(0, 1));
  });

  it('sends a commune to its department’s list, a department or region to its own, the nation to the index', () => {
    const [commune, department, region, nation] = scopesOf('commune-11069');
    expect(completeInitiativesOf(commune)?.value).toBe('departement-11');
    expect(completeInitiativesOf(department)?.value).toBe('departement-11');
    expect(completeInitiativesOf(region)?.value).toBe('region-76');
    expect(completeInitiativesOf(nation)).toBeUndefined();
    // The complete list holds every initiative the capped scope lists.
    for (const scope of [commune, department, region]) {
      const complete = completeInitiativesOf(scope)!.list;
      for (const initiative of scope.initiatives) expect(complete).toContain(initiative);
    }
  });
});
