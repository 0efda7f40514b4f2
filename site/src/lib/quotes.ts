/**
 * Where a quote sits in its source's text, so anyone holding the document can find it: the paragraph (blocks
 * separated by a blank line, counted from 1) and the character offset of its first character (Unicode code points
 * from the start of the file, counted from 0), beside the text's SHA-256. The text is the evidence file in
 * data/sources/ the validator checks quotes against, with the same comparison (white space runs and typographic
 * apostrophes normalised), so a quote the validator accepts is always located.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { get } from './data.ts';

export interface QuotePosition {
  paragraph: number;
  offset: number;
}

// The site is built from site/ (its package scripts), tests run from the repository root: the evidence lives in
// the repository's data/, next to site/.
const dataDir = [join(process.cwd(), '..', 'data'), join(process.cwd(), 'data')].find((dir) => existsSync(join(dir, 'sources'))) ?? join(process.cwd(), '..', 'data');

// The evidence files, found by the SHA-256 the data publish for each text source (the file names are not
// published): a text whose checksum no file matches has no position shown.
let bySha: Map<string, string> | undefined;
function evidence(): Map<string, string> {
  if (!bySha) {
    const dir = join(dataDir, 'sources');
    if (!existsSync(dir)) throw new Error(`site: ${dir} (the source texts) is missing: build the site from site/`);
    bySha = new Map(
      readdirSync(dir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => {
          const bytes = readFileSync(join(dir, name));
          return [createHash('sha256').update(bytes).digest('hex'), bytes.toString('utf8')] as const;
        }),
    );
  }
  return bySha;
}

function textOf(sourceId: string): string | undefined {
  const { sha256 } = get('sources', sourceId);
  return sha256 ? evidence().get(sha256) : undefined;
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

const positions = new Map<string, QuotePosition | undefined>();

/** Where a quote is in its source's text; a quote shows on several pages (its record's, its actors'), found once. */
export function quotePosition(sourceId: string, quote: string): QuotePosition | undefined {
  const key = `${sourceId}\u0000${quote}`;
  if (!positions.has(key)) positions.set(key, locate(sourceId, quote));
  return positions.get(key);
}

function locate(sourceId: string, quote: string): QuotePosition | undefined {
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
