/**
 * Matching for the « ma commune » lookup and the places offered first by search: accent-, case- and
 * hyphen-insensitive; codes match by prefix; a name with a typo (one or two letters off) still matches when
 * nothing matches as typed.
 */
import type { CommuneIndex } from '../lib/communes.ts';

export interface CommuneMatch {
  code: string;
  name: string;
  postcodes: string;
  department: { code: string; id: string; name: string };
  /** Territory id of the commune's own page, when it has one. */
  page?: string;
  /** The query is this commune's whole name, INSEE code or one of its postcodes (not a prefix or a guess). */
  exact: boolean;
  /** Found only by allowing a typo or two. */
  typo: boolean;
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

/** Edit distance (insertions, deletions, substitutions, swaps of two neighbours), stopping early above `max`. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/** How many typos a query of this length may carry and still name a place (short words and acronyms: none). */
/** Score of a name found with a typo: after exact (0) and prefix (1) matches, before inner ones (2). */
const TYPO = 1.5;

const tolerance = (q: string) => (q.length >= 9 ? 2 : q.length >= 5 ? 1 : 0);

export function matchCommunes(index: CommuneIndex, query: string, limit: number): { matches: CommuneMatch[]; total: number } {
  const q = normalize(query);
  if (q === '') return { matches: [], total: 0 };
  const byCode = /^\d/.test(q);
  const scored: [number, CommuneIndex['communes'][number]][] = [];
  for (const entry of index.communes) {
    const [code, name, , postcodes] = entry;
    if (byCode) {
      const compact = q.replace(/ /g, '');
      const exact = code === compact || postcodes.split(' ').includes(compact);
      if (exact || code.startsWith(compact) || postcodes.split(' ').some((p) => p.startsWith(compact))) scored.push([exact ? 0 : 1, entry]);
      continue;
    }
    const n = normalize(name);
    if (n === q) scored.push([0, entry]);
    else if (n.startsWith(q)) scored.push([1, entry]);
    else if (n.includes(q)) scored.push([2, entry]);
  }
  // No name starts as typed: names within a typo or two ("Beziés", "Carcasonne"), nearest first, before names that
  // merely contain the letters.
  const max = tolerance(q);
  if (!byCode && max > 0 && !scored.some(([score]) => score <= 1)) {
    for (const entry of index.communes) {
      const d = distance(q, normalize(entry[1]), max);
      if (d <= max) scored.push([TYPO + d / 10, entry]);
    }
  }
  scored.sort((a, b) => a[0] - b[0] || a[1][1].localeCompare(b[1][1], 'fr') || a[1][0].localeCompare(b[1][0]));
  const matches = scored.slice(0, limit).map(([score, [code, name, dep, postcodes]]) => {
    const [id, depName] = index.departments[dep];
    return { code, name, postcodes, department: { code: dep, id, name: depName }, page: index.pages[code], exact: score === 0, typo: score >= TYPO && score < 2 };
  });
  return { matches, total: scored.length };
}

/**
 * Where Enter should go: the page of the commune named exactly (by name, INSEE code or postcode), or of the only
 * match. Several exact matches that all lead to the same page (a postcode shared by communes of one department
 * without pages of their own) still have one answer; homonyms in different departments, or a postcode shared across
 * departments, have none: the list, which names each one's department, lets the person choose.
 */
export function singleAnswer(matches: CommuneMatch[], total: number): string | undefined {
  const target = (m: CommuneMatch) => m.page ?? m.department.id;
  const exact = matches.filter((m) => m.exact);
  const targets = new Set(exact.map(target));
  if (targets.size === 1) return [...targets][0];
  if (exact.length === 0 && total === 1) return target(matches[0]);
  return undefined;
}

export interface PlaceMatch {
  /** Territory id of the page to open. */
  id: string;
  name: string;
  level: 'region' | 'departement';
  code: string;
}

/** Departments and regions whose name (or department number) the query is, as typed or within a typo. */
export function matchAreas(index: CommuneIndex, query: string): PlaceMatch[] {
  const q = normalize(query);
  if (q === '') return [];
  const areas: PlaceMatch[] = [
    ...Object.entries(index.departments).map(([code, [id, name]]) => ({ id, name, code, level: 'departement' as const })),
    ...index.regions.map(([id, name, code]) => ({ id, name, code, level: 'region' as const })),
  ];
  const exact = areas.filter((a) => normalize(a.name) === q || (a.level === 'departement' && a.code === q));
  if (exact.length > 0) return exact;
  const max = tolerance(q);
  return areas.filter((a) => (q.length >= 3 && normalize(a.name).startsWith(q)) || (max > 0 && distance(q, normalize(a.name), max) <= max));
}
