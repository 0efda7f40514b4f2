export { buildSnapshot, exportSnapshot, type ExportOptions, type SnapshotOptions } from './snapshot.ts';
export type { FileKind, SnapshotFile } from './manifest.ts';
export { tableLayout, type Column, type DatasetLabels, type Layout, type Table } from './layout.ts';
