import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS, type DatasetName } from './datasets.ts';
import type { Issue } from './issue.ts';
import { displayPath } from './paths.ts';
import { breachOf, controlCharacterIn, formatCount, leadingId, LIMITS } from './limits.ts';
import { isObject } from './checks/walk.ts';

export type DataRecord = Record<string, unknown> & { id?: string };

/** A record and where it came from, so that every later check can name file and line. */
export interface Located {
  record: DataRecord;
  file: string;
  line: number;
}

export interface RawData {
  metadata: unknown;
  records: Record<DatasetName, Located[]>;
}

/** JSON.parse's message, where "line 1" would contradict the file line the issue names: the column is enough. */
const parseErrorMessage = (error: unknown) =>
  (error as Error).message.replace(/ in JSON at position \d+ \(line 1 column (\d+)\)$/, ' (column $1)');

const BOM = '\uFEFF';
// ignoreBOM keeps a byte order mark in the text, so that it is reported rather than silently dropped.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A file's bytes, or an issue when it is missing, unreadable or larger than LIMITS.fileBytes. */
function readBytes(path: string, file: string, what: string, issues: Issue[]): Buffer | undefined {
  if (!existsSync(path)) {
    issues.push({ file, pointer: '', message: `missing ${what}` });
    return undefined;
  }
  try {
    const size = statSync(path).size;
    if (size > LIMITS.fileBytes) {
      issues.push({ file, pointer: '', message: `file of ${formatCount(size)} bytes, more than the limit of ${formatCount(LIMITS.fileBytes)}` });
      return undefined;
    }
    return readFileSync(path);
  } catch (error) {
    issues.push({ file, pointer: '', message: `unreadable ${what}: ${(error as Error).message}` });
    return undefined;
  }
}

/** Byte ranges of the lines of a buffer (split on LF), without decoding the whole file at once. */
function* lineRanges(bytes: Buffer): Generator<[number, number]> {
  let start = 0;
  while (start <= bytes.length) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    yield [start, stop];
    start = stop + 1;
  }
}

/**
 * One JSONL file: each line is checked against the input limits (length, UTF-8, control characters, nesting depth,
 * string length) before it is parsed or handed on, so nothing recursive ever sees an oversized value. Never throws.
 */
function readJsonl(bytes: Buffer, file: string, issues: Issue[]): Located[] {
  const located: Located[] = [];
  const crlf: { line: number; id: string | undefined }[] = [];
  let line = 0;
  for (const [start, end] of lineRanges(bytes)) {
    line += 1;
    if (end - start > LIMITS.lineLength * 4) {
      // Too long whatever the encoding (a character is at most 4 bytes): not even decoded.
      const id = leadingId(bytes.subarray(start, start + 300).toString('utf8'));
      issues.push({ file, line, id, pointer: '', message: `line of ${formatCount(end - start)} bytes, more than the limit of ${formatCount(LIMITS.lineLength)} characters (record skipped)` });
      continue;
    }
    let text: string;
    try {
      text = utf8.decode(bytes.subarray(start, end));
    } catch {
      issues.push({ file, line, pointer: '', message: 'not valid UTF-8: save the file as UTF-8' });
      continue;
    }
    if (text.startsWith(BOM)) {
      const where = line === 1 ? 'the file starts' : 'the line starts';
      text = text.slice(1);
      issues.push({ file, line, id: leadingId(text), pointer: '', message: `${where} with a byte order mark (U+FEFF): save the file as UTF-8 without BOM` });
    }
    if (text.endsWith('\r')) {
      text = text.slice(0, -1);
      crlf.push({ line, id: leadingId(text) });
    }
    if (text.trim() === '') continue;
    const id = leadingId(text);
    if (text.length > LIMITS.lineLength) {
      issues.push({ file, line, id, pointer: '', message: `line of ${formatCount(text.length)} characters, more than the limit of ${formatCount(LIMITS.lineLength)} (record skipped)` });
      continue;
    }
    const control = controlCharacterIn(text);
    if (control !== undefined) {
      issues.push({ file, line, id, pointer: '', message: `control character ${control.code} at column ${control.column}: write it escaped (\\u…) or remove it` });
      continue;
    }
    let record: DataRecord;
    try {
      record = JSON.parse(text) as DataRecord;
    } catch (error) {
      issues.push({ file, line, id, pointer: '', message: `malformed JSON: ${parseErrorMessage(error)}` });
      continue;
    }
    const breach = breachOf(record);
    if (breach !== undefined) {
      const parsedId = isObject(record) && typeof record.id === 'string' && record.id.length <= 200 ? record.id : id;
      issues.push({ file, line, id: parsedId, pointer: breach.pointer, message: `${breach.message} (record skipped)` });
      continue;
    }
    located.push({ record, file, line });
  }
  if (crlf.length > 0) {
    const lines = crlf.length === 1 ? 'line' : `${formatCount(crlf.length)} lines, from this one`;
    issues.push({ file, line: crlf[0]!.line, id: crlf[0]!.id, pointer: '', message: `Windows line ending (CR LF) on ${lines}: save the file with LF line endings` });
  }
  return located;
}

/** Reads `data/`: one JSONL file per dataset (one record per line) and metadata.json. Never throws on bad content: it reports. */
export function readData(dataDir: string): { data: RawData; issues: Issue[] } {
  const issues: Issue[] = [];
  const records = {} as Record<DatasetName, Located[]>;
  for (const name of DATASETS) {
    const path = join(dataDir, `${name}.jsonl`);
    const bytes = readBytes(path, displayPath(path), `dataset file ${name}.jsonl`, issues);
    records[name] = bytes === undefined ? [] : readJsonl(bytes, displayPath(path), issues);
  }
  return { data: { metadata: readMetadata(dataDir, issues), records }, issues };
}

/** metadata.json, under the same limits as the records (a single JSON document, so no line). */
function readMetadata(dataDir: string, issues: Issue[]): unknown {
  const file = metadataFile(dataDir);
  const bytes = readBytes(join(dataDir, 'metadata.json'), file, 'metadata.json', issues);
  if (bytes === undefined) return undefined;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    issues.push({ file, pointer: '', message: 'not valid UTF-8: save the file as UTF-8' });
    return undefined;
  }
  if (text.startsWith(BOM)) {
    issues.push({ file, pointer: '', message: 'the file starts with a byte order mark (U+FEFF): save it as UTF-8 without BOM' });
    text = text.slice(1);
  }
  let metadata: unknown;
  try {
    metadata = JSON.parse(text);
  } catch (error) {
    issues.push({ file, pointer: '', message: `unreadable metadata: ${(error as Error).message}` });
    return undefined;
  }
  const breach = breachOf(metadata);
  if (breach !== undefined) {
    issues.push({ file, pointer: breach.pointer, message: breach.message });
    return undefined;
  }
  return metadata;
}

/** The name of `metadata.json` in messages. */
export const metadataFile = (dataDir: string) => displayPath(join(dataDir, 'metadata.json'));
