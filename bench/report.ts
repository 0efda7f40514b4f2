import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from '@acces-soins/validate';
import { benchOutDir } from './generate.ts';
import { bytes, count, median, ms, ratio, spread, table } from './lib/format.ts';
import type { Results, ValidatorEntry } from './lib/results.ts';
import { growthExponent, SUPERLINEAR_EXPONENT } from './lib/stats.ts';

/** Budgets set by the issues: the shipped validators cost at most 2× JSON.parse; a dataset bundle at most 1.1× its JSON. */
export const VALIDATOR_BUDGET = 2;
export const VALIDATOR_BUDGET_SCALES = [1, 100, 1000];
export const BUNDLE_BUDGET = 1.1;
/** The package's import costs at most 2× JSON.parse of the same bytes (issue 12). */
export const IMPORT_BUDGET = 2;
/** Per-page bytes and per-page build cost should not grow with the data: above this exponent they are flagged. */
const FLAT_EXPONENT = 0.15;

const notesPath = fileURLToPath(new URL('./notes.md', import.meta.url));
const scaleLabel = (scale: number) => `×${scale}`;
const passFail = (ok: boolean) => (ok ? 'pass' : '**FAIL**');

function machineSection(results: Results): string {
  const { machine } = results;
  return [
    '## Machine and method',
    '',
    table(
      ['CPU', 'Cores', 'Memory', 'OS', 'Node', 'Load at start (1 min)'],
      [[machine.cpu, String(machine.cores), `${machine.memoryGiB} GiB`, machine.os, machine.node, String(machine.loadAtStart)]],
    ),
    '',
    `This run: \`${results.command}\`, ${new Date(results.date).toISOString().slice(0, 16).replace('T', ' ')} UTC, ${ms(results.durationMs)} in all.`,
    ...(results.remeasured ?? []).map(
      (again) =>
        `Measured again later: ${again.sections.join(', ')} — \`${again.command}\`, ${new Date(again.date).toISOString().slice(0, 16).replace('T', ' ')} UTC, ${ms(again.durationMs)}, load at start ${again.loadAtStart}.`,
    ),
    '',
    '- `npx -y pnpm@12.21.0 bench`: every scale, the ×1000 site build and Lighthouse included; `npx -y pnpm@12.21.0 bench --quick`: ×1 and ×10 only (within 2 minutes), written apart to `bench/.out/quick/` (never to this file).',
    '- `npx -y pnpm@12.21.0 bench --only package|site [--scales 1,10,100]`: that part again (site: after rebuilding the package it needs), in place of the same scales\' entries of the last full run (dated apart above).',
    '- `node bench/generate.ts --scale N [--out DIR]`: writes the ×N data alone (default `bench/.out/data-xN`).',
    '- `node bench/report.ts`: rewrites this file from the last `bench/.out/results.json` (after editing `bench/notes.md`).',
    '- Builds run the packages\' own scripts (`packages/data` `build`, `packages/export` `build`, `site` `build`) in a copy of the repository whose `data/` is the ×N data (`bench/.out/workspace-xN`).',
    '',
    'Every measurement runs in its own Node process, after a warm-up run; times are the median of the timed runs with ' +
      '(min–max), the heap collected before each timed run. Very short tasks are looped so that one run lasts at least ' +
      '50 ms. The machine is shared: the load average at start tells how busy it was. The ×N data is synthetic but valid ' +
      '(`bench/generate.ts`, seeded: it passes `pnpm validate`): every fact-bearing record copied N times with its own ' +
      'source texts, texts recombined from real phrases, places moved to other real communes. Themes do not grow with N; ' +
      'territories only by the real communes the copies move to.',
  ].join('\n');
}

function dataSection(results: Results): string {
  const names = Object.keys(results.data[0]?.perDataset ?? {});
  return [
    '## Data at each scale',
    '',
    table(
      ['Scale', 'Records', 'JSONL', ...names],
      results.data.map((entry) => [scaleLabel(entry.scale), count(entry.records), bytes(entry.jsonlBytes), ...names.map((name) => count(entry.perDataset[name]))]),
    ),
  ].join('\n');
}

