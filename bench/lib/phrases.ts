import type { Random } from './random.ts';

/** A bilingual text as the schemas define it: French (authoritative) and its English translation. */
export interface Text {
  fr: string;
  en: string;
}

export const isText = (value: unknown): value is Text => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as Text).fr === 'string' && typeof (value as Text).en === 'string';
};

const sentences = (text: string) => text.split(/(?<=[.!?…])\s+(?=\p{Lu}|[«"'\d])/u);

/**
 * Real bilingual phrases of the dataset, grouped by where they appear (e.g. `initiatives/summary`), from which synthetic
 * records draw new texts: a French sentence always travels with its own English translation.
 */
export class PhrasePool {
  private readonly wholes = new Map<string, Text[]>();
  private readonly sentencePairs = new Map<string, Text[]>();

  add(place: string, text: Text): void {
    const wholes = this.wholes.get(place) ?? [];
    wholes.push(text);
    this.wholes.set(place, wholes);
    const fr = sentences(text.fr);
    const en = sentences(text.en);
    // Only when both sides split alike can a French sentence be paired with its translation.
    const pairs = fr.length === en.length ? fr.map((sentence, index) => ({ fr: sentence, en: en[index] })) : [text];
    this.sentencePairs.set(place, [...(this.sentencePairs.get(place) ?? []), ...pairs]);
  }

  /** A new text for `place`, as long (in sentences) as `original`: a real one for a single sentence, else real sentences recombined. */
  recombine(place: string, original: Text, random: Random): Text {
    const count = sentences(original.fr).length;
    const pairs = this.sentencePairs.get(place);
    if (count <= 1 || pairs === undefined) return random.pick(this.wholes.get(place) ?? [original]);
    const chosen = Array.from({ length: count }, () => random.pick(pairs));
    return { fr: chosen.map((pair) => pair.fr).join(' '), en: chosen.map((pair) => pair.en).join(' ') };
  }
}

/** Paragraphs of the real source texts long enough to read as prose (drops captions such as "Visuel"). */
export function proseParagraphs(texts: string[]): string[] {
  return texts.flatMap((text) => text.split('\n').map((line) => line.trim()).filter((line) => line.length >= 40));
}

/**
 * A synthetic source document: the title, then every quote that records cite from it, each as a paragraph, mixed with
 * real paragraphs from other sources until it is about as long as the document it stands for.
 */
export function composeSourceText(options: { title: string; quotes: Iterable<string>; prose: string[]; length: number; random: Random }): string {
  const { title, prose, length, random } = options;
  const paragraphs = [...new Set(options.quotes)];
  let size = title.length + paragraphs.reduce((total, paragraph) => total + paragraph.length + 2, 0);
  // Drawn without replacement (cycling if needed), so a document does not repeat a paragraph while others remain.
  const order = random.shuffle(prose);
  for (let index = 0; size < length && order.length > 0; index++) {
    const paragraph = order[index % order.length];
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return `${title}\n\n${random.shuffle(paragraphs).join('\n\n')}\n`;
}
