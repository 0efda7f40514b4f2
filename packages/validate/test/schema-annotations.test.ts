import { describe, expect, it } from 'vitest';
import { loadSchemas } from '../src/index.ts';

// The field dictionary, the Table Schema and the generated docs read these four annotations: none may be missing.
const ANNOTATIONS = ['title', 'description', 'x-title-en', 'x-description-en'];
// Subschemas that constrain rather than define a property: they need no labels of their own.
const CONDITIONAL = new Set(['if', 'then', 'else', 'not', 'allOf', 'anyOf', 'oneOf']);

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

function unlabelled(node: unknown, path: string, defs: Node): string[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => unlabelled(item, `${path}/${index}`, defs));
  if (!isNode(node)) return [];
  const missing: string[] = [];
  for (const [key, child] of Object.entries(node)) {
    if (CONDITIONAL.has(key)) continue;
    if ((key === 'properties' || key === 'patternProperties') && isNode(child)) {
      for (const [name, property] of Object.entries(child)) {
        if (!isNode(property)) continue;
        const target = typeof property.$ref === 'string' ? defs[property.$ref.split('/').pop()!] : undefined;
        for (const annotation of ANNOTATIONS) {
          if (!(annotation in property) && !(isNode(target) && annotation in target)) missing.push(`${path}/${key}/${name}: ${annotation}`);
        }
      }
    }
    missing.push(...unlabelled(child, `${path}/${key}`, defs));
  }
  return missing;
}

/** Every enum must carry `x-enum-labels`: French and English words for exactly its values, which pages and tables show. */
function unlabelledValues(node: unknown, path: string): string[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => unlabelledValues(item, `${path}/${index}`));
  if (!isNode(node)) return [];
  const missing: string[] = [];
  if (Array.isArray(node.enum)) {
    const labels = isNode(node['x-enum-labels']) ? node['x-enum-labels'] : {};
    for (const value of node.enum as string[]) {
      const words = labels[value];
      if (!isNode(words) || typeof words.fr !== 'string' || typeof words.en !== 'string') missing.push(`${path}: no fr/en label for "${value}"`);
    }
    for (const value of Object.keys(labels)) if (!(node.enum as string[]).includes(value)) missing.push(`${path}: label for unknown value "${value}"`);
  }
  for (const [key, child] of Object.entries(node)) missing.push(...unlabelledValues(child, `${path}/${key}`));
  return missing;
}

describe('schema annotations', () => {
  const schemas = loadSchemas();
  const defs = schemas.defs.$defs as Node;
  const all = { defs: schemas.defs, metadata: schemas.metadata, ...schemas.datasets };

  it.each(Object.keys(all))('every property of %s has a French and English title and description', (name) => {
    expect(unlabelled(all[name as keyof typeof all], name, defs)).toEqual([]);
  });

  it.each(Object.keys(all))('every enum value of %s has French and English words', (name) => {
    expect(unlabelledValues(all[name as keyof typeof all], name)).toEqual([]);
  });

  it('notices an enum value without words, and words for no value', () => {
    const node = { enum: ['a', 'b'], 'x-enum-labels': { a: { fr: 'A', en: 'A' }, c: { fr: 'C', en: 'C' } } };
    expect(unlabelledValues(node, 'x')).toEqual(['x: no fr/en label for "b"', 'x: label for unknown value "c"']);
  });

  it('notices a property without labels', () => {
    expect(unlabelled({ properties: { bare: { type: 'string' } } }, 'x', defs)).toHaveLength(ANNOTATIONS.length);
  });
});