function validationSection(results: Results): string {
  return [
    '## Validation: `pnpm validate` (read, schemas, integrity checks)',
    '',
    'End to end as the command runs it: read the files, compile the schemas with Ajv, check every record, then the ' +
      'integrity checks (ids, references, quotes in source texts, SHA-256 of the texts, dates, COG territories…). ' +
      'Compared with `JSON.parse` of the same lines, in memory.',
    '',
    table(
      ['Scale', 'Records', 'Validation', 'Records/s', 'JSON.parse', 'Ratio'],
      results.validation.map((entry) => [
        scaleLabel(entry.scale),
        count(entry.records),
        spread(entry.validateMs),
        count(entry.records / (median(entry.validateMs) / 1000)),
        spread(entry.parseMs),
        ratio(median(entry.validateMs) / median(entry.parseMs)),
      ]),
    ),
  ].join('\n');
}

function validatorsSection(results: Results): string {
  const rows = results.validators.flatMap((entry) =>
    entry.validators.map((validator) => [
      scaleLabel(entry.scale),
      validator.name,
      spread(validator.prepareMs),
      spread(validator.validateMs),
      count(entry.records / (median(validator.validateMs) / 1000)),
      ratio(median(validator.validateMs) / median(entry.parseMs)),
      validator.agrees ? 'yes' : '**no**',
    ]),
  );
  const budget = results.validators
    .filter((entry) => VALIDATOR_BUDGET_SCALES.includes(entry.scale))
    .map((entry) => {
      const shipped = entry.validators.find((validator) => validator.kind === 'shipped');
      if (shipped === undefined) return [scaleLabel(entry.scale), 'not measured', '', ''];
      const value = median(shipped.validateMs) / median(entry.parseMs);
      return [scaleLabel(entry.scale), ratio(value), `≤ ${VALIDATOR_BUDGET}×`, passFail(value <= VALIDATOR_BUDGET)];
    });
  return [
    '## Validators against `JSON.parse`',
    '',
    'Schema validation only, in memory, of every record of every dataset, side by side with what a user might pick ' +
      'instead. "Prepare" is what runs once before the first record (compiling the schemas; importing for the shipped ' +
      'validators). "× JSON.parse" divides the validation time by the time `JSON.parse` takes on the same bytes. ' +
      '"Agrees": accepts every real record and rejects corrupted ones (missing id, unknown property, wrong type).',
    '',
    table(['Scale', 'Validator', 'Prepare', 'Validate all', 'Records/s', '× JSON.parse', 'Agrees'], rows),
    '',
    `Budget (package issue): validating with the shipped validators costs ≤ ${VALIDATOR_BUDGET}× parsing the same bytes.`,
    '',
    table(['Scale', 'Shipped / JSON.parse', 'Budget', 'Result'], budget),
  ].join('\n');
}

function exportSection(results: Results): string {
  const formats = [...new Set(results.export.flatMap((entry) => Object.keys(entry.bytes)))];
  return [
    '## Snapshot export (JSON, CSV, datapackage, zip)',
    '',
    table(
      ['Scale', 'Export', 'Files', ...formats.map((format) => `${format} bytes`)],
      results.export.map((entry) => [scaleLabel(entry.scale), spread(entry.totalMs), String(entry.files), ...formats.map((format) => bytes(entry.bytes[format] ?? 0))]),
    ),
  ].join('\n');
}

