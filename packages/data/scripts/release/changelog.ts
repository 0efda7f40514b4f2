import { DATASETS } from '@acces-soins/validate';
import type { Snapshot } from './baseline.ts';
import { changesBetween, recordChanges } from './compare.ts';

const ids = (list: string[]) => list.map((id) => `\`${id}\``).join(', ');

/**
 * The "Data changes" section of a release in CHANGELOG.md: per dataset, the record ids added, changed and removed,
 * then the schema changes. With no previous release, every record is listed as added.
 */
export function dataChangesSection(previous: Snapshot | undefined, current: Snapshot): string {
  const lines: string[] = [];
  for (const name of DATASETS) {
    const { added, changed, removed } = recordChanges(previous?.datasets[name] ?? {}, current.datasets[name] ?? {});
    const parts = [
      added.length > 0 ? `added ${ids(added)}` : '',
      changed.length > 0 ? `changed ${ids(changed)}` : '',
      removed.length > 0 ? `removed ${ids(removed)}` : '',
    ].filter(Boolean);
    if (parts.length > 0) lines.push(`- **${name}**: ${parts.join('; ')}.`);
  }
  const schemaChanges = previous === undefined ? [] : changesBetween(previous, current).filter((change) => change.scope === 'schema');
  for (const change of schemaChanges) lines.push(`- ${change.message} (${change.bump}).`);
  return `### Data changes\n\n${lines.length > 0 ? lines.join('\n') : '- None: the records and schemas are those of the previous release.'}\n`;
}

/**
 * Adds the section to the entry of `version` that `changeset version` wrote (at the end of that entry),
 * or creates the entry at the top when there is none (a release without changesets, like the first one).
 */
export function addToChangelog(changelog: string | undefined, packageName: string, version: string, section: string): string {
  const text = changelog ?? `# ${packageName}\n`;
  const lines = text.split('\n');
  const heading = lines.findIndex((line) => line.trim() === `## ${version}`);
  if (heading === -1) {
    const title = lines.findIndex((line) => line.startsWith('# '));
    lines.splice(title + 1, 0, '', `## ${version}`, '', section.trimEnd());
    return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
  }
  const next = lines.findIndex((line, index) => index > heading && line.startsWith('## '));
  const end = next === -1 ? lines.length : next;
  const entry = lines.slice(heading, end).join('\n').trimEnd();
  const after = lines.slice(end).join('\n');
  return `${[...lines.slice(0, heading), `${entry}\n\n${section.trimEnd()}\n`, after].join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
