import { codebookDocument, DATASETS, loadSchemas, loadValidData, type DatasetName, type Located, type ThemeRecord } from '@acces-soins/validate';
import { citationBib, citationCff, citationCsl, citationInfo } from './citation.ts';
import { csv, FRENCH_SPREADSHEET, RFC_4180 } from './csv.ts';
import { dataPackage } from './datapackage.ts';
import { sha256, sha256sums } from './checksums.ts';
import { tableLayout } from './layout.ts';
import { manifest, type SnapshotFile } from './manifest.ts';
import { dataDate, projectRelease, type Metadata } from './metadata.ts';
import { publishedRecords } from './publish.ts';
import { readme } from './readme.ts';
import { tableRows } from './tables.ts';
import { writeAtomically } from './write.ts';
import { zip } from './zip.ts';

export interface SnapshotOptions {
  /** data/ folder to export (default: the repository's). */
  dataDir?: string;
  /** schemas/ folder (default: the repository's). */
  schemasDir?: string;
}

const encode = (text: string) => new TextEncoder().encode(text);
const json = (value: unknown) => encode(`${JSON.stringify(value, null, 2)}\n`);

/**
 * Every file of the snapshot, in memory: JSON and CSV of each dataset, the list and citation tables, spreadsheet copies,
 * datapackage.json, citations, README, then the zip of all that, SHA256SUMS and manifest.json. Throws InvalidDataError
 * (every issue, file, line, record and field) before anything is produced when the data is not valid.
 */
export function buildSnapshot(options: SnapshotOptions = {}): SnapshotFile[] {
  const data = loadValidData(options);
  const metadata = data.metadata as Metadata;
  const { name, version } = projectRelease();
  const date = dataDate(metadata);
  const schemas = loadSchemas(options.schemasDir);
  const layout = tableLayout(schemas, metadata.datasets);
  const records = Object.fromEntries(DATASETS.map((dataset) => [dataset, publishedRecords(dataset, data.records[dataset])])) as Record<DatasetName, Located[]>;
  const tables = tableRows(layout, records);

  const files: SnapshotFile[] = [];
  for (const dataset of DATASETS) {
    const title = metadata.datasets[dataset].title;
    const bytes = json(records[dataset].map((located) => located.record));
    files.push({ path: `${dataset}.json`, bytes, kind: 'json', mediatype: 'application/json', title });
  }
  const packaged = tables.map(({ table, rows }) => {
    const header = table.columns.map((column) => column.name);
    const file: SnapshotFile = { path: `${table.name}.csv`, bytes: csv(header, rows, RFC_4180), kind: 'csv', mediatype: 'text/csv', title: table.title };
    files.push(file, { ...file, path: `excel/${table.name}.csv`, bytes: csv(header, rows, FRENCH_SPREADSHEET), kind: 'excel' });
    return { table, file: { ...file, sha256: sha256(file.bytes) } };
  });
  const descriptor = dataPackage({ name, version, metadata, sources: records.sources, tables: packaged });
  files.push({ path: 'datapackage.json', bytes: json(descriptor), kind: 'datapackage', mediatype: 'application/json', title: { fr: 'Description Data Package 2.0', en: 'Data Package 2.0 descriptor' } });

  const citation = citationInfo(metadata, name, version);
  files.push(
    { path: 'CITATION.cff', bytes: encode(citationCff(citation)), kind: 'citation', mediatype: 'application/yaml', title: { fr: 'Citation (CFF)', en: 'Citation (CFF)' } },
    { path: 'citation.bib', bytes: encode(citationBib(citation)), kind: 'citation', mediatype: 'application/x-bibtex', title: { fr: 'Citation (BibTeX)', en: 'Citation (BibTeX)' } },
    { path: 'citation.json', bytes: json(citationCsl(citation)), kind: 'citation', mediatype: 'application/vnd.citationstyles.csl+json', title: { fr: 'Citation (CSL-JSON)', en: 'Citation (CSL-JSON)' } },
  );

  const folder = `${name}-data-${version}`;
  const zipName = `${folder}.zip`;
  const rowCounts = new Map(tables.map(({ table, rows }) => [table, rows.length]));
  const text = readme({ version, date, metadata, zipName, layout, rowCounts, sources: records.sources, citation });
  files.push({ path: 'README.md', bytes: encode(text), kind: 'readme', mediatype: 'text/markdown', title: { fr: 'Mode d’emploi', en: 'Read me' } });
  // Scope statement and coding rules, generated from metadata.json and the schemas (issue 10).
  const themes = records.themes.map((located) => located.record as unknown as ThemeRecord);
  const codebookText = codebookDocument({ schemas, themes, scope: metadata.scope });
  files.push({ path: 'CODEBOOK.md', bytes: encode(codebookText), kind: 'readme', mediatype: 'text/markdown', title: { fr: 'Livre de codes et périmètre', en: 'Codebook and scope' } });

  files.push({ path: zipName, bytes: zip(files, folder, date), kind: 'zip', mediatype: 'application/zip', title: { fr: 'Archive complète', en: 'Complete archive' } });
  files.push({ path: 'SHA256SUMS', bytes: encode(sha256sums(files)), kind: 'checksums', mediatype: 'text/plain', title: { fr: 'Empreintes SHA-256', en: 'SHA-256 digests' } });
  const listed = files.map((file) => ({ ...file, sha256: sha256(file.bytes) }));
  files.push({ path: 'manifest.json', bytes: json(manifest({ name, version, date, zip: zipName, files: listed })), kind: 'checksums', mediatype: 'application/json', title: { fr: 'Liste des fichiers', en: 'File list' } });
  return files;
}

export interface ExportOptions extends SnapshotOptions {
  /** Folder to (re)place with the snapshot. */
  outDir: string;
}

/** Builds the snapshot and swaps it into `outDir`; on invalid data, throws and writes nothing. */
export function exportSnapshot(options: ExportOptions): SnapshotFile[] {
  const files = buildSnapshot(options);
  writeAtomically(options.outDir, files);
  return files;
}
