import { describe, expect, it } from 'vitest';
import { formatIssue, validateData } from '../src/index.ts';

describe('data/', () => {
  it('passes every schema and integrity check', () => {
    // Formatted, so that a failure reads like the CLI's output.
    expect(validateData().issues.map(formatIssue)).toEqual([]);
  });
});
