// Organisations ↔ initiatives by role: a bipartite drawing laid out at build time. Initiatives are
// sorted by start date, organisations by the mean position of their initiatives (fewer crossings),
// ties by name, so the same data always gives the same picture.
import { compareDates } from '@acces-soins/data';
import { chartId, legendGroup, legendItem, renderFigure } from './figure.ts';
import { colon, compareText, formatDate, pick, uiText, type Lang } from './i18n.ts';
import { el, type Markup } from './markup.ts';
import { eventsByInitiative, type ChartData, type Initiative, type Organisation, type Role } from './records.ts';
import { ROLES, roleClass } from './roles.ts';
import { label } from '../i18n/labels.ts';
import { multilineText, wrapLines } from './text.ts';

export interface NetworkOptions {
  lang: Lang;
  /** Addresses of organisation and initiative pages: each node then links to its page (keyboard and touch). */
  hrefs?: { organisation: (id: string) => string; initiative: (id: string) => string };
}

export interface NetworkLink {
  organisation: Organisation;
  initiative: Initiative;
  roles: Role[];
  /** Ids of the sources that give these roles: each role is true as of its source's date. */
  sources: string[];
  /** Those sources' dates in words (set by buildNetworkModel): a tooltip gives a role with its date. */
  asOf?: string;
}

export interface NetworkModel {
  lang: Lang;
  width: number;
  height: number;
  organisations: { organisation: Organisation; y: number; lines: string[] }[];
  initiatives: { initiative: Initiative; y: number; lines: string[] }[];
  links: NetworkLink[];
  /** Participants that are people, not organisations (not drawn). */
  people: number;
}

const WIDTH = 900;
const ORG_X = 330;
const INI_X = 570;
const FONT = 13;
const ROW = 30;
const LINE = 14;
const TOP = 30;

export function organisationLabel(organisation: Organisation, lang: Lang): string {
  return organisation.acronym && organisation.acronym.length < pick(organisation.name, lang).length && /\s/.test(organisation.acronym)
    ? organisation.acronym
    : pick(organisation.name, lang);
}

/** Links from initiative participants and from event actors (an event's actor takes part in its initiative). */
export function collectLinks(data: ChartData): { links: NetworkLink[]; people: number } {
  // Keyed by string: the ids come back from split keys below.
  const organisations = new Map<string, (typeof data.organisations)[number]>(data.organisations.map((o) => [o.id, o]));
  const initiatives = new Map<string, (typeof data.initiatives)[number]>(data.initiatives.map((i) => [i.id, i]));
  const roles = new Map<string, Set<Role>>();
  const cited = new Map<string, Set<string>>();
  const people = new Set<string>();
  const add = (initiativeId: string, participant: { organisation?: string; person?: string; role: Role; citation: { source: string } }) => {
    if (participant.person) people.add(participant.person);
    if (!participant.organisation) return;
    const key = `${participant.organisation}|${initiativeId}`;
    if (!roles.has(key)) roles.set(key, new Set());
    roles.get(key)!.add(participant.role);
    if (!cited.has(key)) cited.set(key, new Set());
    cited.get(key)!.add(participant.citation.source);
  };
  for (const initiative of data.initiatives) for (const p of initiative.participants) add(initiative.id, p);
  for (const event of data.events) for (const p of event.actors ?? []) add(event.initiative, p);
  const links = [...roles].map(([key, set]) => {
    const [organisationId, initiativeId] = key.split('|');
    const organisation = organisations.get(organisationId);
    const initiative = initiatives.get(initiativeId);
    if (!organisation) throw new Error(`network: unknown organisation "${organisationId}" (initiative ${initiativeId})`);
    if (!initiative) throw new Error(`network: unknown initiative "${initiativeId}"`);
    return { organisation, initiative, roles: ROLES.filter((r) => set.has(r)), sources: [...cited.get(key)!].sort() };
  });
  return { links, people: people.size };
}

