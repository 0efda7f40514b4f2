/**
 * The data's date: the latest day any dataset was verified against its sources (data/metadata.json). The one
 * definition used by every step (the package's metadata, the snapshots' citations and descriptors, the site): builds
 * take "today" from the data, never from the clock.
 */
export function dataDate(metadata: { datasets: Record<string, { verified: string }> }): string {
  const days = Object.values(metadata.datasets).map((dataset) => dataset.verified);
  if (days.length === 0) throw new Error('metadata.json: no dataset has a "verified" day');
  return days.sort().at(-1)!;
}
