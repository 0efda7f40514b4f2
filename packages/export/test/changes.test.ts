import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { baselineFor, readPublished, snapshotOf } from '../../data/scripts/release/baseline.ts';
import { exportSnapshot } from '../src/index.ts';
import { fixtureRecords, removeDir, tempOutDir, writeFixture, type FixtureRecords } from './fixture.ts';
import { readCsv, readDescriptor } from './read-snapshot.ts';

const rowsOf = (outDir: string) => {
  const { header, rows } = readCsv(join(outDir, 'CHANGES.csv'));
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]!])));
};

describe('CHANGES.csv', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  async function exportWith(records: FixtureRecords, baselineFile: string) {
    const dataDir = writeFixture(records);
    const { parent, outDir } = tempOutDir();
    cleanups.push(() => removeDir(dataDir), () => removeDir(parent));
    await exportSnapshot({ dataDir, outDir, baselineFile });
    return { dataDir, outDir };
  }

  it('lists every record as added by the current version when no release was made yet', async () => {
    const records = fixtureRecords();
    const { outDir } = await exportWith(records, join(tmpdir(), 'acces-soins-no-such-baseline.json'));
    const version = readDescriptor(outDir).version as string;
    const rows = rowsOf(outDir);
    const expected = Object.entries(records).flatMap(([dataset, list]) =>
      list.map((record) => ({ version, previous_version: '', dataset, record_id: String(record.id), change: 'added', fields: Object.keys(record).filter((key) => !(dataset === 'sources' && key === 'file')).join(' ') })),
    );
    expect(rows).toStrictEqual(expected);
  });

  it('lists each release’s changes from the baseline history, then the changes since, with the fields that changed', async () => {
    // Release 0.0.9 of the fixture, as the release step records it.
    const released = fixtureRecords();
    const releasedDir = writeFixture(released);
    cleanups.push(() => removeDir(releasedDir));
    const baselineFile = join(releasedDir, 'release-baseline.json');
    writeFileSync(baselineFile, JSON.stringify(baselineFor(snapshotOf(readPublished({ dataDir: releasedDir })), '0.0.9', undefined)));

    // Since then: one theme corrected, one event removed (and what pointed to it), one organisation added.
    const records = fixtureRecords();
    records.themes![0]!.label = { fr: 'Accès aux soins (corrigé)', en: 'Access to care' };
    records.events = [];
    records.organisations!.push({ id: 'autre-organisation', kind: 'professional-union', name: { fr: 'Autre', en: 'Other' }, citations: [{ source: 'synthetic-text', quote: 'l’Union "fictive" des médecins' }] });
    const { outDir } = await exportWith(records, baselineFile);
    const version = readDescriptor(outDir).version as string;
    const rows = rowsOf(outDir);
    const history = rows.filter((row) => row.version === '0.0.9');
    expect(history.length).toBe(Object.values(released).flat().length);
    expect(history.every((row) => row.change === 'added' && row.previous_version === '')).toBe(true);
    expect(rows.filter((row) => row.version === version)).toStrictEqual([
      { version, previous_version: '0.0.9', dataset: 'organisations', record_id: 'autre-organisation', change: 'added', fields: 'id kind name citations' },
      { version, previous_version: '0.0.9', dataset: 'themes', record_id: 'access-to-care', change: 'changed', fields: 'label' },
      { version, previous_version: '0.0.9', dataset: 'events', record_id: 'signature-test', change: 'removed', fields: Object.keys(released.events![0]!).join(' ') },
    ]);
    expect(rows.length).toBe(history.length + 3);
  });
});
