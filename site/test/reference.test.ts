/**
 * reference/communes.json is the extract scripts/reference.ts makes from two reference packages: it must be what the
 * step makes now from the installed packages and the territories dataset's regions, or the site would show a
 * communes list (and map points) of another package version. When this fails, run
 * `pnpm --filter @acces-soins/site run reference` and commit the file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetRegions, prepareCommunes, readPreparedCommunes, referenceFile, serialise } from '../scripts/reference.ts';
import { preparedCommunes } from '../src/lib/reference-data.ts';

describe('prepared reference data', () => {
  it('is what scripts/reference.ts makes from the installed packages and the dataset regions', () => {
    expect(readFileSync(referenceFile, 'utf8')).toBe(serialise(prepareCommunes(datasetRegions())));
  });

  it('keeps every current commune of the covered regions, each with the centre of its bounding box', () => {
    const prepared = prepareCommunes(datasetRegions());
    expect(prepared.communes.length).toBeGreaterThan(5000);
    const missing = prepared.communes.filter(([code]) => prepared.centres[code] === undefined);
    // A few communes created after the bounding boxes were published may lack one: the map then omits their point.
    expect(missing.length).toBeLessThan(prepared.communes.length / 100);
  });

  it('stops the build on a region the extract lacks, naming the command that remakes it', () => {
    expect(() => preparedCommunes(['11'])).toThrow(/lacks region\(s\) 11 .*pnpm --filter @acces-soins\/site run reference/);
  });

  it('names the file and what is wrong when the extract is broken, absurd or missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'acces-soins-reference-'));
    try {
      const file = join(dir, 'communes.json');
      writeFileSync(file, readFileSync(referenceFile, 'utf8').slice(0, 5000));
      expect(() => readPreparedCommunes(datasetRegions(), file)).toThrow(/communes\.json is not valid JSON \(.*line \d+ column \d+\)/);
      writeFileSync(file, '{}');
      expect(() => readPreparedCommunes(datasetRegions(), file)).toThrow(/does not have the fields "packages", "regions", "communes" and "centres"/);
      expect(() => readPreparedCommunes(datasetRegions(), join(dir, 'none.json'))).toThrow(/none\.json is missing: run `pnpm --filter @acces-soins\/site run reference`/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
