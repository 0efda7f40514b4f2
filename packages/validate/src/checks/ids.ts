import { DATASETS } from '../datasets.ts';
import type { Issue } from '../issue.ts';
import { idOf, issueAt, type Context } from './context.ts';

/** Ids are unique within each dataset: every reference must name exactly one record. */
export function checkUniqueIds(context: Context): Issue[] {
  const issues: Issue[] = [];
  for (const name of DATASETS) {
    for (const located of context.records[name]) {
      const id = idOf(located.record);
      const first = id === undefined ? undefined : context.byId[name].get(id);
      if (first !== undefined && first !== located) {
        issues.push(issueAt(located, '/id', `duplicate id "${id}": already used on line ${first.line} of ${name}.jsonl`));
      }
    }
  }
  return issues;
}
