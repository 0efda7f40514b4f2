import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Writes the files into a temporary folder beside `outDir`, then swaps it in: readers see the old snapshot or the new
 * one, never a half-written one, and a failure leaves the old one in place.
 */
export function writeAtomically(outDir: string, files: readonly { path: string; bytes: Uint8Array }[]): void {
  const target = resolve(outDir);
  mkdirSync(dirname(target), { recursive: true });
  const temp = mkdtempSync(join(dirname(target), `.${basename(target)}.tmp-`));
  chmodSync(temp, 0o755); // mkdtemp makes it private; the snapshot is public
  const previous = `${temp}.previous`;
  try {
    for (const file of files) {
      const path = join(temp, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.bytes);
    }
    if (existsSync(target)) renameSync(target, previous);
    try {
      renameSync(temp, target);
    } catch (error) {
      if (existsSync(previous)) renameSync(previous, target);
      throw error;
    }
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}
