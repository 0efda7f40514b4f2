import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

/** Folders of the package, resolved from this file so that every script works from any directory. */
export const packageDir = fileURLToPath(new URL('../../', import.meta.url));
export const generatedDir = join(packageDir, 'generated');
export const distDir = join(packageDir, 'dist');
export const baselinePath = join(packageDir, 'release-baseline.json');
export const changelogPath = join(packageDir, 'CHANGELOG.md');
export const packageJsonPath = join(packageDir, 'package.json');

export const readPackageJson = () => JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { name: string; version: string };
