import type { Issue } from './issue.ts';
import type { RawData } from './read.ts';
import { buildContext, type Context } from './checks/context.ts';
import { checkDates } from './checks/dates.ts';
import { checkUniqueIds } from './checks/ids.ts';
import { checkReviewDates } from './checks/metadata.ts';
import { checkMetricUnits } from './checks/metrics.ts';
import { checkQuotes } from './checks/quotes.ts';
import { checkReferences } from './checks/references.ts';
import { checkSourceFiles } from './checks/source-files.ts';
import { checkSourceUsage } from './checks/source-usage.ts';
import { checkStatuses, checkTerritoryBasis } from './checks/status.ts';
import { checkTerritories } from './checks/territories.ts';

const CHECKS: ((context: Context) => Issue[])[] = [
  checkUniqueIds,
  checkReferences,
  checkSourceFiles,
  checkQuotes,
  checkSourceUsage,
  checkDates,
  checkStatuses,
  checkTerritoryBasis,
  checkMetricUnits,
  checkTerritories,
  checkReviewDates,
];

/** Checks a schema cannot express (unique ids, references, quotes, dates…); every check runs, so one run lists every issue. */
export function checkIntegrity(data: RawData, dataDir: string): Issue[] {
  const context = buildContext(data, dataDir);
  return CHECKS.flatMap((check) => check(context));
}
