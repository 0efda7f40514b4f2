/**
 * Reads the changesets CHANGELOG.md into blocks the page renders as elements: headings, list items and
 * paragraphs, inline markdown kept as plain text. No markdown-to-HTML step, so nothing in it can inject markup.
 */
export type Block = { kind: 'heading'; level: number; text: string } | { kind: 'item'; text: string } | { kind: 'paragraph'; text: string };

export function changelogBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (heading) blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] });
    else if (item) blocks.push({ kind: 'item', text: item[1] });
    else if (line.trim() === '') continue;
    else {
      const last = blocks.at(-1);
      // A continuation line belongs to the item or paragraph above it.
      if (last && last.kind !== 'heading' && /^\s/.test(raw)) last.text += ` ${line.trim()}`;
      else if (last?.kind === 'paragraph') last.text += ` ${line.trim()}`;
      else blocks.push({ kind: 'paragraph', text: line.trim() });
    }
  }
  // The file's own title ("# @acces-soins/data") repeats the page's heading.
  return blocks.filter((b, i) => !(i === 0 && b.kind === 'heading' && b.level === 1));
}
