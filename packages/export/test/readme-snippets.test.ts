import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Built } from './build.ts';
import { readDescriptor } from './read-snapshot.ts';

interface Snippet {
  language: string;
  code: string;
  untested: boolean;
}

/** Every fenced block of a Markdown text; a block whose first line says `untested` is one the project cannot run. */
function snippets(markdown: string): Snippet[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map(([, language, code]) => ({ language: language!, code: code!, untested: /untested/.test(code!.split('\n')[0]!) }));
}

const has = (command: string) => spawnSync(command, ['--version']).status === 0;

/** Runs each README snippet, from the unzipped archive, with the tool it names. */
describe.each(['real', 'sparse'] as const)('README snippets (%s data)', (source) => {
  let built: Built;
  let folder: string;
  let unzipped: string;
  let blocks: Snippet[];
  beforeAll(async () => {
    built = await build(source);
    const version = readDescriptor(built.outDir).version as string;
    unzipped = mkdtempSync(join(tmpdir(), 'acces-soins-unzipped-'));
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join(built.outDir, `acces-soins-data-${version}.zip`))))) {
      mkdirSync(dirname(join(unzipped, path)), { recursive: true });
      writeFileSync(join(unzipped, path), bytes);
    }
    folder = join(unzipped, `acces-soins-data-${version}`);
    blocks = snippets(readFileSync(join(folder, 'README.md'), 'utf8'));
  });
  afterAll(() => {
    rmSync(unzipped, { recursive: true, force: true });
    built.cleanup();
  });

  it('names a tool on every block and marks the ones the project cannot install as untested', () => {
    expect(blocks.length).toBeGreaterThan(5);
    for (const block of blocks) expect(['sql', 'python', 'sh', ...(block.untested ? ['r'] : [])], block.code).toContain(block.language);
    for (const language of ['sql', 'python', 'sh']) expect(blocks.some((block) => block.language === language && !block.untested), language).toBe(true);
    // pandas and R are not installed by the project: their blocks must say so.
    for (const block of blocks.filter((candidate) => /pandas|readr|arrow::/.test(candidate.code))) expect(block.untested, block.code).toBe(true);
  });

  it('runs every SQL block with DuckDB (from npm), from the unzipped folder', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run(`SET file_search_path = '${folder.replaceAll("'", "''")}'`);
      for (const block of blocks.filter((candidate) => candidate.language === 'sql' && !candidate.untested)) {
        const rows = (await connection.runAndReadAll(block.code)).getRows();
        if (source === 'real') expect(rows.length, block.code).toBeGreaterThan(0);
      }
      const codes = (await connection.runAndReadAll(blocks.find((block) => block.code.includes("types = {'code'"))!.code)).getRows();
      if (source === 'real') expect(codes.map(([, code]) => code)).toContain('09257');
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it.skipIf(!has('python3'))('runs every Python block with python3 and its standard library, from the unzipped folder', () => {
    for (const block of blocks.filter((candidate) => candidate.language === 'python' && !candidate.untested)) {
      const run = spawnSync('python3', ['-c', block.code], { cwd: folder, encoding: 'utf8' });
      expect(run.status, `${block.code}\n${run.stderr}`).toBe(0);
      if (block.code.includes('foreign_key_check')) expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('[]');
      if (source === 'real' && block.code.includes('csv.DictReader')) expect(run.stdout.trim()).toMatch(/^\d+ '?\d/);
    }
  });

  it.skipIf(!has('sha256sum'))('runs every shell block with sh, from the unzipped folder', () => {
    for (const block of blocks.filter((candidate) => candidate.language === 'sh' && !candidate.untested)) {
      const run = spawnSync('sh', ['-c', block.code], { cwd: folder, encoding: 'utf8' });
      expect(run.status, `${block.code}\n${run.stdout}${run.stderr}`).toBe(0);
    }
  });
});
