/**
 * Search island: Pagefind's index (built by `pagefind --site dist`) is loaded on first use only, with the list of
 * communes (the « ma commune » list), so that a place name — a commune, a department, a region, as typed or with a
 * typo — is answered first by the page that concerns it. Pagefind picks the index of the page's language.
 * Excerpts are rebuilt as text nodes and <mark> elements, never inserted as HTML.
 */
import { pluralForm } from '../i18n/plural.ts';
import { matchAreas, matchCommunes, type CommuneMatch, type PlaceMatch } from './commune-match.ts';
import type { CommuneIndex } from '../lib/communes.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  init(): Promise<void>;
  options(options: { baseUrl?: string }): Promise<void>;
  debouncedSearch(query: string): Promise<{ results: PagefindResult[] } | null>;
}

const LIMIT = 20;
const PLACES = 5;

/** Pagefind excerpts are escaped text with <mark> around hits. */
function excerptNodes(excerpt: string): Node[] {
  const unescape = (text: string) =>
    text.replace(/&(lt|gt|quot|#39|#x27|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[name]!);
  return excerpt.split(/<\/?mark>/).map((part, i) => {
    if (i % 2 === 0) return document.createTextNode(unescape(part));
    const mark = document.createElement('mark');
    mark.textContent = unescape(part);
    return mark;
  });
}

function item(href: string, title: string, text: Node[], className?: string): HTMLLIElement {
  const li = document.createElement('li');
  if (className) li.className = className;
  const a = document.createElement('a');
  a.href = href;
  a.textContent = title;
  const p = document.createElement('p');
  p.append(...text);
  li.append(a, p);
  return li;
}

for (const root of document.querySelectorAll<HTMLElement>('[data-search]')) {
  const form = root.querySelector('form')!;
  const input = form.querySelector('input')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('ol')!;
  const d = root.dataset as Record<string, string>;
  let pagefind: Promise<Pagefind> | undefined;
  let places: Promise<CommuneIndex | undefined> | undefined;

  const load = () => {
    pagefind ??= (import(/* @vite-ignore */ d.src) as Promise<Pagefind>).then(async (module) => {
      // Result URLs are paths inside the built folder; under a sub-path they need the site's base in front.
      await module.options({ baseUrl: d.base });
      await module.init();
      return module;
    });
    // Without the list of communes, search still works: places are a shortcut, not the answer.
    places ??= fetch(d.communes)
      .then((response) => (response.ok ? (response.json() as Promise<CommuneIndex>) : undefined))
      .catch(() => undefined);
    return pagefind;
  };

  const territory = (id: string) => `${d.territories}${id}/`;
  const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

  /** The « ma commune » answer: a commune's own page, else its department's; departments and regions by name. */
  function placeItems(index: CommuneIndex | undefined, query: string): HTMLLIElement[] {
    if (!index) return [];
    const { matches } = matchCommunes(index, query, 50);
    const exact = matches.filter((m) => m.exact);
    // A commune with its own page comes before its homonyms (each is named with its department).
    const communes: CommuneMatch[] = (exact.length > 0 ? exact : matches.filter((m) => m.typo))
      .slice(0, PLACES)
      .sort((a, b) => Number(b.page !== undefined) - Number(a.page !== undefined));
    const areas: PlaceMatch[] = matchAreas(index, query).slice(0, PLACES);
    return [
      ...areas.map((a) => item(territory(a.id), a.name, [document.createTextNode(a.level === 'region' ? d.region : fill(d.department, { code: a.code }))], 'place')),
      ...communes.map((m) => {
        const department = `${m.department.name} (${m.department.code})`;
        const title = `${m.name} (${m.department.name})`;
        const text = fill(m.page ? d.communePage : d.communeDepartment, { department });
        return item(territory(m.page ?? m.department.id), title, [document.createTextNode(text)], 'place');
      }),
    ];
  }

  const run = async () => {
    const query = input.value.trim();
    if (query === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    if (!pagefind) status.textContent = d.loading;
    let search: Awaited<ReturnType<Pagefind['debouncedSearch']>>;
    try {
      search = await (await load()).debouncedSearch(query);
    } catch {
      pagefind = undefined;
      status.textContent = d.failed;
      return;
    }
    if (search === null) return; // superseded by a newer query
    const [results, index] = await Promise.all([Promise.all(search.results.slice(0, LIMIT).map((r) => r.data())), places]);
    if (input.value.trim() !== query) return;
    const first = placeItems(index, query);
    const shown = new Set(first.map((li) => li.querySelector('a')!.getAttribute('href')));
    list.replaceChildren(
      ...first,
      ...results.filter((r) => !shown.has(r.url)).map((r) => item(r.url, r.meta.title ?? r.url, excerptNodes(r.excerpt))),
    );
    const n = list.children.length;
    status.textContent = n === 0 ? d.none : pluralForm(d.count, n, document.documentElement.lang).replace('{n}', String(n));
  };

  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  // A query in the address (?q=…), e.g. from another site's search box, runs at once.
  const initial = new URLSearchParams(location.search).get('q');
  form.hidden = false;
  if (initial) {
    input.value = initial;
    void run();
  }
}
