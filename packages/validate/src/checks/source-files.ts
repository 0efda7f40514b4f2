import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Issue } from '../issue.ts';
import { displayPath } from '../paths.ts';
import { idOf, issueAt, type Context } from './context.ts';

/** Each text source's file exists in data/ and is the very text that was recorded (same SHA-256). */
export function checkSourceFiles(context: Context): Issue[] {
  const issues: Issue[] = [];
  for (const located of context.records.sources) {
    const { file, sha256 } = located.record;
    const id = idOf(located.record);
    if (typeof file !== 'string' || id === undefined) continue;
    const bytes = context.sourceFiles.get(id);
    const path = displayPath(join(context.dataDir, file));
    if (bytes === undefined) {
      issues.push(issueAt(located, '/file', `text file not found: ${path}`));
      continue;
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (typeof sha256 === 'string' && actual !== sha256) {
      issues.push(issueAt(located, '/sha256', `SHA-256 mismatch: ${path} has ${actual}, the record says ${sha256} (was the text changed?)`));
    }
  }
  return issues;
}
