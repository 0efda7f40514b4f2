import { execFileSync } from 'node:child_process';

/** The one setting for the project's repository web address, read by the site, the snapshots and the npm package. */
export const REPOSITORY_SETTING = 'ACCES_SOINS_REPOSITORY_URL';

/**
 * The clone's own `origin` remote as a web address (https://host/owner/name from an https or git@host:owner/name
 * remote): a real address, never a guessed one. Local paths and other forms give none. Run from the working
 * directory (any folder of the clone): this module is also bundled into the site build, where its own URL moves.
 */
function originRemote(): string | undefined {
  let url: string;
  try {
    url = execFileSync('git', ['config', '--get', 'remote.origin.url'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
  const ssh = /^git@([^:]+):(.+?)(?:\.git)?$/.exec(url);
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
  const https = /^https:\/\/(?:[^@/]+@)?([^/]+\/.+?)(?:\.git)?\/?$/.exec(url);
  return https ? `https://${https[1]}` : undefined;
}

/**
 * The project's repository (e.g. https://github.com/<owner>/acces-soins): ACCES_SOINS_REPOSITORY_URL (the deploy and
 * release workflows set it from the repository they run in), else the clone's `origin` remote; else undefined — the
 * project knows no address of its own, so none is invented. Throws on a setting that is not an https:// address.
 */
export function repositoryUrl(environment: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = environment[REPOSITORY_SETTING]?.trim();
  const address = setting || originRemote();
  if (!address) return undefined;
  const url = new URL(address.replace(/\/+$/, '').replace(/\.git$/, ''));
  if (url.protocol !== 'https:') throw new Error(`${REPOSITORY_SETTING} must be an https:// address, got ${JSON.stringify(address)}`);
  return url.href.replace(/\/+$/, '');
}
