import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { citationBib, citationCff, citationCsl, citationInfo, citationText, zenodoJson } from '../src/citation.ts';
import type { Metadata } from '../src/metadata.ts';

const metadata = {
  title: { fr: 'Titre', en: 'Title' },
  description: { fr: 'Description.', en: 'Description.' },
  keywords: ['santé'],
  licences: { data: 'etalab-2.0', code: 'MIT' },
  contributors: [{ title: 'acces-soins', roles: ['creator'] }],
  datasets: { sources: { title: { fr: 'S', en: 'S' }, description: { fr: 'S', en: 'S' }, verified: '2026-11-22', review_by: '2027-05-22' } },
} as unknown as Metadata;

describe('citations', () => {
  it('name the version and the date in every format', () => {
    const info = citationInfo(metadata, 'acces-soins', '1.2.3');
    const texts = [citationCff(info), citationBib(info), JSON.stringify(citationCsl(info)), JSON.stringify(zenodoJson(info, 'd')), citationText(info)];
    for (const text of texts) {
      expect(text).toContain('1.2.3');
      expect(text).toContain('2026-11-22');
    }
  });

  it('give the repository address, from the one setting, in every format when it is set, and none otherwise', () => {
    const address = 'https://git.example.org/acces-soins';
    const info = citationInfo(metadata, 'acces-soins', '1.2.3', address);
    expect(parseYaml(citationCff(info))['repository-code']).toBe(address);
    expect(citationBib(info)).toContain(`  url = {${address}}`);
    expect(citationCsl(info)[0]).toMatchObject({ URL: address });
    expect(zenodoJson(info, 'd')).toMatchObject({ related_identifiers: [{ identifier: address, relation: 'isSupplementTo' }] });
    expect(citationText(info)).toContain(address);
    const without = citationInfo(metadata, 'acces-soins', '1.2.3');
    for (const text of [citationCff(without), citationBib(without), JSON.stringify(citationCsl(without)), JSON.stringify(zenodoJson(without, 'd'))]) expect(text).not.toMatch(/https?:/);
  });
});
