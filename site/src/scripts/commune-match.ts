/** Matching for the « ma commune » lookup: accent-, case- and hyphen-insensitive; codes match by prefix. */
import type { CommuneIndex } from '../lib/communes.ts';

export interface CommuneMatch {
  code: string;
  name: string;
  postcodes: string;
  department: { code: string; id: string; name: string };
  /** Territory id of the commune's own page, when it has one. */
  page?: string;
}

/** "Saint-Étienne-d'Orthe" and "st etienne d orthe" normalise to the same words. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\b(st|ste)\b/g, (abbr) => (abbr === 'st' ? 'saint' : 'sainte'));
}

export function matchCommunes(index: CommuneIndex, query: string, limit: number): { matches: CommuneMatch[]; total: number } {
  const q = normalize(query);
  if (q === '') return { matches: [], total: 0 };
  const byCode = /^\d/.test(q);
  const scored: [number, CommuneIndex['communes'][number]][] = [];
  for (const entry of index.communes) {
    const [code, name, , postcodes] = entry;
    if (byCode) {
      const compact = q.replace(/ /g, '');
      if (code.startsWith(compact) || postcodes.split(' ').some((p) => p.startsWith(compact))) scored.push([code === compact ? 0 : 1, entry]);
      continue;
    }
    const n = normalize(name);
    if (n === q) scored.push([0, entry]);
    else if (n.startsWith(q)) scored.push([1, entry]);
    else if (n.includes(q)) scored.push([2, entry]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1][1].localeCompare(b[1][1], 'fr') || a[1][0].localeCompare(b[1][0]));
  const matches = scored.slice(0, limit).map(([, [code, name, dep, postcodes]]) => {
    const [id, depName] = index.departments[dep];
    return { code, name, postcodes, department: { code: dep, id, name: depName }, page: index.pages[code] };
  });
  return { matches, total: scored.length };
}
