import { licenceName } from './licences.ts';
import { dataDate, type Metadata } from './metadata.ts';

/** What a citation of the snapshot says, whatever the format. */
export interface CitationInfo {
  key: string;
  title: string;
  abstract: string;
  authors: string[];
  version: string;
  /** YYYY-MM-DD: the data's date. */
  date: string;
  keywords: string[];
  licence: string;
  /** Address of the project's repository, from the one setting ACCES_SOINS_REPOSITORY_URL (absent until it is set). */
  repository?: string;
}

/** Who a citation names: the contributors with the role "creator", or every contributor when none has it. */
export function citationAuthors(contributors: Metadata['contributors']): string[] {
  const creators = contributors.filter((contributor) => contributor.roles.includes('creator'));
  return (creators.length > 0 ? creators : contributors).map((contributor) => contributor.title);
}

/**
 * The one citation of the data, whatever cites it (the snapshot's CITATION.cff, citation.bib and citation.json, and
 * the npm package's `metadata.citation`): same authors, title, version and date everywhere.
 */
export function citationInfo(metadata: Metadata, name: string, version: string, repository?: string): CitationInfo {
  return {
    ...(repository !== undefined && { repository }),
    key: `${name}-data-${version}`.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-|-$/g, ''),
    title: metadata.title.fr,
    abstract: `${metadata.description.fr}\n\n${metadata.description.en}`,
    authors: citationAuthors(metadata.contributors),
    version,
    date: dataDate(metadata),
    keywords: [...new Set(metadata.keywords)],
    licence: metadata.licences.data,
  };
}

// YAML double-quoted scalars accept every JSON string escape, so JSON.stringify gives a valid YAML string.
const yamlString = (text: string) => JSON.stringify(text);

/** CITATION.cff (Citation File Format 1.2.0). */
export function citationCff(info: CitationInfo): string {
  const lines = [
    'cff-version: 1.2.0',
    `message: ${yamlString('Si vous utilisez ces données, citez-les avec ces métadonnées. If you use this data, please cite it using these metadata.')}`,
    'type: dataset',
    `title: ${yamlString(info.title)}`,
    `abstract: ${yamlString(info.abstract)}`,
    'authors:',
    ...info.authors.map((author) => `  - name: ${yamlString(author)}`),
    `version: ${yamlString(info.version)}`,
    `date-released: ${yamlString(info.date)}`,
    `license: ${yamlString(info.licence)}`,
    ...(info.repository !== undefined ? [`repository-code: ${yamlString(info.repository)}`] : []),
    ...(info.keywords.length > 0 ? ['keywords:', ...info.keywords.map((keyword) => `  - ${yamlString(keyword)}`)] : []),
  ];
  return `${lines.join('\n')}\n`;
}

/** BibTeX special characters, escaped; accented letters stay UTF-8 (biber and bibtex8 read it). */
const bibtexText = (text: string) => text.replace(/[\\{}&%$#_^~]/g, (character) => (character === '\\' ? '\\textbackslash{}' : character === '^' || character === '~' ? `\\${character}{}` : `\\${character}`));

/** citation.bib: one @misc entry (BibTeX has no dataset type; biblatex users get `version` and `date`). */
export function citationBib(info: CitationInfo): string {
  const fields: [string, string][] = [
    // Double braces keep the title's capitals.
    ['title', `{${bibtexText(info.title)}}`],
    ['author', info.authors.map((author) => `{${bibtexText(author)}}`).join(' and ')],
    ['year', info.date.slice(0, 4)],
    ['date', info.date],
    ['version', bibtexText(info.version)],
    ['howpublished', 'Jeu de données / Dataset'],
    ['note', bibtexText(`Version ${info.version}, données vérifiées le ${info.date} / data verified on ${info.date}. Licence : ${licenceName(info.licence)} (${info.licence})`)],
    ['language', 'french'],
    ...(info.repository !== undefined ? [['url', info.repository] as [string, string]] : []),
    ...(info.keywords.length > 0 ? [['keywords', bibtexText(info.keywords.join(', '))] as [string, string]] : []),
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${info.key},\n${body}\n}\n`;
}

/** citation.json (CSL-JSON): a list holding one item. */
export function citationCsl(info: CitationInfo): unknown[] {
  const [year, month, day] = info.date.split('-').map(Number);
  return [
    {
      id: info.key,
      type: 'dataset',
      title: info.title,
      abstract: info.abstract,
      author: info.authors.map((literal) => ({ literal })),
      issued: { 'date-parts': [[year, month, day]] },
      version: info.version,
      language: 'fr',
      ...(info.keywords.length > 0 && { keyword: info.keywords.join(', ') }),
      note: `Version ${info.version}, données vérifiées le ${info.date} / data verified on ${info.date}. Licence : ${licenceName(info.licence)} (${info.licence})`,
      ...(info.repository !== undefined && { URL: info.repository }),
    },
  ];
}

/** The text citation of the README and the workbook: authors, year, title, version and date, licence, address. */
export function citationText(info: CitationInfo): string {
  const address = info.repository === undefined ? '' : ` ${info.repository}`;
  return `${info.authors.join(', ')} (${info.date.slice(0, 4)}). ${info.title} (version ${info.version}, ${info.date}) [dataset]. ${licenceName(info.licence)}.${address}`;
}

/**
 * zenodo.json, in Zenodo's `.zenodo.json` format: the metadata of a deposit that gets the snapshot a DOI (upload type
 * dataset, version, publication date = the data's date, creators, keywords, licence by its SPDX id, the repository as a
 * related identifier). Not a dotfile in the snapshot, where a hidden file would be missed; Zenodo's GitHub integration
 * reads it as `.zenodo.json` at the repository root.
 */
export function zenodoJson(info: CitationInfo, description: string): Record<string, unknown> {
  return {
    upload_type: 'dataset',
    title: `${info.title} (version ${info.version}, ${info.date})`,
    description,
    version: info.version,
    publication_date: info.date,
    creators: info.authors.map((name) => ({ name })),
    keywords: info.keywords,
    license: { id: info.licence.toLowerCase() },
    access_right: 'open',
    language: 'fra',
    ...(info.repository !== undefined && { related_identifiers: [{ identifier: info.repository, relation: 'isSupplementTo', resource_type: 'software' }] }),
  };
}