function packageSection(results: Results): string {
  const bundles = results.package.filter((entry) => entry.bundle !== undefined);
  return [
    '## Data package `@acces-soins/data`',
    '',
    'Build: its `build` script on the ×N data. Import: a fresh Node process timing `await import("@acces-soins/data")` and ' +
      'the heap and resident memory it adds.',
    '',
    table(
      ['Scale', 'Build', 'Import', 'Heap added', 'RSS added'],
      results.package.map((entry) => [scaleLabel(entry.scale), spread(entry.buildMs), spread(entry.importMs), spread(entry.heapBytes, bytes), spread(entry.rssBytes, bytes)]),
    ),
    '',
    `One dataset imported alone and bundled with esbuild (minified), against its JSON (budget ≤ ${BUNDLE_BUDGET}×):`,
    '',
    table(
      ['Scale', 'Dataset', 'Bundle', 'JSON', 'Ratio', 'Result'],
      bundles.map((entry) => {
        const bundle = entry.bundle!;
        const value = bundle.bundleBytes / bundle.jsonBytes;
        return [scaleLabel(entry.scale), bundle.dataset, bytes(bundle.bundleBytes), bytes(bundle.jsonBytes), ratio(value), passFail(value <= BUNDLE_BUDGET)];
      }),
    ),
    ...packageImportRows(results),
  ].join('\n');
}

/** Budgets set by the site-build issue: `astro build` ≤ 2× a minimal Astro build of the same pages (×1, ×10, ×100); a department page at ×100 ≤ 1.5× its ×1 cost. */
export const FLOOR_BUDGET = 2;
/** Page budgets of the citizens' issue (and site/test/budgets.test.ts): HTML+CSS gzip of a text page, of a page with the map. */
export const TEXT_PAGE_BUDGET = 14 * 1024;
export const MAP_PAGE_BUDGET = 30 * 1024;
export const FLOOR_BUDGET_SCALES = [1, 10, 100];
export const DEPARTMENT_BUDGET = 1.5;
const KINDS = ['department', 'commune', 'initiative', 'organisation', 'map'];
const gib = (value: number | undefined) => (value === undefined || value === 0 ? 'n/a' : `${(value / 2 ** 30).toFixed(2)} GiB`);
/** Import against JSON.parse of the same bytes (budget ≤ 2×), the string-literal alternative, and bundles per export. */
function packageImportRows(results: Results): string[] {
  const parsed = results.package.filter((entry) => entry.parseMs !== undefined);
  const bundled = results.package.find((entry) => entry.exportBundles !== undefined);
  const bundlers = bundled ? Object.keys(bundled.exportBundles![0]?.sizes ?? {}) : [];
  return [
    '',
    `Import against \`JSON.parse\` of the same bytes (read + parse of every \`dist/json/*.json\`, kept; budget: import ≤ ${IMPORT_BUDGET}× parse), and the alternative of one module per dataset \`export default JSON.parse('…')\`:`,
    '',
    table(
      ['Scale', 'JSON', 'Import', 'JSON.parse', 'Ratio', 'Result', 'Heap (import)', 'Heap (parse)', 'String literals', 'Heap (literals)'],
      parsed.map((entry) => {
        const value = median(entry.importMs) / median(entry.parseMs!);
        return [
          scaleLabel(entry.scale), bytes(entry.jsonBytes ?? 0), ms(median(entry.importMs)), ms(median(entry.parseMs!)), ratio(value), passFail(value <= IMPORT_BUDGET),
          bytes(median(entry.heapBytes)), bytes(median(entry.parseHeapBytes ?? [0])), ms(median(entry.stringLiteralsMs ?? [0])), bytes(median(entry.stringLiteralsHeapBytes ?? [0])),
        ];
      }),
    ),
    ...(bundled
      ? [
          '',
          `Each export bundled alone from the packed tarball (minified, ×${bundled.scale}), per bundler; budget: the JSON of the datasets it reads + 5 KB, a validator 30 KB:`,
          '',
          table(
            ['Export', ...bundlers, 'Budget', 'Result'],
            bundled.exportBundles!.map((row) => [
              `\`${row.entry}\``, ...bundlers.map((name) => bytes(row.sizes[name]!)), bytes(row.budget), passFail(Object.values(row.sizes).every((size) => size <= row.budget)),
            ]),
          ),
        ]
      : []),
  ];
}

