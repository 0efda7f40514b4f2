import { DATASETS } from '../datasets.ts';
import type { Issue } from '../issue.ts';
import { issueAt, type Context } from './context.ts';
import { citations } from './walk.ts';

/**
 * What a quote is compared on: any run of white space (including no-break spaces) is one space, and typographic
 * apostrophes are plain ones, so a quote typed on an ordinary keyboard matches the published text.
 */
export const normaliseQuoteText = (text: string) => text.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();

/** Every quote is found verbatim (after normalisation) in the text of the source it cites. */
export function checkQuotes(context: Context): Issue[] {
  const texts = new Map<string, string>();
  const textOf = (source: string) => {
    const bytes = context.sourceFiles.get(source);
    if (bytes !== undefined && !texts.has(source)) texts.set(source, normaliseQuoteText(bytes.toString('utf8')));
    return texts.get(source);
  };
  const issues: Issue[] = [];
  for (const dataset of DATASETS) {
    for (const located of context.records[dataset]) {
      for (const { source, quote, pointer } of citations(located.record)) {
        // An unknown source is reported by the reference check, a missing text file by the source file check.
        if (typeof source !== 'string' || typeof quote !== 'string') continue;
        const cited = context.byId.sources.get(source);
        if (cited === undefined) continue;
        if (cited.record.kind === 'reference-dataset') {
          issues.push(issueAt(located, `${pointer}/source`, `cites "${source}", a reference dataset: it has no text to quote, cite a text source`));
          continue;
        }
        const text = textOf(source);
        if (text !== undefined && !text.includes(normaliseQuoteText(quote))) {
          issues.push(issueAt(located, `${pointer}/quote`, `quote not found in the text of source "${source}" (${String(cited.record.file)}): "${quote}"`));
        }
      }
    }
  }
  return issues;
}
