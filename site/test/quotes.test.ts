/**
 * Quote positions shown beside each source's SHA-256: for every quote in the data, the paragraph and character
 * offset point at the quote in the evidence text, counted as a person with the document would (Unicode
 * characters from 0, paragraphs separated by a blank line, from 1).
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as data from '@acces-soins/data';
import { DATASETS, getById, type SourceId } from '@acces-soins/data';
import { quotePosition } from '../src/lib/quotes.ts';

const sourcesDir = join(import.meta.dirname, '..', '..', 'data', 'sources');
const texts = new Map(readdirSync(sourcesDir).filter((f) => f.endsWith('.txt')).map((f) => {
  const bytes = readFileSync(join(sourcesDir, f));
  return [createHash('sha256').update(bytes).digest('hex'), bytes.toString('utf8')];
}));
const flat = (text: string) => text.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();

function* quotes(value: unknown): Generator<{ source: string; quote: string }> {
  if (Array.isArray(value)) for (const item of value) yield* quotes(item);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.source === 'string' && typeof record.quote === 'string') yield { source: record.source, quote: record.quote };
    for (const child of Object.values(record)) yield* quotes(child);
  }
}

describe('quote positions', () => {
  it('locate every quote of the data in its source text', () => {
    const all = DATASETS.flatMap((name) => [...quotes(data[name])]).filter((q) => getById('sources', q.source as SourceId)?.sha256);
    expect(all.length).toBeGreaterThan(20);
    for (const { source, quote } of all) {
      const at = quotePosition(source, quote);
      expect(at, `${source}: ${quote}`).toBeDefined();
      const text = texts.get(getById('sources', source as SourceId)!.sha256!)!;
      const from = [...text].slice(at!.offset).join('');
      expect(flat(from).startsWith(flat(quote)), `${source} @${at!.offset}`).toBe(true);
      const before = [...text].slice(0, at!.offset).join('');
      expect(at!.paragraph).toBe(before.split(/\n[ \t]*\n+/).length);
    }
  });
});
