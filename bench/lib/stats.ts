/** Median and spread of repeated measurements: the median is reported, min–max shows how much runs disagree. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('no samples to summarise');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/**
 * Growth exponent between two scales: cost ∝ scale^k. k ≈ 1 is linear, k < 1 means fixed costs still dominate,
 * k > 1 means the cost per record grows with the data.
 */
export function growthExponent(fromScale: number, fromCost: number, toScale: number, toCost: number): number {
  return Math.log(toCost / fromCost) / Math.log(toScale / fromScale);
}

/** Above this exponent, growth is called faster than linear (15 % of slack absorbs noise on a shared machine). */
export const SUPERLINEAR_EXPONENT = 1.15;
