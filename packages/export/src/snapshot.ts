import { codebookDocument, DATASETS, loadSchemas, loadValidData, type DatasetName, type Located, type ThemeRecord } from '@acces-soins/validate';
import { CHANGES_HEADER, CHANGES_SCHEMA, changeRows } from './changes.ts';
import { citationBib, citationCff, citationCsl, citationInfo, citationText, zenodoJson } from './citation.ts';
import { csv, RFC_4180 } from './csv.ts';
import { DIALECT, dataPackage } from './datapackage.ts';
import { sha256, sha256sums } from './checksums.ts';
import { tableLayout } from './layout.ts';
import { manifest, type SnapshotFile } from './manifest.ts';
import { dataDate, projectRelease, type Metadata } from './metadata.ts';
import { PROFILES } from './profiles.ts';
import { publishedRecords } from './publish.ts';
import { readme, workbookReadme } from './readme.ts';
import { tableRows } from './tables.ts';
import { parquetFiles, sqliteFile, type TypedTable } from './typed.ts';
import { writeAtomically } from './write.ts';
import { workbook } from './xlsx.ts';
import { zip } from './zip.ts';

export interface SnapshotOptions {
  /** data/ folder to export (default: the repository's). */
  dataDir?: string;
  /** schemas/ folder (default: the repository's). */
  schemasDir?: string;
  /** release-baseline.json whose history CHANGES.csv lists (default: packages/data's). */
  baselineFile?: string;
}

const encode = (text: string) => new TextEncoder().encode(text);
const json = (value: unknown) => encode(`${JSON.stringify(value, null, 2)}\n`);

/**
 * Every file of the snapshot, in memory: JSON of each dataset; CSV, Parquet, SQLite and .xlsx of every table, all from
 * one Table Schema (datapackage.json); CHANGES.csv; citations; README; SHA256SUMS and manifest.json; the zip of all
 * that. Throws InvalidDataError (every issue, file, line, record and field) before anything is produced when the data
 * is not valid.
 */
