import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '@acces-soins/validate';

/**
 * A small synthetic data dir that passes validation and holds what a CSV writer gets wrong: double quotes, commas,
 * line breaks (LF and CRLF), accents and typographic apostrophes, a decimal number, an absent optional object, an
 * empty list beside an absent one, dates at every precision, and a citation in every kind of place. The source text is
 * invented for the test (it names nobody real); every quote is taken from it.
 */
export const SOURCE_TEXT = [
  'Texte synthétique écrit pour les tests de l’export, qui ne décrit aucun fait réel.',
  'La Région « Test » signe une convention avec l’Union "fictive" des médecins, le 3 mars.',
  'Elle vise plus de 12,5 médecins en Haute-Garonne et prévoit un centre de santé à Toulouse.',
  'L’élue Marie Exemple, présidente de séance, ouvre la réunion.',
  '',
].join('\n');

/** Text values that must survive the CSV round trip byte for byte. */
export const TRICKY = {
  quotesAndCommas: 'Convention « test », "guillemets" et virgule, fin',
  lineBreaks: 'Ligne 1\nLigne 2\r\nLigne 3 : é’à',
  leadingSpace: '  espaces autour  ',
};

const cite = (quote: string) => {
  if (!SOURCE_TEXT.replace(/\s+/g, ' ').includes(quote.replace(/\s+/g, ' '))) throw new Error(`fixture quote not in the text: ${quote}`);
  return { source: 'synthetic-text', quote };
};
const text = (fr: string, en: string) => ({ fr, en });
/** The source's date: what its statuses and roles are true as of. */
const ASOF = { value: '2024-03', precision: 'month' };

