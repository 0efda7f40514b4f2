import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Issue } from '../src/index.ts';

export const fixtures = join(import.meta.dirname, 'fixtures');
export const validFixture = join(fixtures, 'valid');

/**
 * A temporary data dir: the valid base fixture with the files of each named case laid over it
 * (a case holds only the files it breaks). Remove it with `removeDataDir`.
 */
export function fixtureDataDir(...cases: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'acces-soins-validate-'));
  cpSync(validFixture, dir, { recursive: true });
  for (const name of cases) cpSync(join(fixtures, name), dir, { recursive: true });
  return dir;
}

export const removeDataDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** Paths inside the temporary dir, in files and messages, written relative to it so expectations stay readable. */
export const relativeTo = (dir: string, issue: Issue): Issue => ({
  ...issue,
  file: issue.file.replace(`${dir}/`, ''),
  message: issue.message.replaceAll(`${dir}/`, ''),
});
