import { baselinePath } from '../../data/scripts/build/paths.ts';
import { readBaseline, readPublished, snapshotOf } from '../../data/scripts/release/baseline.ts';
import { recordChangesBetween, type RecordChange } from '../../data/scripts/release/history.ts';
import type { Cell } from './tables.ts';

/**
 * CHANGES.csv: every record each version added, changed or removed, with the top-level fields that changed (as
 * OxCGRT's "all changes" file). Released versions come from the history kept in packages/data/release-baseline.json
 * by the release step (packages/data/scripts/release); changes since the last release, if any, are computed the same
 * way against it and listed under the current version (or `unreleased` when the version was not bumped yet).
 */
export const CHANGES_HEADER = ['version', 'previous_version', 'dataset', 'record_id', 'change', 'fields'] as const;

export const CHANGES_SCHEMA = {
  fields: [
    { name: 'version', type: 'string', title: 'Version', description: 'Version des données qui apporte le changement.', 'x-title-en': 'Version', 'x-description-en': 'Data version that brings the change.', constraints: { required: true } },
    { name: 'previous_version', type: 'string', title: 'Version précédente', description: 'Version à laquelle elle est comparée ; vide pour la première.', 'x-title-en': 'Previous version', 'x-description-en': 'Version it is compared with; empty for the first.' },
    { name: 'dataset', type: 'string', title: 'Jeu', description: "Jeu de données de l'enregistrement.", 'x-title-en': 'Dataset', 'x-description-en': 'Dataset of the record.', constraints: { required: true } },
    { name: 'record_id', type: 'string', title: 'Enregistrement', description: "Identifiant de l'enregistrement.", 'x-title-en': 'Record', 'x-description-en': 'Identifier of the record.', constraints: { required: true } },
    { name: 'change', type: 'string', title: 'Changement', description: 'added : ajouté ; changed : modifié ; removed : retiré.', 'x-title-en': 'Change', 'x-description-en': 'added, changed or removed.', constraints: { required: true, enum: ['added', 'changed', 'removed'] },
      categories: [{ value: 'added', label: 'Ajouté' }, { value: 'changed', label: 'Modifié' }, { value: 'removed', label: 'Retiré' }],
      'x-categories-en': [{ value: 'added', label: 'Added' }, { value: 'changed', label: 'Changed' }, { value: 'removed', label: 'Removed' }] },
    { name: 'fields', type: 'string', title: 'Champs', description: "Propriétés de premier niveau ajoutées, modifiées ou retirées, séparées par une espace (toutes pour un enregistrement ajouté ou retiré) ; vide quand la version comparée ne permet pas de le dire.", 'x-title-en': 'Fields', 'x-description-en': 'Top-level properties added, changed or removed, separated by a space (all of them for a record added or removed); empty when the version compared with cannot tell.' },
  ],
  missingValues: [''],
  primaryKey: ['version', 'dataset', 'record_id'],
};

export interface ChangesOptions {
  dataDir?: string;
  schemasDir?: string;
  /** release-baseline.json to read (default: the repository's). */
  baselineFile?: string;
  /** The snapshot's version. */
  version: string;
}

const rowsOf = (version: string, previous: string | undefined, changes: RecordChange[]): Cell[][] =>
  changes.map((change) => [version, previous, change.dataset, change.id, change.change, change.fields.length > 0 ? change.fields.join(' ') : undefined]);

export function changeRows(options: ChangesOptions): Cell[][] {
  const baseline = readBaseline(options.baselineFile ?? baselinePath);
  const current = snapshotOf(readPublished({ dataDir: options.dataDir, schemasDir: options.schemasDir }));
  const rows = (baseline?.history ?? []).flatMap((release) => rowsOf(release.version, release.previous, release.changes));
  if (baseline === undefined || baseline.digest !== current.digest) {
    const live = recordChangesBetween(baseline, current);
    const version = baseline?.version === options.version ? 'unreleased' : options.version;
    rows.push(...rowsOf(version, baseline?.version, live));
  }
  return rows;
}
