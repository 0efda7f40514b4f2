import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@cfworker/json-schema';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from '@acces-soins/validate';
import { installPacked, type Consumer } from '../scripts/bundle-sizes.ts';
import { BUILD_LOCK, packageDir, requireBuild } from './helpers.ts';

// The schemas as shipped in the tarball, in validators that know nothing of this project: a stock Ajv 2020 with
// ajv-formats and the one documented line (`ajv.addVocabulary(schemaVocabulary)`), and @cfworker/json-schema.

type AddFormats = typeof addFormatsModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as AddFormats;

let consumer: Consumer;
let installed: string;
const read = (path: string) => JSON.parse(readFileSync(join(installed, 'dist', path), 'utf8')) as Record<string, unknown> & { $id: string };

beforeAll(() => {
  requireBuild();
  consumer = installPacked(packageDir, BUILD_LOCK);
  installed = join(consumer.dir, 'node_modules', '@acces-soins', 'data');
}, 120_000);
afterAll(() => consumer?.remove());

/** A record with a broken date: each validator must reject it. */
const broken = (records: Record<string, unknown>[]) => ({ ...records[0], citations: [] });

describe('the shipped schemas', () => {
  it('compile in a stock Ajv 2020 (strict) with ajv-formats and the exported vocabulary, and accept the published data', async () => {
    const { schemaVocabulary } = (await import(join(installed, 'dist', 'index.js'))) as { schemaVocabulary: string[] };
    const warnings: unknown[] = [];
    const ajv = new Ajv2020({ logger: { log: () => {}, warn: (...args: unknown[]) => warnings.push(args), error: (...args: unknown[]) => warnings.push(args) } });
    addFormats(ajv);
    ajv.addVocabulary(schemaVocabulary);
    ajv.addSchema(read('schemas/defs.schema.json'));
    for (const name of DATASETS) {
      const validate = ajv.compile(read(`schemas/${name}.schema.json`));
      const records = read(`json/${name}.json`) as unknown as Record<string, unknown>[];
      for (const record of records) expect(validate(record), `${name} ${String(record.id)} ${JSON.stringify(validate.errors)}`).toBe(true);
      if (records.length > 0 && 'citations' in records[0]!) expect(validate(broken(records))).toBe(false);
    }
    expect(warnings).toEqual([]);
  });

  it('fail to compile in a stock Ajv without that line (the line is needed, and enough)', () => {
    const ajv = new Ajv2020({ logger: false });
    addFormats(ajv);
    ajv.addSchema(read('schemas/defs.schema.json'));
    expect(() => ajv.compile(read('schemas/territories.schema.json'))).toThrow(/unknown keyword: "x-/);
  });

  it('work in a second validator, @cfworker/json-schema', () => {
    for (const name of DATASETS) {
      const validator = new Validator(read(`schemas/${name}.schema.json`), '2020-12', false);
      validator.addSchema(read('schemas/defs.schema.json'));
      const records = read(`json/${name}.json`) as unknown as Record<string, unknown>[];
      for (const record of records) expect(validator.validate(record).valid, `${name} ${String(record.id)}`).toBe(true);
      if (records.length > 0 && 'citations' in records[0]!) expect(validator.validate(broken(records)).valid).toBe(false);
    }
  });
});
