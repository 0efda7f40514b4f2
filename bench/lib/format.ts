import { summarise } from './stats.ts';

/** Milliseconds, with a unit and precision a reader can compare at a glance. */
export function ms(value: number): string {
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

/** Decimal units (1 kB = 1000 B), as file sizes are usually shown. */
export function bytes(value: number): string {
  if (value >= 1e9) return `${(value / 1e9).toFixed(2)} GB`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(value >= 1e8 ? 0 : 1)} MB`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(value >= 1e5 ? 0 : 1)} kB`;
  return `${value} B`;
}

export function count(value: number): string {
  return Math.round(value).toLocaleString('en-GB').replaceAll(',', ' ');
}

export const ratio = (value: number) => `${value.toFixed(value >= 10 ? 0 : 2)}×`;

/** "median (min–max)" of timing samples. */
export function spread(samples: number[], unit: (value: number) => string = ms): string {
  const { median, min, max, runs } = summarise(samples);
  return runs === 1 ? unit(median) : `${unit(median)} (${unit(min)}–${unit(max)})`;
}

export const median = (samples: number[]) => summarise(samples).median;

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