function siteSection(results: Results): string {
  const cold = results.site.filter((entry) => entry.warmups === 0).map((entry) => scaleLabel(entry.scale));
  const withFloor = results.site.filter((entry) => entry.astroMs !== undefined && entry.floorMs !== undefined);
  const perPage = (cost: { pages: number; ms: number } | undefined) => (cost === undefined || cost.pages === 0 ? undefined : cost.ms / cost.pages);
  const kindRows = withFloor.flatMap((entry) =>
    KINDS.filter((kind) => (entry.kinds?.[kind]?.pages ?? 0) > 0).map((kind) => {
      const site = entry.kinds![kind];
      const floor = perPage(entry.floorKinds?.[kind]);
      const own = perPage(site)!;
      return [scaleLabel(entry.scale), kind, count(site.pages), ms(own), floor === undefined ? 'n/a' : ms(floor), floor ? ratio(own / floor) : 'n/a', bytes(site.bytes / site.pages), ms(own / (site.bytes / site.pages / 1e5))];
    }),
  );
  const department = (scale: number) => withFloor.find((entry) => entry.scale === scale)?.kinds?.department;
  const budgetRows = [
    ...withFloor.filter((entry) => FLOOR_BUDGET_SCALES.includes(entry.scale)).map((entry) => {
      const value = median(entry.astroMs!) / median(entry.floorMs!);
      return [`${scaleLabel(entry.scale)}: \`astro build\` / minimal Astro build`, ratio(value), `≤ ${FLOOR_BUDGET}×`, passFail(value <= FLOOR_BUDGET)];
    }),
    ...(department(1) && department(100)
      ? (() => {
          const value = perPage(department(100))! / perPage(department(1))!;
          const size = department(100)!.bytes / department(100)!.pages / (department(1)!.bytes / department(1)!.pages);
          return [[`Department page, ×100 / ×1 (its HTML: ${ratio(size)} the bytes)`, ratio(value), `≤ ${DEPARTMENT_BUDGET}×`, passFail(value <= DEPARTMENT_BUDGET)]];
        })()
      : []),
  ];
  const pageRows = results.site.flatMap((entry) => [
    ...(entry.htmlCssGzipText ? [[`${scaleLabel(entry.scale)}: heaviest text page, HTML+CSS gzip (\`${entry.htmlCssGzipText.maxPage}\`)`, bytes(entry.htmlCssGzipText.max), `≤ ${bytes(TEXT_PAGE_BUDGET)}`, passFail(entry.htmlCssGzipText.max <= TEXT_PAGE_BUDGET)]] : []),
    ...(entry.htmlCssGzipMap ? [[`${scaleLabel(entry.scale)}: heaviest page with the map, HTML+CSS gzip (\`${entry.htmlCssGzipMap.maxPage}\`)`, bytes(entry.htmlCssGzipMap.max), `≤ ${bytes(MAP_PAGE_BUDGET)}`, passFail(entry.htmlCssGzipMap.max <= MAP_PAGE_BUDGET)]] : []),
  ]);
  return [
    '## Site build and page weight',
    '',
    'The site\'s `build` script (snapshots copied, `astro build` and Pagefind into a new folder, then that folder swapped in for the previous site), each step timed and its peak memory ' +
      'taken (resident memory of its whole process tree, sampled every 100 ms). Page weight over every built page, gzip as a static ' +
      'host serves it: the HTML (inline styles and JSON-LD included) with the stylesheets it links; and the scripts it runs ' +
      'up front, inline or linked, with their static imports (what Pagefind loads on demand is not counted).',
    '',
    table(
      ['Scale', 'Pages', 'Build', 'astro build', 'Astro peak memory', 'Pagefind', 'Pagefind peak memory', 'Per page (astro)', 'HTML+CSS median', 'HTML+CSS max', 'JS median', 'JS max'],
      results.site.map((entry) => {
        return [
          scaleLabel(entry.scale),
          count(entry.pages),
          entry.failedSteps ? `${spread(entry.buildMs)} without ${entry.failedSteps.join(', ')} (did not finish)` : spread(entry.buildMs),
          entry.astroMs ? spread(entry.astroMs) : 'n/a',
          gib(entry.astroPeakRssBytes),
          entry.pagefindMs ? spread(entry.pagefindMs) : entry.failedSteps?.includes('pagefind') ? 'did not finish (see "Not measured")' : 'n/a',
          gib(entry.pagefindPeakRssBytes),
          ms(median(entry.astroMs ?? entry.buildMs) / entry.pages),
          bytes(entry.htmlCssGzip.median),
          `${bytes(entry.htmlCssGzip.max)} (\`${entry.htmlCssGzip.maxPage}\`)`,
          bytes(entry.jsGzip.median),
          `${bytes(entry.jsGzip.max)} (\`${entry.jsGzip.maxPage}\`)`,
        ];
      }),
    ),
    ...(pageRows.length === 0
      ? []
      : ['', 'Page budgets (a text page loads in the first round trip; the map page within 30 KB); the test `site/test/budgets.test.ts` checks the ×1 build:', '', table(['What', 'Measured', 'Budget', 'Result'], pageRows)]),
    ...(cold.length === 0
      ? []
      : ['', `${cold.join(', ')}: one timed build without a warm-up build of its own, to stay within the time budget; the smaller builds just before it warmed the shared dependencies and the file cache.`]),
    ...(withFloor.length === 0
      ? []
      : [
          '',
          '### Against a minimal Astro build (the floor)',
          '',
          'In the same run, right after the site: a minimal Astro project (`bench/lib/floor.ts`) with the same Astro, the same ' +
            'configuration (it loads the site\'s `astro.config.ts`) and the same dependencies writes the same pages — same paths, ' +
            'so the same count and kinds — as trivial pages of the same size (a title and paragraphs of filler text), and the ' +
            'other files the site\'s routes write (each chart\'s SVG and CSV, the feeds, the sitemap, robots.txt, the communes list) ' +
            'as filler files of the same size from one endpoint: Astro renders each of those like a page. The ratio is what the ' +
            'site\'s own work (data, charts, layout) costs on top of what any Astro site writing the same files pays. The last ' +
            'column is the ratio to a minimal build of the pages only, as this table measured before those files were counted.',
          '',
          table(
            ['Scale', 'Pages', 'Other files', 'HTML written', '`astro build`', 'Minimal Astro build', 'Ratio', 'Minimal build, pages only', 'Ratio to it'],
            withFloor.map((entry) => [
              scaleLabel(entry.scale), count(entry.pages), entry.floorFiles === undefined ? 'n/a' : count(entry.floorFiles), entry.htmlBytes ? bytes(entry.htmlBytes) : 'n/a',
              spread(entry.astroMs!), spread(entry.floorMs!), ratio(median(entry.astroMs!) / median(entry.floorMs!)),
              entry.floorPagesOnlyMs ? spread(entry.floorPagesOnlyMs) : 'n/a', entry.floorPagesOnlyMs ? ratio(median(entry.astroMs!) / median(entry.floorPagesOnlyMs)) : 'n/a',
            ]),
          ),
          '',
          'Per kind of page: Astro\'s own generation time of each page (it logs one per page; for each page the median over the timed builds), averaged over the pages of that kind; ' +
            '"per 100 kB" divides it by the page\'s size, which is what stays flat when a page grows because it lists more records.',
          '',
          table(['Scale', 'Kind', 'Pages', 'Site, per page', 'Minimal, per page', 'Ratio', 'HTML per page', 'Site, per 100 kB'], kindRows),
          '',
          'Budgets (site-build issue):',
          '',
          table(['What', 'Measured', 'Budget', 'Result'], budgetRows),
        ]),
  ].join('\n');
}

