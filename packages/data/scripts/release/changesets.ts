import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUMPS, type Bump } from './compare.ts';

/** A pending changeset that bumps the package. */
export interface PendingChangeset {
  file: string;
  bump: Bump;
}

/**
 * The bumps the pending changesets (`.changeset/*.md`, front matter `"<package>": patch|minor|major`) ask for this
 * package, as `changeset version` will apply them. Other files of the folder (README.md, config.json) are not changesets.
 */
export function pendingChangesets(dir: string, packageName: string): PendingChangeset[] {
  if (!existsSync(dir)) return [];
  const pending: PendingChangeset[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.md') && name !== 'README.md').sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    for (const line of frontMatter.split(/\r?\n/)) {
      const match = /^\s*(["']?)(.+?)\1\s*:\s*(\w+)\s*$/.exec(line);
      if (match?.[2] !== packageName) continue;
      const bump = match[3] as Bump;
      if (!BUMPS.includes(bump)) throw new Error(`${join(dir, file)}: unknown bump "${match[3]}" for ${packageName}`);
      pending.push({ file, bump });
    }
  }
  return pending;
}
