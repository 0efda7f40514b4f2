/**
 * Build-time settings read from the environment, in one place.
 * Nothing here is invented: without a setting, the site says so instead of guessing.
 */

/** Origin of the published site, for canonical URLs, hreflang, the sitemap and the feed (also read by astro.config.ts). */
export const SITE_ORIGIN = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '');

/**
 * Where readers report an error in the data: the project's issue tracker.
 * Set ACCES_SOINS_REPORT_URL at build (e.g. the tracker's "new issue" page); when unset, pages say
 * "via the project's issue tracker" without a link rather than inventing an address.
 */
export const REPORT_URL: string | undefined = process.env.ACCES_SOINS_REPORT_URL?.trim() || undefined;