function lighthouseSection(results: Results): string {
  const categories = [...new Set(results.lighthouse.flatMap((entry) => Object.keys(entry.scores)))];
  return [
    '## Lighthouse (mobile, ×1 data)',
    '',
    'Lighthouse 13, default mobile settings (simulated throttling), headless Chromium, `site/dist` of the ×1 build served on 127.0.0.1.',
    '',
    table(
      ['Page', 'URL', ...categories],
      results.lighthouse.map((entry) => [entry.page, `\`${entry.url}\``, ...categories.map((category) => (entry.scores[category] === null ? 'n/a' : String(Math.round(entry.scores[category]! * 100))))]),
    ),
  ].join('\n');
}

interface Series {
  name: string;
  /** Growth expected: `linear` for costs (flagged above 1.15), `flat` for per-page figures (flagged above 0.15). */
  expect: 'linear' | 'flat';
  points: { scale: number; x: number; y: number }[];
  unit: (value: number) => string;
}

function series(results: Results): Series[] {
  // Data work is compared with the bytes of data (records differ in size: the copied ones are the larger ones), the
  // site build with the number of pages it writes.
  const bytesAt = new Map(results.data.map((entry) => [entry.scale, entry.jsonlBytes]));
  const cost = (name: string, entries: { scale: number; samples: number[]; x?: number }[]): Series => ({
    name,
    expect: 'linear',
    unit: ms,
    points: entries.map(({ scale, samples, x }) => ({ scale, x: x ?? bytesAt.get(scale)!, y: median(samples) })),
  });
  const validators = new Map<string, { scale: number; samples: number[] }[]>();
  for (const entry of results.validators) {
    for (const validator of entry.validators as ValidatorEntry[]) validators.set(validator.name, [...(validators.get(validator.name) ?? []), { scale: entry.scale, samples: validator.validateMs }]);
  }
  const flat = (name: string, unit: (value: number) => string, pick: (entry: Results['site'][number]) => number): Series => ({
    name,
    expect: 'flat',
    unit,
    points: results.site.map((entry) => ({ scale: entry.scale, x: entry.scale, y: pick(entry) })),
  });
  return [
    cost('`pnpm validate`', results.validation.map((entry) => ({ scale: entry.scale, samples: entry.validateMs }))),
    cost('JSON.parse', results.validation.map((entry) => ({ scale: entry.scale, samples: entry.parseMs }))),
    ...[...validators].map(([name, entries]) => cost(name, entries)),
    cost('Snapshot export', results.export.map((entry) => ({ scale: entry.scale, samples: entry.totalMs }))),
    cost('Data package build', results.package.map((entry) => ({ scale: entry.scale, samples: entry.buildMs }))),
    cost('Package import', results.package.map((entry) => ({ scale: entry.scale, samples: entry.importMs }))),
    cost('Site build (against pages)', results.site.filter((entry) => !entry.failedSteps).map((entry) => ({ scale: entry.scale, samples: entry.buildMs, x: entry.pages }))),
    cost('`astro build` (against pages)', results.site.filter((entry) => entry.astroMs).map((entry) => ({ scale: entry.scale, samples: entry.astroMs!, x: entry.pages }))),
    cost('Pagefind (against pages)', results.site.filter((entry) => entry.pagefindMs).map((entry) => ({ scale: entry.scale, samples: entry.pagefindMs!, x: entry.pages }))),
    flat('`astro build` time per page', ms, (entry) => median(entry.astroMs ?? entry.buildMs) / entry.pages),
    ...KINDS.map((kind): Series => ({
      name: `Astro time per ${kind} page`,
      expect: 'flat',
      unit: ms,
      points: results.site.filter((entry) => (entry.kinds?.[kind]?.pages ?? 0) > 0).map((entry) => ({ scale: entry.scale, x: entry.scale, y: entry.kinds![kind].ms / entry.kinds![kind].pages })),
    })),
    ...KINDS.map((kind): Series => ({
      name: `HTML per ${kind} page`,
      expect: 'flat',
      unit: bytes,
      points: results.site.filter((entry) => (entry.kinds?.[kind]?.pages ?? 0) > 0).map((entry) => ({ scale: entry.scale, x: entry.scale, y: entry.kinds![kind].bytes / entry.kinds![kind].pages })),
    })),
    flat('Heaviest page, HTML+CSS gzip', bytes, (entry) => entry.htmlCssGzip.max),
    flat('Median page, HTML+CSS gzip', bytes, (entry) => entry.htmlCssGzip.median),
    flat('Heaviest page, JS gzip', bytes, (entry) => entry.jsGzip.max),
  ].filter((item) => item.points.length >= 2);
}

