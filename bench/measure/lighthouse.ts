import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { emit, option } from '../lib/child.ts';
import type { LighthouseEntry, NotMeasured } from '../lib/results.ts';
import { summarise } from '../lib/stats.ts';
import { serveDist } from '../../site/test/server.ts';

// Lighthouse 13, mobile (its default), on five kinds of page of the built site, in headless Chromium.
const siteDir = option('site')!;
const dataDir = option('data')!;
const runs = Number(option('runs', '1'));
if (!existsSync(join(siteDir, 'index.html'))) throw new Error(`no built site in ${siteDir}`);

const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The first page under a section of the site, when the preferred one is not there. */
const firstPageUnder = (section: string) => {
  const dir = join(siteDir, section);
  const page = existsSync(dir) ? readdirSync(dir).find((name) => existsSync(join(dir, name, 'index.html'))) : undefined;
  if (page === undefined) throw new Error(`no page under /${section}/ in ${siteDir}`);
  return `/${section}/${page}/`;
};
const records = (dataset: string) => readFileSync(join(dataDir, `${dataset}.jsonl`), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
/** The department most initiatives name: the department page a visitor is most likely to land on. */
function busiestDepartment(): string {
  const departments = new Set(records('territories').filter((record) => record.level === 'departement').map((record) => String(record.id)));
  const counts = new Map<string, number>();
  for (const initiative of records('initiatives')) {
    for (const id of (initiative.territories as string[]) ?? []) if (departments.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best === undefined ? firstPageUnder('territoires') : `/territoires/${best[0]}/`;
}
const initiative = `/initiatives/${String(records('initiatives')[0]?.id)}/`;
const PAGES: [string, string][] = [
  ['Home', '/'],
  ['Initiative', existsSync(join(siteDir, initiative, 'index.html')) ? initiative : firstPageUnder('initiatives')],
  ['Department', busiestDepartment()],
  ['Map', '/carte/'],
  ['Data', '/donnees/'],
];

const server = await serveDist(siteDir);
const { origin } = server;
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
const audit = async (path: string) => {
  const result = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error' });
  if (result === undefined) throw new Error(`Lighthouse returned nothing for ${path}`);
  if (result.lhr.runtimeError !== undefined) throw new Error(`Lighthouse on ${path}: ${result.lhr.runtimeError.message}`);
  return Object.fromEntries(Object.entries(result.lhr.categories).map(([id, category]) => [id, category.score]));
};
try {
  await audit('/'); // warm-up: Chromium's first navigation and Lighthouse's lazy loading
  const entries: LighthouseEntry[] = [];
  const notMeasured: NotMeasured[] = [];
  for (const [page, url] of PAGES) {
    if (!existsSync(join(siteDir, url, 'index.html'))) {
      notMeasured.push({ what: `Lighthouse on the ${page.toLowerCase()} page`, why: `${url} is not in the built site` });
      continue;
    }
    const samples: Record<string, number | null>[] = [];
    for (let run = 0; run < runs; run++) samples.push(await audit(url));
    const scores = Object.fromEntries(
      Object.keys(samples[0]).map((category) => {
        const values = samples.map((sample) => sample[category]).filter((value): value is number => value !== null);
        return [category, values.length === 0 ? null : summarise(values).median];
      }),
    );
    entries.push({ page, url, scores });
  }
  emit({ entries, notMeasured });
} finally {
  await chrome.kill();
  await server.close();
}
