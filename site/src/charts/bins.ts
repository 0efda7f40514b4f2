// Classes of a sequential colour scale for small counts: one class per value while there are at
// most five values, otherwise five equal integer ranges. Classes map to CSS colours seq-1…seq-5
// (seq-0 = none), spread so that few classes still span light to dark.

export interface CountBin {
  from: number;
  to: number;
  /** CSS class index 1–5. */
  shade: number;
}

const SHADES: Record<number, number[]> = { 1: [4], 2: [2, 5], 3: [1, 3, 5], 4: [1, 2, 4, 5], 5: [1, 2, 3, 4, 5] };

export function countBins(max: number): CountBin[] {
  if (max < 1) return [];
  const width = Math.ceil(max / 5);
  const count = Math.ceil(max / width);
  return SHADES[count].map((shade, i) => ({ from: i * width + 1, to: Math.min((i + 1) * width, max), shade }));
}

export function shadeOf(value: number, bins: readonly CountBin[]): number {
  if (value < 1) return 0;
  const bin = bins.find((b) => value >= b.from && value <= b.to);
  if (!bin) throw new Error(`count ${value} is outside the colour scale`);
  return bin.shade;
}
