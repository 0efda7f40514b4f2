import type { PropertyShape, Snapshot } from './baseline.ts';

/** Semantic version bumps, smallest first. */
export const BUMPS = ['none', 'patch', 'minor', 'major'] as const;
export type Bump = (typeof BUMPS)[number];

export const largest = (bumps: Bump[]): Bump =>
  bumps.reduce<Bump>((result, bump) => (BUMPS.indexOf(bump) > BUMPS.indexOf(result) ? bump : result), 'none');

/** One change since the last release and the bump it needs. */
export interface Change {
  bump: Exclude<Bump, 'none'>;
  /** What changed: records (or whole datasets), or a schema. */
  scope: 'records' | 'schema';
  message: string;
}

/** Record ids added, changed (same id, other content) and removed in one dataset. */
export interface RecordChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

export function recordChanges(before: Record<string, string>, after: Record<string, string>): RecordChanges {
  return {
    added: Object.keys(after).filter((id) => !(id in before)),
    changed: Object.keys(after).filter((id) => id in before && before[id] !== after[id]),
    removed: Object.keys(before).filter((id) => !(id in after)),
  };
}

const list = (ids: string[]) => ids.map((id) => `"${id}"`).join(', ');

/**
 * The Frictionless "Data Package Version" rules: correcting existing data is a patch; adding records, datasets or
 * optional properties is minor; removing or renaming an id, a property or a dataset, changing a type, or changing
 * whether a property is required is major (the generated types and the shipped validators change for users).
 */
export function changesBetween(before: Snapshot, after: Snapshot): Change[] {
  const changes: Change[] = [];
  for (const name of new Set([...Object.keys(before.datasets), ...Object.keys(after.datasets)])) {
    if (!(name in after.datasets)) changes.push({ bump: 'major', scope: 'records', message: `dataset ${name} removed` });
    if (!(name in before.datasets)) changes.push({ bump: 'minor', scope: 'records', message: `dataset ${name} added` });
    const { added, changed, removed } = recordChanges(before.datasets[name] ?? {}, after.datasets[name] ?? {});
    if (removed.length > 0) changes.push({ bump: 'major', scope: 'records', message: `${name}: record(s) removed or renamed: ${list(removed)}` });
    if (added.length > 0) changes.push({ bump: 'minor', scope: 'records', message: `${name}: record(s) added: ${list(added)}` });
    if (changed.length > 0) changes.push({ bump: 'patch', scope: 'records', message: `${name}: record(s) corrected: ${list(changed)}` });
  }
  for (const name of new Set([...Object.keys(before.schemas), ...Object.keys(after.schemas)])) {
    const old = before.schemas[name];
    const current = after.schemas[name];
    if (old === undefined || current === undefined) continue; // a dataset added or removed, counted above
    const propertyChanges = schemaChanges(name, old.properties, current.properties);
    changes.push(...propertyChanges);
    if (propertyChanges.length === 0 && old.digest !== current.digest) {
      changes.push({ bump: 'patch', scope: 'schema', message: `${name} schema: descriptions or constraints changed` });
    }
  }
  return changes;
}

function schemaChanges(schema: string, before: Record<string, PropertyShape>, after: Record<string, PropertyShape>): Change[] {
  const changes: Change[] = [];
  for (const path of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const old = before[path];
    const current = after[path];
    const where = `${schema} schema: property ${path}`;
    if (current === undefined) changes.push({ bump: 'major', scope: 'schema', message: `${where} removed or renamed` });
    else if (old === undefined) {
      changes.push(current.required ? { bump: 'major', scope: 'schema', message: `${where} added as required` } : { bump: 'minor', scope: 'schema', message: `${where} added` });
    } else {
      if (old.type !== current.type) changes.push({ bump: 'major', scope: 'schema', message: `${where}: type ${old.type} → ${current.type}` });
      else if (old.enum !== undefined && current.enum !== undefined) changes.push(...enumChanges(where, old.enum, current.enum));
      if (old.required !== current.required) {
        changes.push({ bump: 'major', scope: 'schema', message: `${where} ${current.required ? 'now required' : 'no longer required'}` });
      }
    }
  }
  return changes;
}

function enumChanges(where: string, before: unknown[], after: unknown[]): Change[] {
  const key = (value: unknown) => JSON.stringify(value);
  const removed = before.filter((value) => !after.map(key).includes(key(value)));
  const added = after.filter((value) => !before.map(key).includes(key(value)));
  return [
    ...(removed.length > 0 ? [{ bump: 'major' as const, scope: 'schema' as const, message: `${where}: value(s) removed: ${removed.map(key).join(', ')}` }] : []),
    ...(added.length > 0 ? [{ bump: 'minor' as const, scope: 'schema' as const, message: `${where}: value(s) added: ${added.map(key).join(', ')}` }] : []),
  ];
}
