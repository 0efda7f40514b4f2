/** What people type to find their place: typos, homonyms, shared postcodes, departments and regions by name. */
import { describe, expect, it } from 'vitest';
import { distance, matchAreas, matchCommunes, singleAnswer } from '../src/scripts/commune-match.ts';
import type { CommuneIndex } from '../src/lib/communes.ts';

const index: CommuneIndex = {
  departments: { '30': ['departement-30', 'Gard'], '32': ['departement-32', 'Gers'], '34': ['departement-34', 'Hérault'], '13': ['departement-13', 'Bouches-du-Rhône'] },
  regions: [['region-76', 'Occitanie', '76'], ['region-93', 'Provence-Alpes-Côte d’Azur', '93']],
  communes: [
    ['13055', 'Marseille', '13', '13001 13002'],
    ['30151', 'Lussan', '30', '30580'],
    ['32221', 'Lussan', '32', '32270'],
    ['34032', 'Béziers', '34', '34500'],
    ['34150', 'Marseillan', '34', '34340'],
    ['34336', 'Villeneuve-lès-Béziers', '34', '34420 34500'],
  ],
  pages: { '30151': 'commune-30151' },
};

const answer = (query: string) => {
  const { matches, total } = matchCommunes(index, query, 20);
  return singleAnswer(matches, total);
};

describe('« ma commune » answers', () => {
  it('goes to the exact name even when others share its prefix', () => {
    expect(answer('Marseille')).toBe('departement-13');
    expect(answer('marseille')).toBe('departement-13');
  });
  it('gives no single answer for homonyms in two departments, and names each one’s department', () => {
    expect(answer('Lussan')).toBeUndefined();
    expect(matchCommunes(index, 'Lussan', 20).matches.map((m) => m.department.name)).toEqual(['Gard', 'Gers']);
  });
  it('goes to the department of a postcode its communes share', () => {
    expect(answer('34500')).toBe('departement-34');
  });
  it('finds a name with a typo, nearest first, and not short words', () => {
    expect(matchCommunes(index, 'Beziés', 5).matches[0]).toMatchObject({ name: 'Béziers', typo: true });
    expect(matchCommunes(index, 'Marsielle', 5).matches[0].name).toBe('Marseille');
    expect(matchCommunes(index, 'Lusan', 5).matches.map((m) => m.name)).toEqual(['Lussan', 'Lussan']);
    expect(matchCommunes(index, 'Urs', 5).total).toBe(0);
    expect(distance('bezies', 'beziers', 2)).toBe(1);
    expect(distance('abcdef', 'abdcef', 2)).toBe(1); // two neighbours swapped
  });
  it('finds departments and regions by name or number, with or without accents', () => {
    expect(matchAreas(index, 'herault').map((a) => a.id)).toEqual(['departement-34']);
    expect(matchAreas(index, '30').map((a) => a.id)).toEqual(['departement-30']);
    expect(matchAreas(index, 'Ocitanie').map((a) => a.id)).toEqual(['region-76']);
    expect(matchAreas(index, 'ARS')).toEqual([]);
  });
});
