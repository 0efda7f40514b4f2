export { buildSnapshot, exportSnapshot, type ExportOptions, type SnapshotOptions } from './snapshot.ts';
export type { FileKind, SnapshotFile } from './manifest.ts';
export { tableLayout, type Column, type DatasetLabels, type Layout, type Table } from './layout.ts';
export { citationAuthors, citationBib, citationInfo, type CitationInfo } from './citation.ts';
export { projectRelease, type Metadata } from './metadata.ts';
