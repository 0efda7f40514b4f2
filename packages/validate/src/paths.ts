import { fileURLToPath } from 'node:url';
import { isAbsolute, join, relative } from 'node:path';

/** Repository folders, resolved from this file so every command works from any directory. */
export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const dataDir = join(root, 'data');
export const schemasDir = join(root, 'schemas');

/** How a file is named in messages: relative to the repository when inside it, else absolute. */
export function displayPath(path: string): string {
  const fromRoot = relative(root, path);
  return fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot) ? path : fromRoot;
}
