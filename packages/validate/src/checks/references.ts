import { DATASETS, type DatasetName } from '../datasets.ts';
import type { Issue } from '../issue.ts';
import type { Located } from '../read.ts';
import { idOf, issueAt, type Context } from './context.ts';
import { walk } from './walk.ts';

interface Target {
  /** Dataset the id must exist in; `same` for a parent in the record's own dataset. */
  dataset: DatasetName | 'same';
  /** Territory level the referenced record must have. */
  level?: string;
  /** A source may quote itself (to show its publisher); a parent or related initiative is never the record itself. */
  selfAllowed?: boolean;
}

/**
 * Every property that holds an id of another record, by property name: the names mean the same in every dataset
 * (e.g. `organisation` in a participant, a person's role or a publisher), so records are walked, not listed path by path.
 */
export const REFERENCE_PROPERTIES: Readonly<Record<string, Target>> = {
  source: { dataset: 'sources', selfAllowed: true },
  reference: { dataset: 'sources' },
  territory: { dataset: 'territories' },
  territories: { dataset: 'territories' },
  place: { dataset: 'territories' },
  commune: { dataset: 'territories', level: 'commune' },
  organisation: { dataset: 'organisations' },
  operator: { dataset: 'organisations' },
  person: { dataset: 'people' },
  themes: { dataset: 'themes' },
  initiative: { dataset: 'initiatives' },
  parent: { dataset: 'same' },
};

const SINGULAR: Record<DatasetName, string> = {
  sources: 'source',
  territories: 'territory',
  organisations: 'organisation',
  people: 'person',
  themes: 'theme',
  initiatives: 'initiative',
  events: 'event',
  indicators: 'indicator',
  facilities: 'facility',
};

/** One id held by a record, with where it is. */
export interface Reference {
  id: string;
  dataset: DatasetName;
  level?: string;
  selfAllowed?: boolean;
  pointer: string;
}

/** Every reference in a record: a string under a reference property, or each string of an array under one. */
export function* references(record: unknown, dataset: DatasetName): Generator<Reference> {
  for (const { key, value, pointer } of walk(record)) {
    const target = typeof key === 'string' ? REFERENCE_PROPERTIES[key] : undefined;
    if (target === undefined) continue;
    const targetDataset = target.dataset === 'same' ? dataset : target.dataset;
    const ids: [unknown, string][] = Array.isArray(value) ? value.map((item, index) => [item, `${pointer}/${index}`]) : [[value, pointer]];
    for (const [id, at] of ids) {
      if (typeof id === 'string') yield { id, dataset: targetDataset, level: target.level, selfAllowed: target.selfAllowed, pointer: at };
    }
  }
}

function checkReference(context: Context, located: Located, dataset: DatasetName, reference: Reference): Issue | undefined {
  const { id, pointer, level } = reference;
  const target = context.byId[reference.dataset].get(id);
  if (target === undefined) {
    return issueAt(located, pointer, `dangling reference: no ${SINGULAR[reference.dataset]} "${id}" in ${reference.dataset}.jsonl`);
  }
  if (!reference.selfAllowed && reference.dataset === dataset && id === idOf(located.record)) {
    return issueAt(located, pointer, `"${id}" refers to itself`);
  }
  const targetLevel = target.record.level;
  if (level !== undefined && targetLevel !== level) {
    return issueAt(located, pointer, `"${id}" is a ${String(targetLevel)}, but a ${level} is expected here`);
  }
  return undefined;
}

/** Every reference resolves to a record of the right dataset (and level, for communes). */
export function checkReferences(context: Context): Issue[] {
  const issues: Issue[] = [];
  for (const dataset of DATASETS) {
    for (const located of context.records[dataset]) {
      for (const reference of references(located.record, dataset)) {
        const issue = checkReference(context, located, dataset, reference);
        if (issue !== undefined) issues.push(issue);
      }
    }
  }
  return issues;
}
