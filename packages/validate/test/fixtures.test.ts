import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { validateData, type Issue } from '../src/index.ts';
import { fixtureDataDir, fixtures, relativeTo, removeDataDir, validFixture } from './fixture-dir.ts';

const GEOGRAPHY = '@etalab/decoupage-administratif 6.0.0';

/** Each bad fixture has one defect; these are all the issues it must produce, and nothing else. */
const EXPECTED: Record<string, Issue[]> = {
  'wrong-type': [
    {
      file: 'indicators.jsonl',
      line: 1,
      id: 'ma-sante-ma-region-health-professionals-2023',
      pointer: '/value',
      message: 'must be of type number, not string "66"',
    },
  ],
  'unknown-property': [
    { file: 'organisations.jsonl', line: 1, id: 'region-occitanie', pointer: '/acronym_en', message: 'unknown property "acronym_en"' },
  ],
  'missing-required-field': [
    { file: 'facilities.jsonl', line: 1, id: 'centre-de-sante-sainte-croix-volvestre', pointer: '', message: 'missing required field "status"' },
  ],
  'malformed-json': [
    { file: 'themes.jsonl', line: 3, id: 'prevention', pointer: '', message: "malformed JSON: Expected ',' or '}' after property value (column 65)" },
  ],
  // Input limits and encoding (src/limits.ts, src/read.ts): checked before any recursive check sees the record.
  'too-deep': [
    {
      file: 'events.jsonl',
      line: 1,
      id: 'ma-sante-ma-region-launch',
      pointer: `/title/fr${'/0'.repeat(30)}`,
      message: 'nested more than 32 levels deep (objects and arrays): the limit is 32 (record skipped)',
    },
  ],
  'string-too-long': [
    {
      file: 'events.jsonl',
      line: 1,
      id: 'ma-sante-ma-region-launch',
      pointer: '/title/en',
      message: 'string of 100,001 characters, more than the limit of 100,000 (record skipped)',
    },
  ],
  'bom-and-crlf': [
    { file: 'themes.jsonl', line: 1, id: 'access-to-care', pointer: '', message: 'the file starts with a byte order mark (U+FEFF): save the file as UTF-8 without BOM' },
    { file: 'themes.jsonl', line: 1, id: 'access-to-care', pointer: '', message: 'Windows line ending (CR LF) on 2 lines, from this one: save the file with LF line endings' },
  ],
  // The unreadable organisation also leaves the records that name it dangling: reported too.
  'control-character': [
    { file: 'organisations.jsonl', line: 1, id: 'region-occitanie', pointer: '', message: 'control character U+0007 at column 72: write it escaped (\\u…) or remove it' },
    {
      file: 'initiatives.jsonl',
      line: 1,
      id: 'ma-sante-ma-region',
      pointer: '/participants/0/organisation',
      message: 'dangling reference: no organisation "region-occitanie" in organisations.jsonl',
    },
    { file: 'events.jsonl', line: 1, id: 'ma-sante-ma-region-launch', pointer: '/actors/0/organisation', message: 'dangling reference: no organisation "region-occitanie" in organisations.jsonl' },
  ],
  'truncated-and-duplicated-line': [
    { file: 'themes.jsonl', line: 2, id: 'health-workforce', pointer: '', message: 'malformed JSON: Unterminated string (column 81)' },
    { file: 'themes.jsonl', line: 3, id: 'access-to-care', pointer: '/id', message: 'duplicate id "access-to-care": already used on line 1 of themes.jsonl' },
    { file: 'initiatives.jsonl', line: 1, id: 'ma-sante-ma-region', pointer: '/themes/1', message: 'dangling reference: no theme "health-workforce" in themes.jsonl' },
  ],
  'duplicate-id': [
    { file: 'themes.jsonl', line: 3, id: 'access-to-care', pointer: '/id', message: 'duplicate id "access-to-care": already used on line 1 of themes.jsonl' },
  ],
  'dangling-reference': [
    {
      file: 'initiatives.jsonl',
      line: 1,
      id: 'ma-sante-ma-region',
      pointer: '/participants/0/organisation',
      message: 'dangling reference: no organisation "conseil-regional-occitanie" in organisations.jsonl',
    },
  ],
  'initiative-related-to-itself': [
    { file: 'initiatives.jsonl', line: 1, id: 'ma-sante-ma-region', pointer: '/related/0/initiative', message: '"ma-sante-ma-region" refers to itself' },
  ],
  'quote-not-in-source': [
    {
      file: 'facilities.jsonl',
      line: 1,
      id: 'centre-de-sante-sainte-croix-volvestre',
      pointer: '/citations/0/quote',
      message:
        'quote not found in the text of source "ma-sante-ma-region-bilan-2023" (sources/ma-sante-ma-region-bilan-2023.txt): "Un an après l\'ouverture de son premier centre de santé à Carcassonne"',
    },
  ],
  'invalid-insee-code': [
    { file: 'territories.jsonl', line: 6, id: 'commune-30999', pointer: '/code', message: `no commune with INSEE code 30999 in ${GEOGRAPHY}` },
  ],
  'end-before-start': [
    { file: 'initiatives.jsonl', line: 1, id: 'ma-sante-ma-region', pointer: '/period/end', message: 'the period ends (2021) before it starts (2022-07)' },
  ],
  'invalid-date': [
    { file: 'events.jsonl', line: 1, id: 'ma-sante-ma-region-launch', pointer: '/date/value', message: '"2021-02-30" is not a valid date' },
  ],
  'commune-in-wrong-department': [
    {
      file: 'territories.jsonl',
      line: 4,
      id: 'commune-09257',
      pointer: '/parent',
      message: `commune 09257 (Sainte-Croix-Volvestre) is in departement 09 (Ariège) in ${GEOGRAPHY}: its parent must be "departement-09", not "departement-30"`,
    },
  ],
  'unit-mismatch': [
    {
      file: 'indicators.jsonl',
      line: 2,
      id: 'ma-sante-ma-region-health-professionals-target',
      pointer: '/unit',
      message:
        'unit "members" differs from "people" of indicator "ma-sante-ma-region-health-professionals-2023" (line 1) for the same metric "health-professionals-employed": one unit per metric',
    },
  ],
  'unused-source': [
    { file: 'sources.jsonl', line: 3, id: 'aude-urps-convention', pointer: '', message: 'source "aude-urps-convention" is never cited: cite it or remove it' },
  ],
  'sha256-mismatch': [
    {
      file: 'sources.jsonl',
      line: 1,
      id: 'ma-sante-ma-region-bilan-2023',
      pointer: '/sha256',
      message: `SHA-256 mismatch: sources/ma-sante-ma-region-bilan-2023.txt has 7c781afbb32e54f6723f32b02eac1f4f1a06227d2aa44a4089fba6f170aa01f7, the record says ${'0'.repeat(64)} (was the text changed?)`,
    },
  ],
  'missing-source-text': [
    {
      file: 'sources.jsonl',
      line: 1,
      id: 'ma-sante-ma-region-bilan-2023',
      pointer: '/file',
      message: 'text file not found: sources/ma-sante-ma-region-bilan.txt',
    },
  ],
  'quote-cites-reference-dataset': [
    {
      file: 'facilities.jsonl',
      line: 2,
      id: 'centre-de-sante-lussan',
      pointer: '/citations/1/source',
      message: 'cites "etalab-decoupage-administratif", a reference dataset: it has no text to quote, cite a text source',
    },
  ],
  'facility-in-a-department': [
    {
      file: 'facilities.jsonl',
      line: 2,
      id: 'centre-de-sante-lussan',
      pointer: '/commune',
      message: '"departement-30" is a departement, but a commune is expected here',
    },
  ],
  'parent-of-wrong-level': [
    {
      file: 'territories.jsonl',
      line: 5,
      id: 'commune-30151',
      pointer: '/parent',
      message: 'the parent of a commune must be a departement, "region-76" is a region',
    },
  ],
  // The wrong id also leaves the facility that names the right one dangling: both are reported.
  'territory-id-mismatch': [
    { file: 'territories.jsonl', line: 5, id: 'commune-lussan', pointer: '/id', message: 'id must be "commune-30151" (level-code)' },
    {
      file: 'facilities.jsonl',
      line: 2,
      id: 'centre-de-sante-lussan',
      pointer: '/commune',
      message: 'dangling reference: no territory "commune-30151" in territories.jsonl',
    },
  ],
  'review-before-verified': [
    { file: 'metadata.json', pointer: '/datasets/events/review_by', message: 'review_by 2026-11-01 is before verified 2026-11-22' },
  ],
  'status-without-as-of': [
    { file: 'facilities.jsonl', line: 2, id: 'centre-de-sante-lussan', pointer: '/status/0', message: 'missing required field "as_of"' },
  ],
  'status-later-than-source': [
    {
      file: 'facilities.jsonl',
      line: 2,
      id: 'centre-de-sante-lussan',
      pointer: '/status/0/as_of',
      message: 'status as of 2023-09 is later than its source "ma-sante-ma-region-bilan-2023", dated 2023-07-17',
    },
  ],
  'status-history-out-of-order': [
    {
      file: 'facilities.jsonl',
      line: 2,
      id: 'centre-de-sante-lussan',
      pointer: '/status/1/as_of',
      message: 'status history out of order: as of 2022 comes after a status as of 2023-07-17; oldest first',
    },
  ],
  'ongoing-after-period-end': [
    {
      file: 'initiatives.jsonl',
      line: 1,
      id: 'ma-sante-ma-region',
      pointer: '/status/0/value',
      message: '"ongoing" as of 2023-07-17, but the period ended 2022-12: the source says otherwise, or the status is not ongoing',
    },
  ],
  'source-without-date': [
    { file: 'sources.jsonl', line: 1, id: 'ma-sante-ma-region-bilan-2023', pointer: '', message: 'needs at least one of "published", "updated", "undated_reason"' },
  ],
  'territory-without-basis': [
    { file: 'initiatives.jsonl', line: 1, id: 'ma-sante-ma-region', pointer: '/territories/1', message: '"departement-09" has no coverage basis in territory_basis' },
  ],
};

const validate = (...cases: string[]) => {
  const dir = fixtureDataDir(...cases);
  try {
    return validateData({ dataDir: dir }).issues.map((issue) => relativeTo(dir, issue));
  } finally {
    removeDataDir(dir);
  }
};

describe('fixtures', () => {
  it('the valid base fixture, made of real records, passes', () => {
    expect(validateData({ dataDir: validFixture }).issues).toEqual([]);
  });

  it('every bad fixture has its expectation', () => {
    const cases = readdirSync(fixtures).filter((name) => name !== 'valid');
    expect(cases.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`reports ${name}`, () => {
      expect(validate(name)).toEqual(expected);
    });
  }

  it('reports every defect in one run, in file and line order', () => {
    const cases = ['review-before-verified', 'wrong-type', 'commune-in-wrong-department', 'malformed-json', 'unknown-property'];
    const expected = [
      ...EXPECTED['commune-in-wrong-department'],
      ...EXPECTED['unknown-property'],
      ...EXPECTED['malformed-json'],
      ...EXPECTED['wrong-type'],
      ...EXPECTED['review-before-verified'],
    ];
    expect(validate(...cases)).toEqual(expected);
  });
});