export async function buildSnapshot(options: SnapshotOptions = {}): Promise<SnapshotFile[]> {
  const data = loadValidData(options);
  const metadata = data.metadata as Metadata;
  const { name, version, repository } = projectRelease();
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
    files.push(file);
    return { table, rows, file: { ...file, sha256: sha256(file.bytes) } };
  });
  const changesCsv = csv(CHANGES_HEADER, changeRows({ ...options, version }), RFC_4180);
  const changesFile: SnapshotFile = { path: 'CHANGES.csv', bytes: changesCsv, kind: 'changes', mediatype: 'text/csv', title: { fr: 'Changements par version', en: 'Changes by version' } };
  files.push(changesFile);
  const extra = [
    {
      $schema: PROFILES.resource,
      name: 'changes',
      type: 'table',
      path: changesFile.path,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: changesCsv.byteLength,
      hash: `sha256:${sha256(changesCsv)}`,
      dialect: DIALECT,
      title: changesFile.title.fr,
      'x-title-en': changesFile.title.en,
      description: 'Chaque enregistrement ajouté, modifié ou retiré par chaque version, avec les champs concernés.',
      'x-description-en': 'Every record each version added, changed or removed, with the fields concerned.',
      schema: { $schema: PROFILES.tableSchema, ...CHANGES_SCHEMA },
    },
  ];
  const descriptor = dataPackage({ name, version, metadata, sources: records.sources, tables: packaged, extra });
  files.push({ path: 'datapackage.json', bytes: json(descriptor), kind: 'datapackage', mediatype: 'application/json', title: { fr: 'Description Data Package 2.0', en: 'Data Package 2.0 descriptor' } });

  // The typed formats read their columns from the very Table Schemas just written.
  const resources = (descriptor.resources as { name: string; schema: Record<string, unknown> }[]).filter((resource) => resource.name !== 'changes');
  const typed: TypedTable[] = packaged.map(({ table, rows, file }, index) => {
    const schema = resources[index]!.schema as Pick<TypedTable, 'fields' | 'primaryKey'> & { foreignKeys?: TypedTable['foreignKeys'] };
    return { name: table.name, title: table.title, fields: schema.fields, primaryKey: schema.primaryKey, foreignKeys: schema.foreignKeys ?? [], rows, csv: file.bytes };
  });
  const citation = citationInfo(metadata, name, version, repository);
  const rowCounts = new Map(tables.map(({ table, rows }) => [table, rows.length]));
  const parquet = await parquetFiles(typed);
  for (const table of typed) {
    files.push({ path: `parquet/${table.name}.parquet`, bytes: parquet.get(table.name)!, kind: 'parquet', mediatype: 'application/vnd.apache.parquet', title: table.title });
  }
  files.push({ path: `${name}.sqlite`, bytes: await sqliteFile(typed), kind: 'sqlite', mediatype: 'application/vnd.sqlite3', title: { fr: 'Base SQLite : toutes les tables, clés et vues', en: 'SQLite database: every table, keys and views' } });
  const sheetReadme = workbookReadme({ version, date, metadata, layout, rowCounts, citation });
  files.push({
    path: `${name}.xlsx`,
    bytes: await workbook(typed, sheetReadme, date),
    kind: 'xlsx',
    mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    title: { fr: 'Classeur Excel / LibreOffice : une feuille par table', en: 'Excel / LibreOffice workbook: one sheet per table' },
  });

  files.push(
    { path: 'CITATION.cff', bytes: encode(citationCff(citation)), kind: 'citation', mediatype: 'application/yaml', title: { fr: 'Citation (CFF)', en: 'Citation (CFF)' } },
    { path: 'citation.bib', bytes: encode(citationBib(citation)), kind: 'citation', mediatype: 'application/x-bibtex', title: { fr: 'Citation (BibTeX)', en: 'Citation (BibTeX)' } },
    { path: 'citation.json', bytes: json(citationCsl(citation)), kind: 'citation', mediatype: 'application/vnd.citationstyles.csl+json', title: { fr: 'Citation (CSL-JSON)', en: 'Citation (CSL-JSON)' } },
    {
      path: 'zenodo.json',
      bytes: json(zenodoJson(citation, `<p>${metadata.description.fr}</p><p>${metadata.description.en}</p>`)),
      kind: 'citation',
      mediatype: 'application/json',
      title: { fr: 'Métadonnées pour un dépôt Zenodo (DOI)', en: 'Metadata for a Zenodo deposit (DOI)' },
    },
  );

  const folder = `${name}-data-${version}`;
  const zipName = `${folder}.zip`;
  const text = readme({ version, date, metadata, zipName, layout, rowCounts, sources: records.sources, citation, name });
  files.push({ path: 'README.md', bytes: encode(text), kind: 'readme', mediatype: 'text/markdown', title: { fr: 'Mode d’emploi', en: 'Read me' } });
  // Scope statement and coding rules, generated from metadata.json and the schemas (issue 10).
  const themes = records.themes.map((located) => located.record as unknown as ThemeRecord);
  const codebookText = codebookDocument({ schemas, themes, scope: metadata.scope });
  files.push({ path: 'CODEBOOK.md', bytes: encode(codebookText), kind: 'readme', mediatype: 'text/markdown', title: { fr: 'Livre de codes et périmètre', en: 'Codebook and scope' } });

  // A file cannot hold its own digest, nor the digest of a file that holds its digest: SHA256SUMS lists every file of
  // the archive but itself and manifest.json; manifest.json lists every file of the archive but itself, SHA256SUMS
  // included; the manifest.json beside the zip is that list plus the zip (which holds the other one).
  files.push({ path: 'SHA256SUMS', bytes: encode(sha256sums(files)), kind: 'checksums', mediatype: 'text/plain', title: { fr: 'Empreintes SHA-256', en: 'SHA-256 digests' } });
  const manifestTitle = { fr: 'Liste des fichiers', en: 'File list' };
  const listed = () => files.map((file) => ({ ...file, sha256: sha256(file.bytes) }));
  const inner: SnapshotFile = { path: 'manifest.json', bytes: json(manifest({ name, version, date, zip: zipName, files: listed() })), kind: 'checksums', mediatype: 'application/json', title: manifestTitle };
  const archive: SnapshotFile = { path: zipName, bytes: zip([...files, inner], folder, date), kind: 'zip', mediatype: 'application/zip', title: { fr: 'Archive complète', en: 'Complete archive' } };
  files.push(archive);
  files.push({ ...inner, bytes: json(manifest({ name, version, date, zip: zipName, files: listed() })) });
  return files;
}

export interface ExportOptions extends SnapshotOptions {
  /** Folder to (re)place with the snapshot. */
  outDir: string;
}

/** Builds the snapshot and swaps it into `outDir`; on invalid data, throws and writes nothing. */
export async function exportSnapshot(options: ExportOptions): Promise<SnapshotFile[]> {
  const files = await buildSnapshot(options);
  writeAtomically(options.outDir, files);
  return files;
}
