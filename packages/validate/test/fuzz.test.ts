import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DATASETS, dataDir, loadSchemas, root, validateData, type DatasetName, type Issue } from '../src/index.ts';
import { LIMITS } from '../src/limits.ts';

/**
 * Mutation fuzz test of `pnpm validate`: random, seeded mutations of the real records in data/, validated in process
 * through validateData (the CLI's own entry), a few more through the CLI itself. Whatever the mutation, validation
 * never throws, every issue in a JSONL file names its file and line (and the record id when the line still parses),
 * and a mutation that surely breaks the data is reported on its own line.
 *
 * Each run applies MUTATIONS_PER_RUN mutations, each to a different dataset file (there are nine), so that one
 * validation (the costly part: ~7 ms on a quiet machine) checks several mutations while each one stays attributable
 * to its own file and line.
 */
const SEED = 14;
const RUNS = 1_250;
const MUTATIONS_PER_RUN = 8;

const KINDS = [
  // Surely broken: each must produce an issue on the mutated line.
  'truncate-line',
  'duplicate-line',
  'alter-quote',
  'crlf',
  'bom',
  'control-character',
  'huge-string',
  'deep-nesting',
  'delete-required-key',
  'flip-id-type',
  'record-not-an-object',
  // Maybe broken: must not crash and must say where.
  'flip-type',
  'delete-key',
  'delete-character',
  'blank-line',
] as const;
type Kind = (typeof KINDS)[number];
const MAYBE: ReadonlySet<Kind> = new Set(['flip-type', 'delete-key', 'delete-character', 'blank-line']);

interface Mutation {
  file: number;
  line: number;
  kind: Kind;
  /** Free numbers the mutation draws its choices from (a position, a key, a size). */
  a: number;
  b: number;
}

const schemas = loadSchemas();
const required = (name: DatasetName) => (schemas.datasets[name].required as string[] | undefined) ?? [];
const base = new Map(DATASETS.map((name) => [name, readFileSync(join(dataDir, `${name}.jsonl`), 'utf8').split('\n').filter((line) => line !== '')]));
const files = DATASETS.filter((name) => base.get(name)!.length > 0);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every [container, key] inside a value, found without recursion (records are small, but the mutations are not). */
function slots(value: Json): [Json[] | Record<string, Json>, string | number][] {
  const found: [Json[] | Record<string, Json>, string | number][] = [];
  const stack: Json[] = [value];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    const keys: (string | number)[] = Array.isArray(current) ? current.map((_, index) => index) : Object.keys(current);
    for (const key of keys) {
      found.push([current, key]);
      stack.push((current as Record<string | number, Json>)[key]!);
    }
  }
  return found;
}

const OTHER_TYPES: Json[] = [null, true, 0, -1.5, 'x', '', [], {}, [1, 'a'], { x: 1 }];
const typeOf = (value: Json) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
const otherType = (value: Json, pick: number): Json => {
  const choices = OTHER_TYPES.filter((candidate) => typeOf(candidate) !== typeOf(value));
  return choices[pick % choices.length]!;
};
const nested = (levels: number): Json => {
  let value: Json = 'deep';
  for (let level = 0; level < levels; level += 1) value = level % 2 === 0 ? [value] : { deeper: value };
  return value;
};

/** Positions of the quotes that delimit strings (not preceded by an odd run of backslashes). */
function unescapedQuotes(text: string): number[] {
  const positions: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] !== '"') continue;
    let backslashes = 0;
    while (text[index - 1 - backslashes] === '\\') backslashes += 1;
    if (backslashes % 2 === 0) positions.push(index);
  }
  return positions;
}

