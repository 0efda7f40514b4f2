import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '@acces-soins/validate';
import { build, type Built } from './build.ts';
import { readDescriptor, readTable, type Descriptor, type Resource } from './read-snapshot.ts';

// ajv-formats is CommonJS: under Node's ESM loader its plugin may arrive as `module.exports` or under `.default`.
type AddFormats = typeof addFormatsModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as AddFormats;

/** The official Data Package 2.0 profiles, vendored in this package with their licence (vendor/datapackage-2.0). */
const profilesDir = join(root, 'packages', 'export', 'vendor', 'datapackage-2.0');
const profile = (name: string) => JSON.parse(readFileSync(join(profilesDir, `${name}.json`), 'utf8')) as Record<string, unknown>;

function profileValidator(name: string) {
  const schema = profile(name);
  // The profiles are draft-07 (their $schema says so): Ajv's default class. They carry non-standard annotations
  // (propertyOrder, context…), hence strict: false.
  expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('textarea', true); // an editor hint of the profiles, not a constraint
  return ajv.compile(schema);
}

const LINK_TABLES = ['initiative_territories', 'initiative_participants', 'initiative_themes', 'initiative_objectives', 'initiative_relations', 'event_actors', 'person_roles', 'citations'];

describe.each(['real', 'fixture', 'sparse'] as const)('datapackage.json (%s data)', (source) => {
  let built: Built;
  let descriptor: Descriptor;
  let tables: Map<string, Record<string, string>[]>;
  beforeAll(async () => {
    built = await build(source);
    descriptor = readDescriptor(built.outDir);
    tables = new Map(descriptor.resources.map((resource) => [resource.name, readTable(built.outDir, resource)]));
  });
  afterAll(() => built.cleanup());

  it('is valid against the official Data Package 2.0 profiles', () => {
    const validatePackage = profileValidator('datapackage');
    expect(validatePackage(descriptor), JSON.stringify(validatePackage.errors, null, 1)).toBe(true);
    const validateResource = profileValidator('dataresource');
    const validateTableSchema = profileValidator('tableschema');
    for (const resource of descriptor.resources) {
      expect(validateResource(resource), `${resource.name}: ${JSON.stringify(validateResource.errors)}`).toBe(true);
      expect(validateTableSchema(resource.schema), `${resource.name}: ${JSON.stringify(validateTableSchema.errors)}`).toBe(true);
    }
  });

  it('declares the 2.0 profiles, the version, the licences and the sources, and no build timestamp', () => {
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(descriptor.version).toBe(JSON.parse(readFileSync(join(root, 'packages/data/package.json'), 'utf8')).version);
    expect(descriptor.created).toBeUndefined();
    expect(descriptor['x-verified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((descriptor.licenses as { name: string }[]).map((licence) => licence.name)).toStrictEqual(['etalab-2.0', 'MIT']);
    const sources = readFileSync(join(built.outDir, 'sources.json'), 'utf8');
    expect((descriptor.sources as unknown[]).length).toBe((JSON.parse(sources) as unknown[]).length);
    expect(JSON.stringify(descriptor.sources)).not.toMatch(/https?:/);
    for (const resource of descriptor.resources) {
      expect(resource).toMatchObject({ $schema: 'https://datapackage.org/profiles/2.0/dataresource.json', type: 'table', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' });
      expect(resource.schema).toMatchObject({ $schema: 'https://datapackage.org/profiles/2.0/tableschema.json', missingValues: [''] });
    }
  });

  it('has one resource per CSV, with its size and sha256', () => {
    const csvs = readdirSync(built.outDir).filter((name) => name.endsWith('.csv'));
    expect(descriptor.resources.map((resource) => resource.path).sort()).toStrictEqual(csvs.sort());
    for (const resource of descriptor.resources) {
      const bytes = readFileSync(join(built.outDir, resource.path));
      expect(resource.bytes).toBe(bytes.length);
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
    for (const name of LINK_TABLES) expect(descriptor.resources.map((resource) => resource.name)).toContain(name);
  });

  it('labels every field in French and in English', () => {
    for (const resource of descriptor.resources) {
      for (const field of resource.schema.fields as unknown as Record<string, string>[]) {
        for (const key of ['title', 'description', 'x-title-en', 'x-description-en']) expect(field[key], `${resource.name}.${field.name} ${key}`).toMatch(/\S/);
      }
    }
  });

  it('gives words to every code of a schema enum, in French and in English', () => {
    let coded = 0;
    for (const resource of descriptor.resources) {
      for (const field of resource.schema.fields as unknown as Record<string, unknown>[]) {
        const values = (field.constraints as { enum?: string[] } | undefined)?.enum;
        if (values === undefined || field.name === 'dataset') continue; // `dataset` names the CSV files themselves
        coded += 1;
        for (const key of ['categories', 'x-categories-en']) {
          const categories = field[key] as { value: string; label: string }[];
          expect(categories.map((c) => c.value), `${resource.name}.${field.name} ${key}`).toEqual(values);
          for (const category of categories) expect(category.label, `${resource.name}.${field.name} ${category.value}`).toMatch(/\S/);
        }
      }
    }
    expect(coded).toBeGreaterThan(10);
  });

  it('has unique, complete primary keys', () => {
    for (const resource of descriptor.resources) {
      const seen = new Set<string>();
      for (const row of tables.get(resource.name)!) {
        const key = resource.schema.primaryKey.map((name) => row[name]!);
        expect(key.includes(''), `${resource.name}: empty key cell`).toBe(false);
        const text = JSON.stringify(key);
        expect(seen.has(text), `${resource.name}: duplicate key ${text}`).toBe(false);
        seen.add(text);
      }
    }
  });

  it('ties every list table to its parent and resolves every foreign key in the CSV data', () => {
    let checked = 0;
    for (const resource of descriptor.resources) {
      if (resource['x-parent'] !== undefined) {
        expect(resource.schema.foreignKeys?.some((key) => key.reference.resource === resource['x-parent'])).toBe(true);
      }
      for (const key of resource.schema.foreignKeys ?? []) {
        const target = tables.get(key.reference.resource);
        expect(target, `${resource.name} → ${key.reference.resource}`).toBeDefined();
        const targets = new Set(target!.map((row) => JSON.stringify(key.reference.fields.map((name) => row[name]))));
        for (const row of tables.get(resource.name)!) {
          const values = key.fields.map((name) => row[name]!);
          if (values.includes('')) continue; // a missing value references nothing
          expect(targets.has(JSON.stringify(values)), `${resource.name} ${JSON.stringify(values)} → ${key.reference.resource}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('points every citation at an existing record (a key the Table Schema cannot express: the dataset varies)', () => {
    const resourceOf = (name: string) => descriptor.resources.find((resource) => resource.name === name) as Resource;
    for (const row of tables.get('citations')!) {
      expect(resourceOf(row.dataset!), row.dataset).toBeDefined();
      expect(tables.get(row.dataset!)!.some((record) => record.id === row.record_id), `${row.dataset}/${row.record_id}`).toBe(true);
    }
  });
});
