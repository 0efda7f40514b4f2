/**
 * Applies the audit's data patch (audit/patch.json) to data/*.jsonl.
 *
 *   npx -y pnpm@12.21.0 exec node audit/apply.ts [--check] [--patch audit/patch.json] [--root .]
 *
 * The patch is a list of operations, each on one record of one file:
 *   { "file": "data/initiatives.jsonl", "id": "…", "pointer": "/summary/fr", "op": "set", "expect": …, "value": …, "why": "…" }
 *   { …, "op": "remove", "expect": … }                    removes the value at the pointer (array items shift)
 *   { "file": …, "id": …, "op": "append-record", "value": {…}, "why": … }   adds a new line at the end of the file
 * For "set", `expect` is the value found at the pointer before the change; with no `expect` the pointer must not
 * exist yet (a new key, or "/…/-" to append to an array). A mismatch anywhere refuses the whole patch: the data
 * changed since the patch was written, and applying it blindly could overwrite someone else's correction.
 *
 * One record per line and each record's key order are kept; lines the patch does not touch are written back byte
 * for byte. Every file is written to a temporary file and renamed into place, and only once every operation has
 * succeeded, so a refused patch leaves nothing half written. --check does everything but write.
 */
import { readFileSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Operation {
  file: string;
  id: string;
  pointer?: string;
  op: 'set' | 'remove' | 'append-record';
  expect?: Json;
  value?: Json;
  why: string;
}

/** A refusal the user can act on: printed as one line, never as a stack trace. */
class Refusal extends Error {}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => {
  const text = v === undefined ? '(nothing)' : JSON.stringify(v);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
};

/** RFC 6901 tokens: "/a/b~1c" → ["a", "b/c"]. */
function tokens(pointer: string, where: string): string[] {
  if (!pointer.startsWith('/')) throw new Refusal(`${where}: pointer "${pointer}" must start with "/"`);
  return pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The container that holds the pointer's last token, and that token. */
function parentOf(record: JsonObject, path: string[], where: string): { parent: JsonObject | Json[]; key: string } {
  let node: Json = record;
  for (const [i, token] of path.slice(0, -1).entries()) {
    const next: Json | undefined = Array.isArray(node) ? node[arrayIndex(token, node.length - 1, where)] : isObject(node) ? node[token] : undefined;
    if (next === undefined || next === null || typeof next !== 'object') {
      throw new Refusal(`${where}: "/${path.slice(0, i + 1).join('/')}" does not exist or holds no object or array`);
    }
    node = next;
  }
  return { parent: node as JsonObject | Json[], key: path[path.length - 1]! };
}

function arrayIndex(token: string, max: number, where: string): number {
  if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) > max) throw new Refusal(`${where}: "${token}" is not an index of an array of ${max + 1} items`);
  return Number(token);
}

function current(parent: JsonObject | Json[], key: string): Json | undefined {
  if (Array.isArray(parent)) return key === '-' || !/^(0|[1-9]\d*)$/.test(key) ? undefined : parent[Number(key)];
  return Object.hasOwn(parent, key) ? parent[key] : undefined;
}

function applyOperation(record: JsonObject, op: Operation, where: string) {
  if (op.pointer === undefined || op.pointer === '' || op.pointer === '/id') throw new Refusal(`${where}: "${op.op}" needs a pointer inside the record (and never /id)`);
  const path = tokens(op.pointer, where);
  const { parent, key } = parentOf(record, path, where);
  const found = current(parent, key);
  const hasExpect = Object.hasOwn(op, 'expect');
  if (hasExpect && !isDeepStrictEqual(found, op.expect)) {
    throw new Refusal(`${where}: expected ${show(op.expect)} but found ${show(found)} — the data changed since the patch was written`);
  }
  if (op.op === 'remove') {
    if (!hasExpect) throw new Refusal(`${where}: "remove" needs "expect", the value it removes`);
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
    return;
  }
  if (op.value === undefined) throw new Refusal(`${where}: "set" needs a "value"`);
  if (!hasExpect && found !== undefined) throw new Refusal(`${where}: the pointer already holds ${show(found)}; give "expect" to replace it`);
  if (Array.isArray(parent)) {
    if (key === '-' || Number(key) === parent.length) parent.push(op.value);
    else parent[arrayIndex(key, parent.length - 1, where)] = op.value;
  } else {
    parent[key] = op.value;
  }
}

interface LoadedFile {
  path: string;
  lines: string[];
  records: (JsonObject | undefined)[];
  byId: Map<string, number>;
  changed: Set<number>;
  endsWithNewline: boolean;
}

