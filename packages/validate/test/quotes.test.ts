import { describe, expect, it } from 'vitest';
import { normaliseQuoteText } from '../src/checks/quotes.ts';

describe('normaliseQuoteText', () => {
  it('makes runs of white space, no-break spaces included, one space', () => {
    expect(normaliseQuoteText('À\u00a0terme,\n  notre\u202fobjectif\t')).toBe('À terme, notre objectif');
  });

  it('makes typographic apostrophes plain, and nothing else', () => {
    expect(normaliseQuoteText('l’accès ‘x’ « Ma Région »')).toBe("l'accès 'x' « Ma Région »");
  });
});
