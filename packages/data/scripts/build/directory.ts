import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes a file through a temporary sibling and a rename: readers never see it half written. */
export function writeFileAtomically(path: string, content: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

/**
 * Fills a new temporary sibling of `target`, then puts it in place of `target`: on any error the previous `target`
 * stays as it was and the temporary folder is removed.
 */
export async function replaceDirectory(target: string, fill: (dir: string) => void | Promise<void>): Promise<void> {
  const temporary = mkdtempSync(join(dirname(target), `.${basename(target)}-`));
  try {
    await fill(temporary);
    rmSync(target, { recursive: true, force: true });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}