function growthSection(results: Results): string {
  const rows: string[][] = [];
  const findings: string[] = [];
  for (const item of series(results)) {
    for (let index = 1; index < item.points.length; index++) {
      const from = item.points[index - 1];
      const to = item.points[index];
      if (from.y <= 0 || to.y <= 0) continue;
      // Rounded as displayed, so that a flag never reads "1.15 > 1.15".
      const exponent = Math.round(growthExponent(from.x, from.y, to.x, to.y) * 100) / 100;
      const limit = item.expect === 'linear' ? SUPERLINEAR_EXPONENT : FLAT_EXPONENT;
      const flagged = exponent > limit;
      rows.push([item.name, `×${from.scale} → ×${to.scale}`, `${item.unit(from.y)} → ${item.unit(to.y)}`, exponent.toFixed(2), flagged ? `**> ${limit}**` : `≤ ${limit}`]);
      if (flagged) {
        const against = item.expect === 'linear' ? `${(to.x / from.x).toFixed(1)}× the ${item.name.includes('pages') ? 'pages' : 'bytes of data'}` : `${to.scale / from.scale}× the data`;
        findings.push(
          `- **${item.name}** ${item.expect === 'linear' ? 'grows faster than linear' : 'is not flat'} from ×${from.scale} to ×${to.scale}: ` +
            `${item.unit(from.y)} → ${item.unit(to.y)} for ${against} (exponent ${exponent.toFixed(2)}, limit ${limit}).`,
        );
      }
    }
  }
  return [
    '## Growth: where cost grows faster than the data',
    '',
    'Exponent k between consecutive scales: cost ∝ size^k, the size being the bytes of data (the site build: its pages). ' +
      'k ≈ 1 is linear; k < 1 means fixed costs (start-up, schema compilation) still dominate. Per-page figures should ' +
      `stay flat: they are compared with the scale. Flagged: k > ${SUPERLINEAR_EXPONENT} for costs, k > ${FLAT_EXPONENT} per page.`,
    '',
    findings.length === 0
      ? `Nothing is flagged: no cost grows faster than the data, and per-page figures stay flat.`
      : `${findings.join('\n')}\n\nWhy: see "Why the numbers look the way they do" below.`,
    '',
    table(['Series', 'Scales', 'Median', 'k', 'Flag'], rows),
  ].join('\n');
}