/** The installed geography package's version, which the territory check requires of the reference source. */
function geographyVersion(): string {
  const require = createRequire(join(root, 'packages/validate/package.json'));
  return (JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/package.json'), 'utf8')) as { version: string }).version;
}

export type FixtureRecords = Record<string, Record<string, unknown>[]>;

export function fixtureRecords(): FixtureRecords {
  const geography = 'etalab-decoupage-administratif';
  return {
    sources: [
      {
        id: 'synthetic-text',
        kind: 'web-page',
        title: text('Texte « synthétique », pour l’export', 'A "synthetic" text, for the export'),
        publisher: { name: 'Éditeur, « fictif »', citation: cite('Texte synthétique écrit pour les tests') },
        language: 'fr',
        published: { value: '2024-03', precision: 'month', approximation: 'early' },
        recorded: { value: '2024-12-01', precision: 'day' },
        file: 'sources/synthetic-text.txt',
        sha256: createHash('sha256').update(SOURCE_TEXT).digest('hex'),
      },
      {
        id: geography,
        kind: 'reference-dataset',
        title: text('Découpage administratif', 'Administrative divisions'),
        language: 'fr',
        package: '@etalab/decoupage-administratif',
        version: geographyVersion(),
        licence: 'Licence Ouverte 2.0',
      },
    ],
    territories: [
      { id: 'region-76', level: 'region', code: '76', name: 'Occitanie', reference: geography },
      { id: 'departement-31', level: 'departement', code: '31', name: 'Haute-Garonne', parent: 'region-76', reference: geography, citations: [cite('en Haute-Garonne')] },
      { id: 'commune-31555', level: 'commune', code: '31555', name: 'Toulouse', parent: 'departement-31', reference: geography, citations: [cite('centre de santé à Toulouse')] },
    ],
    organisations: [
      { id: 'region-test', kind: 'regional-council', name: text(TRICKY.quotesAndCommas, 'The "Test" Region, with a comma'), territory: 'region-76', citations: [cite('La Région « Test »')] },
      { id: 'union-fictive', kind: 'professional-union', name: text('Union "fictive"\ndes médecins', 'Fictional union'), acronym: 'UF', citations: [cite('l’Union "fictive" des médecins')] },
    ],
    people: [
      {
        id: 'marie-exemple',
        name: 'Marie Exemple',
        roles: [{ title: text('Élue, présidente de séance', 'Elected official, chair'), organisation: 'region-test', as_of: ASOF, citation: cite('L’élue Marie Exemple, présidente de séance') }],
      },
    ],
    themes: [{ id: 'access-to-care', label: text('Accès aux soins', 'Access to care'), definition: text(TRICKY.lineBreaks, TRICKY.leadingSpace) }],
    initiatives: [
      {
        id: 'convention-test',
        kind: 'convention',
        title: text(TRICKY.quotesAndCommas, 'Test convention'),
        summary: text(TRICKY.lineBreaks, 'Line 1\nLine 2'),
        status: [{ value: 'ongoing', as_of: ASOF, citation: cite('La Région « Test » signe une convention') }],
        period: {
          start: { value: '2024-03-03', precision: 'day', inferred: true, reasoning: text('Année déduite, « 2024 », du contexte', 'Year read from context, "2024"') },
          duration_years: 2.5,
        },
        scale: 'regional',
        territories: ['region-76', 'departement-31'],
        territory_basis: [
          { territory: 'region-76', basis: 'regional-scope', citation: cite('La Région « Test »') },
          { territory: 'departement-31', basis: 'named', citation: cite('en Haute-Garonne') },
        ],
        participants: [
          { organisation: 'region-test', role: 'signatory', citation: cite('La Région « Test » signe une convention') },
          { person: 'marie-exemple', role: 'organiser', citation: cite('ouvre la réunion') },
        ],
        themes: ['access-to-care'],
        objectives: [
          {
            kind: 'objective',
            text: text('Viser plus de 12,5 médecins', 'Target more than 12.5 doctors'),
            details: [text('Premier, point', 'First, point'), text('Second "point"', 'Second point')],
            citation: cite('Elle vise plus de 12,5 médecins'),
          },
          { kind: 'axis', text: text('Centre de santé', 'Health centre'), citation: cite('prévoit un centre de santé') },
        ],
        related: [{ initiative: 'programme-test', relation: 'part-of', citation: cite('signe une\nconvention') }],
        citations: [cite('signe une convention'), cite('le 3 mars')],
      },
      {
        id: 'programme-test',
        kind: 'programme',
        title: text('Programme', 'Programme'),
        summary: text('Sans période ni territoire, liste d’objectifs vide.', 'No period, no territory, empty objectives list.'),
        status: [{ value: 'unknown', as_of: ASOF, citation: cite('Texte synthétique') }],
        scale: 'national',
        territories: [],
        participants: [],
        themes: ['access-to-care'],
        objectives: [],
        citations: [cite('Texte synthétique')],
      },
    ],
    events: [
      {
        id: 'signature-test',
        kind: 'signature',
        title: text('Signature', 'Signature'),
        date: { value: '2024', precision: 'year' },
        status: [{ value: 'happened', as_of: ASOF, citation: cite('signe une convention') }],
        initiative: 'convention-test',
        place: 'commune-31555',
        venue: 'Salle "A", 1er étage',
        actors: [{ organisation: 'union-fictive', role: 'signatory', citation: cite('avec l’Union "fictive"') }],
        citations: [cite('signe une convention')],
      },
    ],
    indicators: [
      {
        id: 'doctors-target',
        metric: 'doctors-targeted',
        label: text('Médecins visés', 'Doctors targeted'),
        kind: 'target',
        value: 12.5,
        comparator: 'more-than',
        unit: 'people',
        as_of: { value: '2024-03', precision: 'month', approximation: 'mid' },
        territory: 'departement-31',
        initiative: 'convention-test',
        citation: cite('plus de 12,5 médecins'),
      },
    ],
    facilities: [
      {
        id: 'centre-toulouse',
        kind: 'health-centre',
        name: text('Centre de santé, Toulouse', 'Health centre, Toulouse'),
        commune: 'commune-31555',
        status: [{ value: 'planned', as_of: ASOF, citation: cite('prévoit un centre de santé') }],
        operator: 'region-test',
        initiative: 'convention-test',
        citations: [cite('un centre de santé à Toulouse')],
      },
    ],
  };
}

/** The fixture with four datasets empty (no file content at all), as while the data is being written. */
export function sparseFixtureRecords(): FixtureRecords {
  const records = fixtureRecords();
  for (const dataset of ['people', 'events', 'indicators', 'facilities']) records[dataset] = [];
  const convention = records.initiatives![0]! as { participants: { person?: string }[] };
  convention.participants = convention.participants.filter((participant) => participant.person === undefined);
  return records;
}

function metadata(datasets: string[]) {
  const entry = (name: string) => ({
    title: text(`Jeu ${name}`, `Dataset ${name}`),
    description: text(`Description de ${name}.`, `Description of ${name}.`),
    verified: name === 'events' ? '2025-01-15' : '2024-12-01',
    review_by: '2026-01-01',
  });
  return {
    title: text('Jeu de test « synthétique »', 'Synthetic "test" dataset'),
    description: text('Données inventées pour les tests.', 'Data invented for the tests.'),
    scope: text('Un texte synthétique, écrit pour les tests.', 'One synthetic text, written for the tests.'),
    keywords: ['test', 'santé'],
    licences: { data: 'etalab-2.0', code: 'MIT' },
    contributors: [{ title: 'acces-soins', roles: ['creator'] }],
    datasets: Object.fromEntries(datasets.map((name) => [name, entry(name)])),
  };
}

/** Writes a data dir (JSONL, one record per line, metadata.json, the source text) and returns its path. */
export function writeFixture(records: FixtureRecords = fixtureRecords()): string {
  const dir = mkdtempSync(join(tmpdir(), 'acces-soins-export-data-'));
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'sources', 'synthetic-text.txt'), SOURCE_TEXT);
  for (const [name, list] of Object.entries(records)) {
    writeFileSync(join(dir, `${name}.jsonl`), list.map((record) => `${JSON.stringify(record)}\n`).join(''));
  }
  writeFileSync(join(dir, 'metadata.json'), `${JSON.stringify(metadata(Object.keys(records)), null, 2)}\n`);
  return dir;
}

export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** A temporary folder to export into (it does not exist yet: the export creates it). */
export function tempOutDir(): { parent: string; outDir: string } {
  const parent = mkdtempSync(join(tmpdir(), 'acces-soins-export-out-'));
  return { parent, outDir: join(parent, 'snapshots') };
}
