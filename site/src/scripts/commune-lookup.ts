/**
 * « Ma commune » island: the list of communes is fetched on first use only, then matched as one types.
 * Results are built with DOM methods (textContent), never as HTML.
 */
import { matchCommunes, singleAnswer } from './commune-match.ts';
import { pluralForm } from '../i18n/plural.ts';
import type { CommuneIndex } from '../lib/communes.ts';

const LIMIT = 20;

for (const root of document.querySelectorAll<HTMLElement>('[data-commune-lookup]')) {
  const form = root.querySelector('form')!;
  const input = form.querySelector('input')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLUListElement>('ul')!;
  const { src, base, loading, none, count, more, failed } = root.dataset as Record<string, string>;
  let index: Promise<CommuneIndex> | undefined;

  const load = () => {
    index ??= fetch(src).then((response) => {
      if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
      return response.json() as Promise<CommuneIndex>;
    });
    return index;
  };

  const link = (href: string, text: string) => {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  };

  const show = async () => {
    const query = input.value;
    if (!index) status.textContent = loading;
    let communes: CommuneIndex;
    try {
      communes = await load();
    } catch {
      index = undefined; // let the next keystroke try again
      status.textContent = failed;
      return;
    }
    const { matches, total } = matchCommunes(communes, query, LIMIT);
    if (input.value !== query) return; // a newer keystroke will render
    // Homonyms are told apart by their department, named beside each one.
    list.replaceChildren(
      ...matches.map((m) => {
        const li = document.createElement('li');
        const label = `${m.name} (${m.postcodes || m.code})`;
        li.append(m.page ? link(`${base}${m.page}/`, label) : document.createTextNode(label), ' — ', link(`${base}${m.department.id}/`, `${m.department.name} (${m.department.code})`));
        return li;
      }),
    );
    status.textContent = query.trim() === '' ? '' : total === 0 ? none : pluralForm(count, total, document.documentElement.lang).replace('{n}', String(total)) + (total > LIMIT ? `. ${more}` : '.');
    return { matches, total };
  };

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void show());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const found = await show();
    // One commune named exactly (or the only one found): go straight to its own page, else its department's,
    // even when other communes share the prefix (Marseille, Marseillan).
    const answer = found && singleAnswer(found.matches, found.total);
    if (answer) location.assign(`${base}${answer}/`);
  });
  form.hidden = false;
}