function notMeasuredSection(results: Results): string {
  if (results.notMeasured.length === 0) return '';
  return ['## Not measured', '', ...results.notMeasured.map((item) => `- ${item.what}: ${item.why}`)].join('\n');
}

export function renderReport(results: Results, notes: string): string {
  const sections = [
    '# Benchmarks',
    '',
    '<!-- Generated by `pnpm bench` (bench/run.ts, bench/report.ts): do not edit. Explanations live in bench/notes.md. -->',
    '',
    machineSection(results),
    dataSection(results),
    results.validation.length > 0 ? validationSection(results) : '',
    results.validators.length > 0 ? validatorsSection(results) : '',
    results.export.length > 0 ? exportSection(results) : '',
    results.package.length > 0 ? packageSection(results) : '',
    results.site.length > 0 ? siteSection(results) : '',
    results.lighthouse.length > 0 ? lighthouseSection(results) : '',
    growthSection(results),
    notMeasuredSection(results),
    notes.trim(),
  ];
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

/** Writes BENCHMARKS.md through a temporary file: never half written. */
export function writeReport(results: Results, path: string): void {
  const notes = existsSync(notesPath) ? readFileSync(notesPath, 'utf8') : '';
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, renderReport(results, notes));
  renameSync(temporary, path);
}

// `node bench/report.ts`: re-renders BENCHMARKS.md from the last bench/.out/results.json (e.g. after editing notes.md).
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const results = JSON.parse(readFileSync(join(benchOutDir, 'results.json'), 'utf8')) as Results;
  writeReport(results, join(root, 'BENCHMARKS.md'));
}
