import { describe, expect, it } from 'vitest';
import { DATASETS, loadSchemas } from '../src/index.ts';
import { REFERENCE_PROPERTIES, references } from '../src/checks/references.ts';

/** Properties typed as an id that name no other record: the record's own id, and a metric (a grouping key). */
const NOT_REFERENCES = ['id', 'metric'];

/** Names of every property whose value (or array items) is an id, anywhere in a schema. */
function idProperties(schema: unknown, found = new Set<string>()): Set<string> {
  if (typeof schema !== 'object' || schema === null) return found;
  const isId = (property: unknown): boolean => {
    const { $ref, items } = property as { $ref?: string; items?: unknown };
    return ($ref?.endsWith('#/$defs/id') ?? false) || (items !== undefined && isId(items));
  };
  const { properties } = schema as { properties?: Record<string, unknown> };
  for (const [name, property] of Object.entries(properties ?? {})) if (isId(property)) found.add(name);
  for (const value of Object.values(schema)) idProperties(value, found);
  return found;
}

describe('references', () => {
  it('knows every property the schemas type as an id', () => {
    const schemas = loadSchemas();
    const found = idProperties([schemas.defs, ...DATASETS.map((name) => schemas.datasets[name])]);
    const unknown = [...found].filter((name) => !NOT_REFERENCES.includes(name) && !(name in REFERENCE_PROPERTIES));
    expect(unknown).toEqual([]);
  });

  it('finds references at any depth, with their pointers and target datasets', () => {
    const initiative = {
      id: 'a',
      territories: ['region-76'],
      participants: [{ person: 'p', role: 'signatory', citation: { source: 's', quote: 'q' } }],
      related: [{ initiative: 'b', relation: 'follows', citation: { source: 's', quote: 'q' } }],
      metric: 'not-a-reference',
    };
    expect([...references(initiative, 'initiatives')].map(({ pointer, dataset, id }) => `${pointer} ${dataset} ${id}`)).toEqual([
      '/territories/0 territories region-76',
      '/participants/0/person people p',
      '/participants/0/citation/source sources s',
      '/related/0/initiative initiatives b',
      '/related/0/citation/source sources s',
    ]);
    expect([...references({ id: 'x', parent: 'y' }, 'organisations')].map(({ dataset }) => dataset)).toEqual(['organisations']);
  });
});
