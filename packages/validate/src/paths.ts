import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Repository folders, resolved from this file so every command works from any directory. */
export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const dataDir = join(root, 'data');
export const schemasDir = join(root, 'schemas');
