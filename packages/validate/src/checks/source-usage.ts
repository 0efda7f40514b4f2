import { DATASETS } from '../datasets.ts';
import type { Issue } from '../issue.ts';
import { idOf, issueAt, type Context } from './context.ts';
import { references } from './references.ts';

/** Every source is used by another record: cited by a quote, or, for a reference dataset, named by a territory. */
export function checkSourceUsage(context: Context): Issue[] {
  const used = new Set<string>();
  for (const dataset of DATASETS) {
    for (const { record } of context.records[dataset]) {
      for (const reference of references(record, dataset)) {
        // A source naming itself as its publisher's evidence does not make it used.
        if (reference.dataset === 'sources' && !(dataset === 'sources' && reference.id === idOf(record))) used.add(reference.id);
      }
    }
  }
  return context.records.sources.flatMap((located) => {
    const id = idOf(located.record);
    return id === undefined || used.has(id) ? [] : [issueAt(located, '', `source "${id}" is never cited: cite it or remove it`)];
  });
}
