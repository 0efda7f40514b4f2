import { zipSync, type Zippable } from 'fflate';

/**
 * A reproducible zip: entries sorted by path under one folder, every entry dated from the data's date (noon, so no
 * time zone moves it to another day) with the same permissions. fflate reads the date through local-time getters,
 * so it is built from local components: the bytes are the same in every time zone.
 */
export function zip(files: readonly { path: string; bytes: Uint8Array }[], folder: string, date: string): Uint8Array {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day, 12, 0, 0);
  const entries: Zippable = {};
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    entries[`${folder}/${file.path}`] = [file.bytes, { mtime, os: 3, attrs: 0o644 << 16 }];
  }
  return zipSync(entries, { level: 9, mtime });
}
