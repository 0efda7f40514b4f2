/**
 * Search island: Pagefind's index (built by `pagefind --site dist`) is loaded on first use only.
 * Pagefind picks the index of the page's language. Excerpts are rebuilt as text nodes and <mark> elements,
 * never inserted as HTML.
 */
import { pluralForm } from '../i18n/plural.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  init(): Promise<void>;
  options(options: { baseUrl?: string }): Promise<void>;
  debouncedSearch(query: string): Promise<{ results: PagefindResult[] } | null>;
}

const LIMIT = 20;

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

for (const root of document.querySelectorAll<HTMLElement>('[data-search]')) {
  const form = root.querySelector('form')!;
  const input = form.querySelector('input')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('ol')!;
  const { src, base, loading, none, count, failed } = root.dataset as Record<string, string>;
  let pagefind: Promise<Pagefind> | undefined;

  const load = () => {
    pagefind ??= (import(/* @vite-ignore */ src) as Promise<Pagefind>).then(async (module) => {
      // Result URLs are paths inside the built folder; under a sub-path they need the site's base in front.
      await module.options({ baseUrl: base });
      await module.init();
      return module;
    });
    return pagefind;
  };

  const run = async () => {
    const query = input.value.trim();
    if (query === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    if (!pagefind) status.textContent = loading;
    let search: Awaited<ReturnType<Pagefind['debouncedSearch']>>;
    try {
      search = await (await load()).debouncedSearch(query);
    } catch {
      pagefind = undefined;
      status.textContent = failed;
      return;
    }
    if (search === null) return; // superseded by a newer query
    const results = await Promise.all(search.results.slice(0, LIMIT).map((r) => r.data()));
    list.replaceChildren(
      ...results.map((r) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = r.url;
        a.textContent = r.meta.title ?? r.url;
        const p = document.createElement('p');
        p.append(...excerptNodes(r.excerpt));
        li.append(a, p);
        return li;
      }),
    );
    status.textContent = search.results.length === 0 ? none : pluralForm(count, search.results.length, document.documentElement.lang).replace('{n}', String(search.results.length));
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
