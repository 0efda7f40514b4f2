import type { Located } from '@acces-soins/validate';
import { jsonPointer } from './json-pointer.ts';
import type { Table } from './layout.ts';
import { LICENCE_SCOPES, licenceName } from './licences.ts';
import { dataDate, type Metadata } from './metadata.ts';
import { PROFILES } from './profiles.ts';
import type { Bilingual } from './schema-node.ts';
import { tableSchema } from './table-schema.ts';

export interface PackagedFile {
  path: string;
  bytes: Uint8Array;
  sha256: string;
}

export interface PackageInput {
  name: string;
  version: string;
  metadata: Metadata;
  sources: Located[];
  tables: { table: Table; file: PackagedFile }[];
  /** Resources described elsewhere (CHANGES.csv), appended as given. */
  extra?: Record<string, unknown>[];
}

const bilingual = (key: 'title' | 'description', text: Bilingual) => ({ [key]: text.fr, [`x-${key}-en`]: text.en });

/** The sources, by title only: no URL is known for the texts. A reference dataset also gives its version. */
function sources(records: Located[]): Record<string, unknown>[] {
  return records.map(({ record }) => {
    const title = record.title as Bilingual;
    return { ...bilingual('title', title), ...(typeof record.version === 'string' && { version: record.version }) };
  });
}

/** How every CSV is written (csv.ts, RFC 4180), said so that no reader has to guess it. */
export const DIALECT = { $schema: PROFILES.dialect, header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true };

function resource(table: Table, file: PackagedFile, metadata: Metadata): Record<string, unknown> {
  const freshness = table.dataset === undefined ? undefined : metadata.datasets[table.dataset];
  return {
    $schema: PROFILES.resource,
    name: table.name,
    type: 'table',
    path: file.path,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: file.bytes.byteLength,
    hash: `sha256:${file.sha256}`,
    dialect: DIALECT,
    ...bilingual('title', table.title),
    ...bilingual('description', table.description),
    ...(table.parent !== undefined && { 'x-parent': table.parent.name, 'x-json-list': jsonPointer(table.pathInParent) }),
    ...(freshness !== undefined && { 'x-verified': freshness.verified, 'x-review-by': freshness.review_by }),
    schema: tableSchema(table),
  };
}

/**
 * datapackage.json (Data Package 2.0). `created` is left out: the standard wants the moment the package was made, and
 * a build timestamp would make two builds of the same data differ. The data's date is `x-verified` instead.
 */
export function dataPackage(input: PackageInput): Record<string, unknown> {
  const { metadata } = input;
  const licences = (['data', 'code'] as const).map((scope) => ({
    name: metadata.licences[scope],
    title: `${licenceName(metadata.licences[scope])} (${LICENCE_SCOPES[scope].fr} / ${LICENCE_SCOPES[scope].en})`,
  }));
  return {
    $schema: PROFILES.package,
    name: input.name,
    ...bilingual('title', metadata.title),
    ...bilingual('description', metadata.description),
    version: input.version,
    'x-verified': dataDate(metadata),
    ...(metadata.keywords.length > 0 && { keywords: metadata.keywords }),
    licenses: licences,
    ...(metadata.contributors.length > 0 && { contributors: metadata.contributors.map(({ title, roles }) => ({ title, ...(roles.length > 0 && { roles }) })) }),
    sources: sources(input.sources),
    resources: [...input.tables.map(({ table, file }) => resource(table, file, metadata)), ...(input.extra ?? [])],
  };
}