function loadFile(root: string, file: string, where: string): LoadedFile {
  const path = resolve(root, file);
  if (relative(root, path).startsWith('..')) throw new Refusal(`${where}: "${file}" is outside the repository`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Refusal(`${where}: cannot read "${file}"`);
  }
  const endsWithNewline = text.endsWith('\n');
  const lines = (endsWithNewline ? text.slice(0, -1) : text).split('\n');
  const byId = new Map<string, number>();
  const records = lines.map((line, i) => {
    if (line.trim() === '') return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new Refusal(`${file}:${i + 1}: not valid JSON; fix the data before applying the patch`);
    }
    if (!isObject(parsed) || typeof parsed.id !== 'string') throw new Refusal(`${file}:${i + 1}: a record without a string "id"`);
    byId.set(parsed.id, i);
    return parsed;
  });
  return { path, lines, records, byId, changed: new Set(), endsWithNewline };
}

function checkShape(op: unknown, n: number): Operation {
  const where = `operation #${n}`;
  if (!isObject(op)) throw new Refusal(`${where}: not an object`);
  if (typeof op.file !== 'string' || !op.file.endsWith('.jsonl')) throw new Refusal(`${where}: "file" must name a .jsonl file`);
  if (typeof op.id !== 'string') throw new Refusal(`${where}: "id" must be a string`);
  if (op.op !== 'set' && op.op !== 'remove' && op.op !== 'append-record') throw new Refusal(`${where}: "op" must be "set", "remove" or "append-record"`);
  if (typeof op.why !== 'string' || op.why.trim() === '') throw new Refusal(`${where}: "why" must say why`);
  if (op.pointer !== undefined && typeof op.pointer !== 'string') throw new Refusal(`${where}: "pointer" must be a string`);
  return op as unknown as Operation;
}

function applyOne(files: Map<string, LoadedFile>, root: string, raw: unknown, i: number) {
  const op = checkShape(raw, i + 1);
  const where = `operation #${i + 1} (${op.file}, record "${op.id}"${op.pointer ? `, ${op.pointer}` : ''})`;
  const loaded = files.get(op.file) ?? loadFile(root, op.file, where);
  files.set(op.file, loaded);
  if (op.op === 'append-record') {
    if (!isObject(op.value) || op.value.id !== op.id) throw new Refusal(`${where}: "value" must be a record whose id is "${op.id}"`);
    if (loaded.byId.has(op.id)) throw new Refusal(`${where}: a record "${op.id}" already exists`);
    loaded.lines.push('');
    loaded.records.push(structuredClone(op.value));
    loaded.byId.set(op.id, loaded.lines.length - 1);
    loaded.changed.add(loaded.lines.length - 1);
    return;
  }
  const line = loaded.byId.get(op.id);
  if (line === undefined) throw new Refusal(`${where}: no record "${op.id}" in ${op.file}`);
  applyOperation(loaded.records[line]!, op, where);
  loaded.changed.add(line);
}

function main() {
  const { values } = parseArgs({
    options: {
      patch: { type: 'string', default: join(import.meta.dirname, 'patch.json') },
      root: { type: 'string', default: dirname(import.meta.dirname) },
      check: { type: 'boolean', default: false },
    },
  });
  const root = resolve(values.root);
  let patch: unknown;
  try {
    patch = JSON.parse(readFileSync(values.patch, 'utf8'));
  } catch (error) {
    throw new Refusal(`refused, nothing written — ${values.patch}: cannot read the patch as JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(patch)) throw new Refusal(`refused, nothing written — ${values.patch}: the patch must be a JSON array of operations`);

  const files = new Map<string, LoadedFile>();
  try {
    patch.forEach((raw, i) => applyOne(files, root, raw, i));
  } catch (error) {
    if (error instanceof Refusal) throw new Refusal(`refused, nothing written — ${error.message}`);
    throw error;
  }

  // Every operation succeeded: only now is anything written.
  const written: string[] = [];
  for (const [file, loaded] of files) {
    for (const i of loaded.changed) loaded.lines[i] = JSON.stringify(loaded.records[i]);
    const text = loaded.lines.join('\n') + (loaded.endsWithNewline ? '\n' : '');
    if (values.check) continue;
    const temp = `${loaded.path}.audit-${process.pid}.tmp`;
    try {
      writeFileSync(temp, text);
      renameSync(temp, loaded.path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw new Refusal(`write failed — ${file}: cannot write (${(error as Error).message}); ${written.length ? `already written: ${written.join(', ')}` : 'nothing was written'}`);
    }
    written.push(file);
  }
  const records = [...files.values()].reduce((n, f) => n + f.changed.size, 0);
  console.log(`${values.check ? 'patch applies cleanly' : 'patch applied'}: ${patch.length} operations on ${records} records in ${files.size} files`);
}

try {
  main();
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(`audit/apply: ${error.message}`);
  process.exitCode = 1;
}