/** The file's new lines, and the 1-based line where a surely-broken mutation must be reported. */
function apply(name: DatasetName, lines: string[], mutation: Mutation): { lines: string[]; line: number } {
  const out = [...lines];
  const index = mutation.line % out.length;
  const text = out[index]!;
  const { a, b } = mutation;
  const record = JSON.parse(text) as Record<string, Json>;
  const reparse = (change: (record: Record<string, Json>) => Json) => {
    out[index] = JSON.stringify(change(record));
  };
  switch (mutation.kind) {
    case 'truncate-line':
      out[index] = text.slice(0, 1 + (a % (text.length - 1)));
      break;
    case 'duplicate-line':
      out.splice(index + 1, 0, text);
      return { lines: out, line: index + 2 };
    case 'alter-quote': {
      const quotes = unescapedQuotes(text);
      const at = quotes[a % quotes.length]!;
      out[index] = `${text.slice(0, at)}${b % 2 === 0 ? "'" : '\u201D'}${text.slice(at + 1)}`;
      break;
    }
    case 'crlf':
      out[index] = `${text}\r`;
      break;
    case 'bom':
      out[index] = `\uFEFF${text}`;
      break;
    case 'control-character': {
      const codes = [...Array(32).keys()].filter((code) => code !== 0x09 && code !== 0x0a);
      const at = a % (text.length + 1);
      out[index] = `${text.slice(0, at)}${String.fromCharCode(codes[b % codes.length]!)}${text.slice(at)}`;
      break;
    }
    case 'huge-string':
      reparse((record) => {
        const strings = slots(record).filter(([container, key]) => typeof (container as Record<string | number, Json>)[key] === 'string');
        const huge = 'é'.repeat(LIMITS.stringLength + 1 + (b % 50_000));
        if (strings.length === 0) return { ...record, huge };
        const [container, key] = strings[a % strings.length]!;
        (container as Record<string | number, Json>)[key] = huge;
        return record;
      });
      break;
    case 'deep-nesting':
      reparse((record) => {
        const all = slots(record);
        // Up to 3,000 levels: JSON.stringify, which writes the mutated line, is recursive too.
        const levels = LIMITS.depth + 1 + (b % 3 === 0 ? b % 3_000 : b % 200);
        if (all.length === 0) return { ...record, deep: nested(levels) };
        const [container, key] = all[a % all.length]!;
        (container as Record<string | number, Json>)[key] = nested(levels);
        return record;
      });
      break;
    case 'delete-required-key':
      reparse((record) => {
        const keys = required(name).filter((key) => key in record);
        delete record[keys[a % keys.length]!];
        return record;
      });
      break;
    case 'flip-id-type':
      reparse((record) => ({ ...record, id: otherType('', a) }));
      break;
    case 'record-not-an-object':
      out[index] = JSON.stringify([null, 1, 'record', [record]][a % 4]);
      break;
    case 'flip-type':
      reparse((record) => {
        const all = slots(record);
        const [container, key] = all[a % all.length]!;
        const target = container as Record<string | number, Json>;
        target[key] = otherType(target[key]!, b);
        return record;
      });
      break;
    case 'delete-key':
      reparse((record) => {
        const keyed = slots(record).filter(([container]) => !Array.isArray(container));
        const [container, key] = keyed[a % keyed.length]!;
        delete (container as Record<string, Json>)[key];
        return record;
      });
      break;
    case 'delete-character': {
      const at = a % text.length;
      out[index] = `${text.slice(0, at)}${text.slice(at + 1)}`;
      break;
    }
    case 'blank-line':
      out.splice(index, 0, ' \t ');
      break;
  }
  return { lines: out, line: index + 1 };
}

/** The id a line must be reported with: the record's, when the line (BOM and CR aside) still parses as one. */
function idOnLine(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text.replace(/^\uFEFF/, '').replace(/\r$/, '')) as unknown;
    const id = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as { id?: unknown }).id : undefined;
    return typeof id === 'string' && /^[a-z0-9][a-z0-9-]{0,199}$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

const mutationArbitrary = fc.record({
  file: fc.nat(),
  line: fc.nat(),
  kind: fc.constantFrom(...KINDS),
  a: fc.nat(),
  b: fc.nat(),
});
/** MUTATIONS_PER_RUN mutations, each in a different file. */
const runArbitrary = fc.uniqueArray(mutationArbitrary, {
  minLength: MUTATIONS_PER_RUN,
  maxLength: MUTATIONS_PER_RUN,
  selector: (mutation) => mutation.file % files.length,
});

