// Text in SVG has no wrapping: estimate widths and break labels into lines ourselves.
import { el, type Markup } from './markup.ts';

/** Average glyph width as a share of the font size for the site's sans-serif (an estimate, bold wider). */
export const GLYPH_WIDTH = 0.56;
export const BOLD_GLYPH_WIDTH = 0.63;

export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? BOLD_GLYPH_WIDTH : GLYPH_WIDTH);
}

/** Greedy word wrap to at most `maxLines` lines of `width` units; the last line ends with "…" if cut. */
export function wrapLines(text: string, width: number, fontSize: number, maxLines = Infinity, bold = false): string[] {
  const maxChars = Math.max(8, Math.floor(width / (fontSize * (bold ? BOLD_GLYPH_WIDTH : GLYPH_WIDTH))));
  const lines: string[] = [];
  let line = '';
  // Break at spaces, and after hyphens inside long compound names (Provence-Alpes-Côte d'Azur).
  for (const piece of text.split(/(?<=-)|\s+/).filter(Boolean)) {
    const joiner = line === '' || line.endsWith('-') ? '' : ' ';
    const candidate = line + joiner + piece;
    if (candidate.length <= maxChars || !line) line = candidate;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  kept[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1) : last}…`;
  return kept;
}

/** A multi-line <text>: one <tspan> per line, `lineHeight` apart. */
export function multilineText(lines: readonly string[], x: number, y: number, lineHeight: number, attrs: Record<string, string | number | undefined> = {}): Markup {
  return el('text', { x, y, ...attrs }, lines.map((line, i) => el('tspan', { x, dy: i === 0 ? undefined : lineHeight }, line)));
}
