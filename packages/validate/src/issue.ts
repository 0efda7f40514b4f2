/** One problem found in the data: where it is, and what is wrong, in plain words. */
export interface Issue {
  /** Path relative to the repository root, e.g. `data/events.jsonl` (absolute when the data is outside it). */
  file: string;
  /** 1-based line for JSONL files. */
  line?: number;
  /** Record id, when the record has one. */
  id?: string;
  /** JSON pointer inside the record (or file), `` for the whole record. */
  pointer: string;
  message: string;
}

export function formatIssue(issue: Issue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const record = issue.id === undefined ? '' : ` [${issue.id}]`;
  // Control characters (a newline in a quoted value…) are escaped: one issue is always one line.
  return `${where}${record} ${issue.pointer || '/'}: ${issue.message}`.replace(/[\u0000-\u001f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export class InvalidDataError extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(`${issues.length} error(s) in the data:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'InvalidDataError';
    this.issues = issues;
  }
}
