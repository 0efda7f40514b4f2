import type { Issue } from '../issue.ts';
import type { Context } from './context.ts';
import { isObject } from './walk.ts';

/** Each dataset's next review is not before its last verification. */
export function checkReviewDates(context: Context): Issue[] {
  const datasets = isObject(context.metadata) ? context.metadata.datasets : undefined;
  if (!isObject(datasets)) return [];
  const issues: Issue[] = [];
  for (const [name, dataset] of Object.entries(datasets)) {
    if (!isObject(dataset) || typeof dataset.verified !== 'string' || typeof dataset.review_by !== 'string') continue;
    if (dataset.review_by < dataset.verified) {
      issues.push({
        file: context.metadataFile,
        pointer: `/datasets/${name}/review_by`,
        message: `review_by ${dataset.review_by} is before verified ${dataset.verified}`,
      });
    }
  }
  return issues;
}
