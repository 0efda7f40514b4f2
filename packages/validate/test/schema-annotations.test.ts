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

describe('schema annotations', () => {
  const schemas = loadSchemas();
  const defs = schemas.defs.$defs as Node;
  const all = { defs: schemas.defs, metadata: schemas.metadata, ...schemas.datasets };

  it.each(Object.keys(all))('every property of %s has a French and English title and description', (name) => {
    expect(unlabelled(all[name as keyof typeof all], name, defs)).toEqual([]);
  });

  it('notices a property without labels', () => {
    expect(unlabelled({ properties: { bare: { type: 'string' } } }, 'x', defs)).toHaveLength(ANNOTATIONS.length);
  });
});
