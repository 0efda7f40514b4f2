import type { RawData } from './read.ts';
import type { Issue } from './issue.ts';

/** Checks a schema cannot express (unique ids, references, quotes, dates…). */
export function checkIntegrity(data: RawData, dataDir: string): Issue[] {
  void data;
  void dataDir;
  return [];
}