const temporary = mkdtempSync(join(tmpdir(), 'acces-soins-fuzz-'));
cpSync(dataDir, temporary, { recursive: true });
afterAll(() => rmSync(temporary, { recursive: true, force: true }));
const fileOf = (name: DatasetName) => join(temporary, `${name}.jsonl`);
const restore = (name: DatasetName) => writeFileSync(fileOf(name), `${base.get(name)!.join('\n')}\n`);

/** Writes the mutated files; returns what each mutation must produce, and each mutated file's lines. */
function mutate(mutations: Mutation[]) {
  const written = new Map<string, string[]>();
  const expectations = mutations.map((mutation) => {
    const name = files[mutation.file % files.length]!;
    const { lines, line } = apply(name, base.get(name)!, mutation);
    writeFileSync(fileOf(name), `${lines.join('\n')}\n`);
    written.set(`${name}.jsonl`, lines);
    return { name, line, kind: mutation.kind };
  });
  return { expectations, written };
}

const counts = new Map<Kind, number>();

describe('validation under random mutations of the real records', () => {
  it(`never throws, always says where, rejects what is surely broken (${RUNS * MUTATIONS_PER_RUN} mutations)`, () => {
    let mutations = 0;
    fc.assert(
      fc.property(runArbitrary, (run) => {
        const { expectations, written } = mutate(run);
        try {
          let issues: Issue[];
          try {
            issues = validateData({ dataDir: temporary }).issues;
          } catch (error) {
            throw new Error(`validateData threw on ${JSON.stringify(run)}: ${(error as Error).stack}`);
          }
          // Plain checks, not one expect() per issue: a run can list hundreds of issues.
          for (const issue of issues) {
            const file = issue.file.replace(`${temporary}/`, '');
            if (!file.endsWith('.jsonl')) continue;
            if (typeof issue.line !== 'number') throw new Error(`no line: ${JSON.stringify(issue)}`);
            const lines = written.get(file) ?? base.get(file.replace(/\.jsonl$/, '') as DatasetName)!;
            const id = idOnLine(lines[issue.line - 1]);
            if (id !== undefined && issue.id !== id) throw new Error(`record id "${id}" missing on ${file}:${issue.line}: ${JSON.stringify(issue)}`);
          }
          for (const { name, line, kind } of expectations) {
            counts.set(kind, (counts.get(kind) ?? 0) + 1);
            mutations += 1;
            if (MAYBE.has(kind)) continue;
            const file = join(temporary, `${name}.jsonl`);
            if (!issues.some((issue) => issue.file === file && issue.line === line)) throw new Error(`${kind} on ${name}.jsonl:${line} was not reported`);
          }
        } finally {
          for (const { name } of expectations) restore(name);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    console.log(
      `fuzz: ${mutations} mutations of the real records in ${RUNS} validations (seed ${SEED}): ` +
        KINDS.map((kind) => `${kind} ${counts.get(kind) ?? 0}`).join(', '),
    );
    expect(mutations).toBeGreaterThanOrEqual(10_000);
    expect(KINDS.every((kind) => (counts.get(kind) ?? 0) > 100)).toBe(true);
  });

  it('the CLI exits 0 or 1, one line per issue, never a stack trace', () => {
    const cli = join(root, 'packages/validate/src/cli.ts');
    const runs = fc.sample(runArbitrary, { seed: SEED + 1, numRuns: 6 });
    for (const run of [[], ...runs]) {
      const { expectations } = mutate(run);
      try {
        const result = spawnSync(process.execPath, [cli, '--data', temporary], { cwd: root, encoding: 'utf8' });
        expect(result.stderr, result.stderr).not.toMatch(/^\s+at /m);
        const surely = expectations.some(({ kind }) => !MAYBE.has(kind));
        expect(result.status, result.stderr).toBe(run.length === 0 ? 0 : surely ? 1 : result.status === 0 ? 0 : 1);
        if (result.status === 1) {
          const lines = result.stderr.trimEnd().split('\n');
          expect(lines.at(-1)).toMatch(/^\d+ error\(s\)\.$/);
          for (const line of lines.slice(0, -1)) expect(line).toMatch(/^\S+(:\d+)?( \[[^\]]+\])? \/\S*: .+$/);
        }
      } finally {
        for (const { name } of expectations) restore(name);
      }
    }
  });
});
