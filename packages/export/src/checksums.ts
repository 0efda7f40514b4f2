import { createHash } from 'node:crypto';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** `sha256sum` format (`<hex>  <path>`), sorted by path, so `sha256sum -c SHA256SUMS` checks every file. */
export function sha256sums(files: readonly { path: string; bytes: Uint8Array }[]): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return sorted.map((file) => `${sha256(file.bytes)}  ${file.path}\n`).join('');
}
