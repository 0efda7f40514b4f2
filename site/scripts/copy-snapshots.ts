/**
 * Copies the research snapshots (built by @acces-soins/export into ../snapshots) to public/data/, so the site
 * serves them at /data/<file> and the data page lists them from their manifest. Fails, naming the folder,
 * when the snapshots have not been built: a site without its downloads would be incomplete.
 * Copies into a temporary folder first, then renames, so public/data is never half written.
 */
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const siteDir = join(import.meta.dirname, '..');
const from = join(siteDir, '..', 'snapshots');
const to = join(siteDir, 'public', 'data');
const temp = join(siteDir, 'public', '.data-tmp');

if (!existsSync(join(from, 'manifest.json'))) {
  console.error(`site: ${join(from, 'manifest.json')} is missing: build the snapshots first (pnpm --filter @acces-soins/export run build).`);
  process.exit(1);
}
rmSync(temp, { recursive: true, force: true });
cpSync(from, temp, { recursive: true });
rmSync(to, { recursive: true, force: true });
renameSync(temp, to);
console.log(`site: snapshots copied to ${to}`);
