import type { Issue } from '../issue.ts';
import type { Located } from '../read.ts';
import { idOf, issueAt, type Context } from './context.ts';

/** Indicators of one metric share one unit, so that their values can be compared and charted together. */
export function checkMetricUnits(context: Context): Issue[] {
  const first = new Map<string, Located>();
  const issues: Issue[] = [];
  for (const located of context.records.indicators) {
    const { metric, unit } = located.record;
    if (typeof metric !== 'string' || typeof unit !== 'string') continue;
    const reference = first.get(metric);
    if (reference === undefined) first.set(metric, located);
    else if (reference.record.unit !== unit) {
      issues.push(
        issueAt(
          located,
          '/unit',
          `unit "${unit}" differs from "${String(reference.record.unit)}" of indicator "${idOf(reference.record)}" (line ${reference.line}) for the same metric "${metric}": one unit per metric`,
        ),
      );
    }
  }
  return issues;
}
