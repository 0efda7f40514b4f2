import { performance } from 'node:perf_hooks';

export interface RepeatOptions {
  /** Untimed runs first, so that the JIT, caches and lazy loading do not count in the timed runs. */
  warmup?: number;
  /** Keep warming up until this much time has passed: the JIT settles after many passes over small data. */
  warmupMs?: number;
  runs?: number;
  /**
   * Shortest duration of one timed run: a task faster than this (e.g. parsing the ×1 data, under a millisecond) is
   * looped within each run and the run reports the time of one pass, so timer resolution and noise do not dominate.
   */
  minSampleMs?: number;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** Milliseconds of each timed run of `task`, after the warm-up runs. */
export function repeat(task: () => unknown, { warmup = 1, warmupMs = 0, runs = 5, minSampleMs = 0 }: RepeatOptions = {}): number[] {
  // The warm-up also measures how many passes make one run last minSampleMs.
  let count = 0;
  const start = performance.now();
  while (count < warmup || performance.now() - start < Math.max(warmupMs, minSampleMs)) {
    task();
    count++;
  }
  const perPass = (performance.now() - start) / count;
  const passes = minSampleMs > 0 ? Math.max(1, Math.ceil(minSampleMs / Math.max(perPass, 0.001))) : 1;
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    // The garbage of earlier runs is collected before timing, not charged to this run (with --expose-gc).
    collectGarbage?.();
    const start = performance.now();
    for (let pass = 0; pass < passes; pass++) task();
    samples.push((performance.now() - start) / passes);
  }
  return samples;
}
