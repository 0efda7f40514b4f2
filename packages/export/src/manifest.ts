import type { Bilingual } from './schema-node.ts';

/** What a file is, for the site's data page. */
export type FileKind = 'csv' | 'parquet' | 'sqlite' | 'xlsx' | 'json' | 'datapackage' | 'changes' | 'citation' | 'readme' | 'zip' | 'checksums';

export interface SnapshotFile {
  path: string;
  bytes: Uint8Array;
  kind: FileKind;
  mediatype: string;
  title: Bilingual;
}

export interface ManifestInput {
  name: string;
  version: string;
  date: string;
  zip: string;
  files: (SnapshotFile & { sha256: string })[];
}

/** manifest.json: the files given (every other file of the snapshot, see snapshot.ts) with size and sha256, for the site's data page. */
export function manifest(input: ManifestInput): unknown {
  return {
    name: input.name,
    version: input.version,
    date: input.date,
    zip: input.zip,
    files: input.files.map(({ path, kind, mediatype, title, bytes, sha256 }) => ({ path, kind, mediatype, title, bytes: bytes.byteLength, sha256 })),
  };
}
