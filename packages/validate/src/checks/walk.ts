export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One value inside a record, with the key that holds it and its JSON pointer. */
export interface Node {
  key: string | number;
  value: unknown;
  pointer: string;
}

const escape = (key: string | number) => String(key).replaceAll('~', '~0').replaceAll('/', '~1');

/** Every value nested in `value` (not `value` itself), depth first, in document order. */
export function* walk(value: unknown, pointer = ''): Generator<Node> {
  if (typeof value !== 'object' || value === null) return;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  for (const [key, child] of entries) {
    const childPointer = `${pointer}/${escape(key)}`;
    yield { key, value: child, pointer: childPointer };
    yield* walk(child, childPointer);
  }
}

/** A `{source, quote}` found anywhere in a record: under a `citation` (or a source's `date_citation`) key or in a `citations` array. */
export interface FoundCitation {
  source: unknown;
  quote: unknown;
  pointer: string;
}

export function* citations(record: unknown): Generator<FoundCitation> {
  for (const { key, value, pointer } of walk(record)) {
    const found: [unknown, string][] =
      key === 'citation' || key === 'date_citation' ? [[value, pointer]] : key === 'citations' && Array.isArray(value) ? value.map((item, index) => [item, `${pointer}/${index}`]) : [];
    for (const [citation, at] of found) {
      if (isObject(citation)) yield { source: citation.source, quote: citation.quote, pointer: at };
    }
  }
}
