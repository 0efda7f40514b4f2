import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, by path relative to it (with `/`), sorted. */
export function listFiles(dir: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(dir, path).split('\\').join('/')];
    });
  return walk(dir).sort();
}

export const readBytes = (dir: string, path: string) => readFileSync(join(dir, path));
