import { repositoryUrl } from '@acces-soins/validate/repository';

/**
 * Build-time settings read from the environment, in one place.
 * Nothing here is invented: without a setting, the site says so instead of guessing.
 */

/**
 * The public address of the site, SITE_URL: an origin, optionally with a sub-path where the site lives
 * (`https://example.org/acces-soins/`). Canonical URLs, hreflang, Open Graph, the sitemap, robots.txt, the feeds and
 * JSON-LD all derive from it, and every link on the site starts with its path (Astro's `base`, see astro.config.ts).
 */
const PUBLIC_URL = (() => {
  const value = process.env.SITE_URL?.trim() || 'http://localhost:4321/';
  try {
    return new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not an absolute address: give the site's public address, e.g. https://example.org/acces-soins/`);
  }
})();

/** Origin of the published site, without path: `SITE_ORIGIN + path` is an absolute URL for any site path. */
export const SITE_ORIGIN = PUBLIC_URL.origin;

/** The path the site lives under, with both slashes: '/' at the root, '/acces-soins/' under a sub-path. */
export const BASE_PATH = PUBLIC_URL.pathname.replace(/\/*$/, '/');

/** A file of the site (`favicon.svg`, `pagefind/pagefind.js`) as a path under BASE_PATH. */
export const sitePath = (file: string) => BASE_PATH + file.replace(/^\/+/, '');

/** The project's source repository: the one setting shared with the snapshots and the package (see repositoryUrl). */
export const REPOSITORY_URL: string | undefined = repositoryUrl();

/**
 * Where readers report an error in the data: ACCES_SOINS_REPORT_URL when set, else the repository's own error
 * form (.github/ISSUE_TEMPLATE/data-error.yml, which asks for the page, what is wrong and the source's passage).
 * With neither, pages say "via the project's issue tracker" without a link rather than inventing an address.
 */
export const REPORT_URL: string | undefined =
  process.env.ACCES_SOINS_REPORT_URL?.trim() || (REPOSITORY_URL ? `${REPOSITORY_URL}/issues/new?template=data-error.yml` : undefined);

/**
 * Who publishes the site, for the legal notice (mentions légales). Each is empty unless set at build: the page then
 * says the information has not been provided rather than inventing it.
 */
export const PUBLISHER = {
  name: process.env.ACCES_SOINS_PUBLISHER?.trim() || undefined,
  contact: process.env.ACCES_SOINS_CONTACT?.trim() || undefined,
  director: process.env.ACCES_SOINS_PUBLICATION_DIRECTOR?.trim() || undefined,
  host: process.env.ACCES_SOINS_HOST?.trim() || undefined,
};
