import type { Machine } from './machine.ts';

/** Raw samples in milliseconds (or bytes): the report derives medians, spreads and growth from them. */
export type Samples = number[];

export interface DataEntry {
  scale: number;
  records: number;
  jsonlBytes: number;
  perDataset: Record<string, number>;
}

export interface ValidationEntry {
  scale: number;
  records: number;
  bytes: number;
  validateMs: Samples;
  parseMs: Samples;
}

export interface ValidatorEntry {
  name: string;
  /** Where it comes from, e.g. "shipped in @acces-soins/data (precompiled)". */
  kind: 'shipped' | 'alternative';
  prepareMs: Samples;
  validateMs: Samples;
  /** Accepts every real record and rejects the corrupted ones. */
  agrees: boolean;
}

export interface ValidatorsEntry {
  scale: number;
  records: number;
  bytes: number;
  parseMs: Samples;
  validators: ValidatorEntry[];
}

export interface ExportEntry {
  scale: number;
  totalMs: Samples;
  /** Bytes written, by format (json, csv, zip, other). */
  bytes: Record<string, number>;
  files: number;
}

export interface PackageEntry {
  scale: number;
  buildMs: Samples;
  /** Fresh process importing the package: time of the import itself. */
  importMs: Samples;
  /** Heap and resident memory added by the import, in bytes. */
  heapBytes: Samples;
  rssBytes: Samples;
  bundle?: { dataset: string; bundleBytes: number; jsonBytes: number };
  /** The same bytes as the package's JSON, in other probes (measure/package.ts): the floor and the alternatives. */
  jsonBytes?: number;
  parseMs?: Samples;
  parseHeapBytes?: Samples;
  jsonModulesMs?: Samples;
  stringLiteralsMs?: Samples;
  stringLiteralsHeapBytes?: Samples;
  /** Minified bytes of each export bundled alone, per bundler, against its budget (×1 only). */
  exportBundles?: { entry: string; budget: number; sizes: Record<string, number> }[];
}

/** Median and heaviest page for one kind of bytes. */
export interface WeightSummary {
  median: number;
  max: number;
  maxPage: string;
}

/** One step of the site's `build` script (copy of the snapshots, `astro build`, Pagefind). */
export interface BuildStep {
  name: string;
  ms: number;
  /** Peak resident memory of the step's process tree (Linux only). */
  peakRssBytes?: number;
}

/** Astro's own per-page generation times, summed by kind of page (bench/lib/floor.ts). */
export interface KindCost {
  pages: number;
  ms: number;
  /** HTML bytes of those pages. */
  bytes: number;
}

export interface SiteEntry {
  scale: number;
  /** The whole `build` script: the sum of its steps. */
  buildMs: Samples;
  /** Untimed builds before the timed ones (0 where a second multi-minute build does not fit the time budget). */
  warmups: number;
  pages: number;
  htmlCssGzip: WeightSummary;
  /** HTML+CSS of the pages that do not draw the full map (budget 14 KB) and of those that do (30 KB). */
  htmlCssGzipText?: WeightSummary;
  htmlCssGzipMap?: WeightSummary;
  jsGzip: WeightSummary;
  /** Steps of the build script that did not finish (killed by the memory watchdog…): `buildMs` then lacks them. */
  failedSteps?: string[];
  /** `astro build` alone, and its peak memory. */
  astroMs?: Samples;
  astroPeakRssBytes?: number;
  pagefindMs?: Samples;
  pagefindPeakRssBytes?: number;
  /** HTML bytes of every page. */
  htmlBytes?: number;
  kinds?: Record<string, KindCost>;
  /** The minimal Astro build of the same pages and other route files (bench/lib/floor.ts). */
  floorMs?: Samples;
  /** How many files other than pages the site's routes wrote (and the floor with them). */
  floorFiles?: number;
  /** The minimal Astro build of the same pages only. */
  floorPagesOnlyMs?: Samples;
  floorKinds?: Record<string, KindCost>;
}

export interface LighthouseEntry {
  page: string;
  url: string;
  scores: Record<string, number | null>;
}

export interface NotMeasured {
  what: string;
  why: string;
}

export interface Results {
  date: string;
  quick: boolean;
  command: string;
  machine: Machine;
  durationMs: number;
  data: DataEntry[];
  validation: ValidationEntry[];
  validators: ValidatorsEntry[];
  export: ExportEntry[];
  package: PackageEntry[];
  site: SiteEntry[];
  lighthouse: LighthouseEntry[];
  notMeasured: NotMeasured[];
  /** Sections measured again later by `pnpm bench --only package` (the rest is from the run above): when and how busy. */
  remeasured?: { sections: string[]; command: string; date: string; durationMs: number; loadAtStart: number }[];
}