export function buildNetworkModel(data: ChartData, options: NetworkOptions): NetworkModel {
  const { lang } = options;
  const { links, people } = collectLinks(data);
  // Each initiative's first event and each organisation's links, from indexes: scanning every event inside the
  // sort, and every link per organisation, made this chart grow as the square of the data.
  const start = (i: Initiative) => i.period?.start ?? eventsByInitiative(data).get(i.id)?.[0]?.date;
  const initiatives = [...new Set(links.map((l) => l.initiative))].sort((a, b) => {
    const sa = start(a);
    const sb = start(b);
    return (sa && sb ? compareDates(sa, sb) : sa ? -1 : sb ? 1 : 0) || compareText(pick(a.title, lang), pick(b.title, lang));
  });
  const initiativeIndex = new Map(initiatives.map((i, n) => [i.id, n]));
  const linksOf = new Map<Organisation, NetworkLink[]>();
  for (const l of links) {
    if (!linksOf.has(l.organisation)) linksOf.set(l.organisation, []);
    linksOf.get(l.organisation)!.push(l);
  }
  const barycentre = (o: Organisation) => {
    const positions = linksOf.get(o)!.map((l) => initiativeIndex.get(l.initiative.id)!);
    return positions.reduce((s, p) => s + p, 0) / positions.length;
  };
  const organisations = [...new Set(links.map((l) => l.organisation))]
    .map((organisation) => ({ organisation, position: barycentre(organisation) }))
    .sort((a, b) => a.position - b.position || compareText(pick(a.organisation.name, lang), pick(b.organisation.name, lang)));

  const iniLines = initiatives.map((i) => wrapLines(pick(i.title, lang), WIDTH - INI_X - 16, FONT, 3));
  const orgLines = organisations.map(({ organisation }) => wrapLines(organisationLabel(organisation, lang), ORG_X - 20, FONT, 2));
  // Enough rows for the taller column (a three-line title needs about two rows).
  const rows = Math.max(organisations.length, iniLines.reduce((s, l) => s + (l.length + 1) / 2, 0));
  const height = TOP + rows * ROW + 10;
  const spread = (n: number, count: number) => TOP + ((n + 0.5) * (height - TOP - 10)) / count;
  return {
    lang,
    width: WIDTH,
    height: Math.round(height),
    organisations: organisations.map(({ organisation }, n) => ({ organisation, y: round1(spread(n, organisations.length)), lines: orgLines[n] })),
    initiatives: initiatives.map((initiative, n) => ({ initiative, y: round1(spread(n, initiatives.length)), lines: iniLines[n] })),
    links: links.map((link) => ({ ...link, asOf: sourceDates(data, link.sources, lang) })),
    people,
  };
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

export function networkSummary(model: NetworkModel): string {
  const { lang, organisations, initiatives, links } = model;
  if (links.length === 0) return uiText(lang, 'chart.network.empty');
  const degree = new Map<Organisation, number>();
  for (const l of links) degree.set(l.organisation, (degree.get(l.organisation) ?? 0) + 1);
  const max = Math.max(...degree.values());
  const top = organisations.map((o) => o.organisation).filter((o) => degree.get(o) === max).map((o) => pick(o.name, lang));
  return uiText(lang, 'chart.network.summary', {
    organisations: uiText(lang, 'chart.organisations', { n: organisations.length }),
    takes: uiText(lang, 'chart.network.takes', { n: organisations.length }),
    initiatives: uiText(lang, 'chart.initiatives', { n: initiatives.length }),
    most: top.length === 1 ? uiText(lang, 'chart.network.most', { name: top[0], count: String(max) }) : '',
  });
}

/** Lines of text centred vertically on y. */
function stackedText(lines: string[], x: number, y: number, anchor: 'start' | 'end'): Markup {
  return multilineText(lines, x, round1(y + FONT * 0.35 - ((lines.length - 1) * LINE) / 2), LINE, { 'text-anchor': anchor === 'end' ? 'end' : undefined });
}

export function renderNetworkSvgBody(model: NetworkModel, hrefs?: NetworkOptions['hrefs']): Markup {
  const { lang } = model;
  // A node is a link to its page when addresses are given (named by its visible text), else a focusable group;
  // its title gives the detail either way.
  const node = (href: string | undefined, title: string, attrs: Record<string, string>, ...content: Markup[]) =>
    el(href ? 'a' : 'g', { ...(href ? { href } : { tabindex: 0 }), ...attrs }, el('title', {}, title), ...content);
  const orgY = new Map(model.organisations.map((o) => [o.organisation.id, o.y]));
  const iniY = new Map(model.initiatives.map((i) => [i.initiative.id, i.y]));
  const links = model.links.flatMap((link) => link.roles.map((role, k) => {
    const offset = (k - (link.roles.length - 1) / 2) * 3;
    const y0 = orgY.get(link.organisation.id)! + offset;
    const y1 = iniY.get(link.initiative.id)! + offset;
    const mid = (ORG_X + INI_X) / 2;
    return el('path', { class: `link ${roleClass(role)}`, d: `M${ORG_X + 6},${round1(y0)}C${mid},${round1(y0)} ${mid},${round1(y1)} ${INI_X - 6},${round1(y1)}` },
      el('title', {}, `${pick(link.organisation.name, lang)} → ${pick(link.initiative.title, lang)}${colon(lang)}${label(lang, 'role', role).toLowerCase()} (${link.asOf})`));
  }));
  // Each node's tooltip lists its links: grouped once by each end (a filter of every link per node grew as the square).
  const byEnd = new Map<object, NetworkModel['links']>();
  for (const l of model.links) {
    for (const end of [l.organisation, l.initiative]) {
      if (!byEnd.has(end)) byEnd.set(end, []);
      byEnd.get(end)!.push(l);
    }
  }
  const linksOf = (end: object, name: (l: NetworkLink) => string) =>
    (byEnd.get(end) ?? []).map((l) => `${name(l)} (${l.roles.map((r) => label(lang, 'role', r).toLowerCase()).join(', ')}${uiText(lang, 'chart.listSeparator')}${l.asOf})`).join('\n');
  const organisations = model.organisations.map((o) => node(hrefs?.organisation(o.organisation.id),
    `${pick(o.organisation.name, lang)}\n${linksOf(o.organisation, (l) => pick(l.initiative.title, lang))}`,
    { class: 'node node--organisation', 'data-organisation': o.organisation.id },
    el('circle', { cx: ORG_X, cy: o.y, r: 5 }),
    stackedText(o.lines, ORG_X - 10, o.y, 'end')));
  const initiatives = model.initiatives.map((i) => node(hrefs?.initiative(i.initiative.id),
    `${pick(i.initiative.title, lang)}\n${linksOf(i.initiative, (l) => pick(l.organisation.name, lang))}`,
    { class: 'node node--initiative', 'data-initiative': i.initiative.id },
    el('rect', { x: INI_X - 5, y: i.y - 5, width: 10, height: 10 }),
    stackedText(i.lines, INI_X + 12, i.y, 'start')));
  const headings = el('g', { class: 'headings' },
    el('text', { x: ORG_X, y: 14, 'text-anchor': 'end' }, uiText(lang, 'chart.network.organisationsHeading')),
    el('text', { x: INI_X, y: 14 }, uiText(lang, 'chart.network.initiativesHeading')));
  return el('g', {}, headings, el('g', { class: 'links' }, links), organisations, initiatives);
}

export function renderNetwork(data: ChartData, options: NetworkOptions): string {
  const model = buildNetworkModel(data, options);
  const { lang } = model;
  const used = ROLES.filter((r) => model.links.some((l) => l.roles.includes(r)));
  const notes = model.people > 0 ? [uiText(lang, 'chart.network.people', { n: model.people })] : [];
  return renderFigure({
    id: chartId('network', lang),
    kind: 'network',
    lang,
    title: uiText(lang, 'chart.network.title'),
    summary: networkSummary(model),
    width: model.width,
    height: model.height,
    scroll: true,
    body: renderNetworkSvgBody(model, options.hrefs),
    interactive: options.hrefs !== undefined,
    legend: legendGroup(uiText(lang, 'chart.network.role'), used.map((r) => legendItem(el('line', { class: `link ${roleClass(r)}`, x1: 0, y1: 8, x2: 16, y2: 8 }), label(lang, 'role', r)))),
    notes,
    table: {
      columns: [{ label: uiText(lang, 'chart.organisation') }, { label: uiText(lang, 'chart.network.role') }, { label: uiText(lang, 'chart.network.accordingTo') }, { label: uiText(lang, 'chart.initiative') }],
      rows: [...model.links]
        .sort((a, b) => compareText(pick(a.organisation.name, lang), pick(b.organisation.name, lang)) || compareText(pick(a.initiative.title, lang), pick(b.initiative.title, lang)))
        .map((l) => [pick(l.organisation.name, lang), l.roles.map((r) => label(lang, 'role', r)).join(', '), sourceDates(data, l.sources, lang), pick(l.initiative.title, lang)]),
    },
  });
}

const sourcesById = new WeakMap<ChartData, Map<string, NonNullable<ChartData['sources']>[number]>>();

/** When the sources giving a link's roles speak (update or publication date): a role is true as of that date only. */
function sourceDates(data: ChartData, ids: readonly string[], lang: Lang): string {
  let byId = sourcesById.get(data);
  if (!byId) sourcesById.set(data, (byId = new Map((data.sources ?? []).map((s) => [s.id, s]))));
  return ids.map((id) => {
    const source = byId.get(id);
    const date = source?.updated ?? source?.published;
    if (!date) return '—';
    const text = formatDate(date, lang);
    return date.bound === 'not-before' ? uiText(lang, 'date.notBefore', { date: text }) : text;
  }).join(' ; ');
}
