/**
 * Issue 10, done-when: no built page or feed, in either language, shows a status (or a participant's role) without
 * the date it is true as of, and the Ségur Occitanie and CNR Occitanie pages give the status with its year right
 * beside it. "Next to" is defined in dated.ts: the same element as rendered, a table row, an SVG mark, a feed entry.
 */
import { describe, expect, it } from 'vitest';
import { assertBuilt, htmlPages, readDist } from './dist.ts';
import { parse, roleLabels, statusLabels, text, undatedStatuses, undatedWords } from './dated.ts';

assertBuilt();

describe('the status words come from the schemas', () => {
  it('reads every status enum of every schema, FR and EN', () => {
    const fr = statusLabels.map((l) => l.fr);
    const en = statusLabels.map((l) => l.en);
    // initiatives, facilities and events each have a status enum.
    expect(fr).toEqual(expect.arrayContaining(['En cours', 'Annoncée', 'Terminée', 'État inconnu', 'Ouvert', 'Ouverture annoncée', 'A eu lieu', 'Annoncé']));
    expect(en).toEqual(expect.arrayContaining(['Ongoing', 'Announced', 'Completed', 'Status unknown', 'Open', 'Opening announced', 'Happened']));
  });
});

describe('the check can fail (fixtures)', () => {
  it('flags a status alone in its element, or with its date in another element', () => {
    const alone = '<main><dl><dt>État</dt><dd><strong>En cours</strong></dd></dl></main>';
    expect(undatedStatuses(alone, 'fr')).toEqual([{ label: 'En cours', element: 'dd', text: 'En cours' }]);
    const apart = '<main><p><span>Ongoing</span></p><p>as of June 2020</p></main>';
    expect(undatedStatuses(apart, 'en').map((u) => u.label)).toEqual(['Ongoing']);
    const tooltip = '<svg><g><title>Lussan — Ouverture annoncée du centre de santé</title><circle r="3"/></g></svg>';
    expect(undatedStatuses(tooltip, 'fr').map((u) => u.element)).toEqual(['g']);
    const row = '<table><tr><td>Ouvert</td><td>Lussan</td></tr></table>';
    expect(undatedStatuses(row, 'fr').map((u) => u.element)).toEqual(['tr']);
    const role = '<table><tr><td>ARS Occitanie</td><td>Organisateur <a class="cite">[source]</a></td></tr></table>';
    expect(undatedWords(role, 'fr', roleLabels).map((u) => u.label)).toEqual(['Organisateur']);
  });

  it('accepts a status with its year in the same element, row, mark or feed entry, and a vocabulary row', () => {
    const dated = '<dd><span class="status-sentence"><strong>En cours</strong> selon la source de juin 2020 — <em>situation actuelle non vérifiée</em></span></dd>';
    expect(undatedStatuses(dated, 'fr')).toEqual([]);
    expect(undatedStatuses('<table><tr><td>septembre 2023</td><td>Ouverture annoncée du centre</td></tr></table>', 'fr')).toEqual([]);
    expect(undatedStatuses('<svg><g><title>Ouverture annoncée du centre (septembre 2023)</title></g></svg>', 'fr')).toEqual([]);
    expect(undatedStatuses('<entry><title>Ouverture annoncée</title><summary>Annoncé selon la source du 17 juillet 2023</summary></entry>', 'fr')).toEqual([]);
    expect(undatedStatuses('<table><tr><td><code>ongoing</code></td><td>En cours</td><td>rule</td></tr></table>', 'fr')).toEqual([]);
    expect(undatedWords('<div><span class="chart-legend-item"><svg></svg>Organisateur</span></div>', 'fr', roleLabels)).toEqual([]);
    expect(undatedWords('<td>Organisateur <span class="meta">(2022)</span></td>', 'fr', roleLabels)).toEqual([]);
    // Prose is not a status word: the case and the whole word are kept.
    expect(undatedStatuses('<p>un programme alors en cours d’élaboration ; « Ouverte » ; Opened</p>', 'fr')).toEqual([]);
  });
});

const pages = htmlPages();
const langOf = (path: string) => (path.startsWith('/en/') ? 'en' : 'fr');

describe('every built page dates its statuses', () => {
  it.each(pages)('%s', (path) => {
    expect(undatedStatuses(readDist(path + 'index.html'), langOf(path))).toEqual([]);
  });

  it.each(pages)('%s: roles', (path) => {
    expect(undatedWords(readDist(path + 'index.html'), langOf(path), roleLabels)).toEqual([]);
  });

  it.each(['/flux.xml', '/en/feed.xml'])('feed %s', (path) => {
    expect(undatedStatuses(readDist(path), path.startsWith('/en/') ? 'en' : 'fr')).toEqual([]);
  });
});

describe('the status sentence carries its year right beside the status word', () => {
  const cases = [
    ['/initiatives/segur-sante-occitanie/', 'En cours', '2020'],
    ['/en/initiatives/segur-sante-occitanie/', 'Ongoing', '2020'],
    ['/initiatives/cnr-sante-occitanie/', 'En cours', '2022'],
    ['/en/initiatives/cnr-sante-occitanie/', 'Ongoing', '2022'],
  ] as const;
  it.each(cases)('%s: « %s » then %s', (path, word, year) => {
    const html = readDist(path + 'index.html');
    const sentences: string[] = [];
    const walk = (node: ReturnType<typeof parse>) => {
      if (/\bclass="[^"]*\bstatus-sentence\b/.test(node.attrs)) sentences.push(text(node).replace(/\s+/g, ' ').trim());
      for (const child of node.children) if (typeof child !== 'string') walk(child);
    };
    walk(parse(html));
    expect(sentences).toHaveLength(1);
    // "Right beside": the year comes within 40 characters after the status word, in the same sentence.
    expect(sentences[0]).toMatch(new RegExp(`^${word}\\b.{0,40}\\b${year}\\b`));
  });
});
