import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { root } from '@acces-soins/validate';
import { build, type Built } from './build.ts';
import { listFiles, readBytes } from './files.ts';

const version = (JSON.parse(readFileSync(join(root, 'packages/data/package.json'), 'utf8')) as { version: string }).version;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Top-level keys of Citation File Format 1.2.0 (its schema forbids any other). */
const CFF_KEYS = ['abstract', 'authors', 'cff-version', 'commit', 'contact', 'date-released', 'doi', 'identifiers', 'keywords', 'license', 'license-url', 'message', 'preferred-citation', 'references', 'repository', 'repository-artifact', 'repository-code', 'title', 'type', 'url', 'version'];

describe('release files', () => {
  let built: Built;
  let files: string[];
  let verified: string;
  beforeAll(async () => {
    built = await build('real');
    files = listFiles(built.outDir);
    verified = (JSON.parse(readBytes(built.outDir, 'datapackage.json').toString()) as { 'x-verified': string })['x-verified'];
  });
  afterAll(() => built.cleanup());
  const text = (path: string) => readBytes(built.outDir, path).toString('utf8');

  it('lists every file of the archive in SHA256SUMS (sha256sum format) but itself and manifest.json, which lists it', () => {
    const zipName = `acces-soins-data-${version}.zip`;
    const sums = text('SHA256SUMS').trimEnd().split('\n').map((line) => /^([0-9a-f]{64}) {2}(\S+)$/.exec(line)!);
    expect(sums.every(Boolean)).toBe(true);
    expect(sums.map((match) => match[2])).toStrictEqual(files.filter((path) => ![zipName, 'SHA256SUMS', 'manifest.json'].includes(path)));
    for (const [, hash, path] of sums) expect(hash, path).toBe(sha256(readBytes(built.outDir, path!)));
    const run = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: built.outDir, encoding: 'utf8' });
    if (run.error === undefined) expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it('lists every other file in manifest.json with its size and digest, the zip beside it, not inside', () => {
    const zipName = `acces-soins-data-${version}.zip`;
    type Manifest = { version: string; date: string; zip: string; files: { path: string; bytes: number; sha256: string; title: { fr: string; en: string } }[] };
    const outer = JSON.parse(text('manifest.json')) as Manifest;
    expect(outer).toMatchObject({ version, date: verified, zip: zipName });
    expect(outer.files.map((file) => file.path).sort()).toStrictEqual(files.filter((path) => path !== 'manifest.json'));
    for (const file of outer.files) {
      const bytes = readBytes(built.outDir, file.path);
      expect([file.bytes, file.sha256], file.path).toStrictEqual([bytes.length, sha256(bytes)]);
      expect(file.title.fr && file.title.en, file.path).toBeTruthy();
    }
    const entries = unzipSync(readBytes(built.outDir, zipName));
    const inner = JSON.parse(Buffer.from(entries[`acces-soins-data-${version}/manifest.json`]!).toString('utf8')) as Manifest;
    expect(inner).toStrictEqual({ ...outer, files: outer.files.filter((file) => file.path !== zipName) });
  });

  it('zips every file but the zip under one versioned folder, sorted, byte for byte, SHA256SUMS and manifest.json included', () => {
    const zipName = `acces-soins-data-${version}.zip`;
    const entries = unzipSync(readBytes(built.outDir, zipName));
    const names = Object.keys(entries);
    const inside = files.filter((path) => path !== zipName);
    expect(names).toStrictEqual([...names].sort());
    expect(names).toStrictEqual(inside.map((path) => `acces-soins-data-${version}/${path}`).sort());
    for (const path of inside.filter((name) => name !== 'manifest.json')) {
      expect(Buffer.from(entries[`acces-soins-data-${version}/${path}`]!).equals(readBytes(built.outDir, path)), path).toBe(true);
    }
    // The archive's own checksum file passes on the extracted archive.
    const sums = Buffer.from(entries[`acces-soins-data-${version}/SHA256SUMS`]!).toString('utf8').trimEnd().split('\n');
    for (const line of sums) {
      const [hash, path] = line.split('  ');
      expect(sha256(entries[`acces-soins-data-${version}/${path}`]!), path).toBe(hash);
    }
    expect(sums.some((line) => line.endsWith('  CHANGES.csv'))).toBe(true);
  });

  it('writes a CITATION.cff that follows Citation File Format 1.2.0', () => {
    const cff = parseYaml(text('CITATION.cff')) as Record<string, unknown>;
    for (const key of Object.keys(cff)) expect(CFF_KEYS, key).toContain(key);
    expect(cff).toMatchObject({ 'cff-version': '1.2.0', type: 'dataset', version, 'date-released': verified, license: 'etalab-2.0' });
    for (const key of ['message', 'title', 'abstract']) expect(typeof cff[key] === 'string' && cff[key] !== '', key).toBe(true);
    expect(cff.authors).toStrictEqual([{ name: 'acces-soins' }]);
    const keywords = cff.keywords as string[];
    expect(new Set(keywords).size).toBe(keywords.length);
  });

  it('writes a BibTeX entry and a CSL-JSON item with the version and the data date', () => {
    const bib = text('citation.bib');
    expect(bib).toMatch(new RegExp(`^@misc\\{acces-soins-data-${version.replaceAll('.', '\\.')},\\n`));
    expect(bib).toContain(`  version = {${version}},`);
    expect(bib).toContain(`  date = {${verified}},`);
    expect(bib).toContain(`  year = {${verified.slice(0, 4)}},`);
    let depth = 0;
    for (const character of bib) {
      depth += character === '{' ? 1 : character === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    const [item, ...rest] = JSON.parse(text('citation.json')) as Record<string, unknown>[];
    expect(rest).toStrictEqual([]);
    expect(item).toMatchObject({ id: `acces-soins-data-${version}`, type: 'dataset', version, author: [{ literal: 'acces-soins' }], issued: { 'date-parts': [verified.split('-').map(Number)] } });
  });

  it('names the version and the data date in every citation format, and writes Zenodo deposit metadata', () => {
    const zenodo = JSON.parse(text('zenodo.json')) as Record<string, unknown>;
    expect(zenodo).toMatchObject({ upload_type: 'dataset', version, publication_date: verified, access_right: 'open', license: { id: 'etalab-2.0' }, creators: [{ name: 'acces-soins' }] });
    expect(String(zenodo.title)).toContain(version);
    expect(String(zenodo.title)).toContain(verified);
    for (const path of ['CITATION.cff', 'citation.bib', 'citation.json', 'zenodo.json', 'README.md']) {
      expect(text(path), path).toContain(version);
      expect(text(path), path).toContain(verified);
    }
  });

  it('writes a README that says what each file is, how to cite, the licences, the sources and the data date', () => {
    const readme = text('README.md');
    for (const path of files.filter((name) => name.endsWith('.csv') && name !== 'CHANGES.csv')) expect(readme, path).toContain(`\`${path}\``);
    for (const expected of [version, verified, 'etalab-2.0', 'MIT', '## Français', '## English', '```r', '```python', '```sql', 'CHANGES.csv', '.xlsx', 'parquet/', '.sqlite']) expect(readme).toContain(expected);
    const sources = JSON.parse(text('sources.json')) as { title: { fr: string } }[];
    for (const source of sources) expect(readme).toContain(source.title.fr);
  });
});
