/**
 * Where a quote sits in its source's text, so anyone holding the document can find it: the paragraph (blocks
 * separated by a blank line, counted from 1) and the character offset of its first character (Unicode code points
 * from the start of the file, counted from 0), beside the text's SHA-256. The text is the evidence file in
 * data/sources/ the validator checks quotes against, with the same comparison (white space runs and typographic
 * apostrophes normalised), so a quote the validator accepts is always located.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { get } from './data.ts';

export interface QuotePosition {
  paragraph: number;
  offset: number;
}

// The site is built from site/ (its package scripts); the evidence lives in the repository's data/.
const dataDir = join(process.cwd(), '..', 'data');

const texts = new Map<string, string>();
function textOf(sourceId: string): string | undefined {
  const source = get('sources', sourceId);
  if (!source.file) return undefined;
  if (!texts.has(sourceId)) {
    const path = join(dataDir, source.file);
    if (!existsSync(path)) throw new Error(`site: ${path} (text of source "${sourceId}") is missing: build the site from site/`);
    const text = readFileSync(path, 'utf8');
    const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
    if (source.sha256 && sha !== source.sha256) throw new Error(`site: ${path} has SHA-256 ${sha}, sources.jsonl says ${source.sha256}`);
    texts.set(sourceId, text);
  }
  return texts.get(sourceId);
}

/** The text normalised as the validator compares quotes, with each normalised character's index in the original. */
function normalised(text: string): { flat: string; origin: number[] } {
  let flat = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/\s/.test(c)) {
      if (flat.endsWith(' ') || flat === '') continue;
      flat += ' ';
    } else flat += c === '\u2018' || c === '\u2019' ? "'" : c;
    origin.push(i);
  }
  return { flat, origin };
}

const cache = new Map<string, ReturnType<typeof normalised>>();

export function quotePosition(sourceId: string, quote: string): QuotePosition | undefined {
  const text = textOf(sourceId);
  if (text === undefined) return undefined;
  if (!cache.has(sourceId)) cache.set(sourceId, normalised(text));
  const { flat, origin } = cache.get(sourceId)!;
  const at = flat.indexOf(quote.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim());
  if (at < 0) return undefined;
  const start = origin[at];
  const before = text.slice(0, start);
  return {
    paragraph: before.split(/\n[ \t]*\n+/).length,
    offset: [...before].length,
  };
}
