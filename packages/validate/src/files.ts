import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * The one way every build step writes its output: into a temporary sibling, then renamed into place, so that readers
 * see the old output or the new one, never a half-written one, and a failed step leaves the old output as it was.
 */

/** Writes a file through a temporary sibling and a rename. */
export function writeFileAtomically(path: string, content: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** A new, world-readable temporary folder beside `target` (the outputs are public). */
function temporaryBeside(target: string): string {
  mkdirSync(dirname(target), { recursive: true });
  const temporary = mkdtempSync(join(dirname(target), `.${basename(target)}.tmp-`));
  chmodSync(temporary, 0o755); // mkdtemp makes it private
  return temporary;
}

/** Puts the filled temporary folder in place of `target`; on failure, `target` is restored. */
function swapIn(temporary: string, target: string): void {
  const previous = `${temporary}.previous`;
  if (existsSync(target)) renameSync(target, previous);
  try {
    renameSync(temporary, target);
  } catch (error) {
    if (existsSync(previous)) renameSync(previous, target);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/** Fills a temporary sibling of `target` with `fill`, then swaps it in. On any error, `target` stays as it was. */
export function replaceDirectorySync(target: string, fill: (dir: string) => void): void {
  const folder = resolve(target);
  const temporary = temporaryBeside(folder);
  try {
    fill(temporary);
    swapIn(temporary, folder);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}

/** replaceDirectorySync for a `fill` that works asynchronously. */
export async function replaceDirectory(target: string, fill: (dir: string) => void | Promise<void>): Promise<void> {
  const folder = resolve(target);
  const temporary = temporaryBeside(folder);
  try {
    await fill(temporary);
    swapIn(temporary, folder);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}

/** Writes `files` (paths relative to `outDir`) as the new content of `outDir`, atomically. */
export function writeDirectoryAtomically(outDir: string, files: readonly { path: string; bytes: Uint8Array }[]): void {
  replaceDirectorySync(outDir, (dir) => {
    for (const file of files) {
      const path = join(dir, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.bytes);
    }
  });
}
