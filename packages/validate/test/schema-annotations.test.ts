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

/** Coding rules (`x-enum-rules`, one per value; `x-coding-rule` on a field) feed the codebook: fr, en and an fr/en example each. */
function incompleteRules(node: unknown, path: string): string[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => incompleteRules(item, `${path}/${index}`));
  if (!isNode(node)) return [];
  const missing: string[] = [];
  const complete = (rule: unknown) =>
    isNode(rule) && typeof rule.fr === 'string' && typeof rule.en === 'string' && isNode(rule.example) && typeof rule.example.fr === 'string' && typeof rule.example.en === 'string';
  if (isNode(node['x-enum-rules'])) {
    const rules = node['x-enum-rules'];
    for (const value of (node.enum as string[] | undefined) ?? []) if (!complete(rules[value])) missing.push(`${path}: no complete rule for "${value}"`);
    for (const value of Object.keys(rules)) if (!((node.enum as string[] | undefined) ?? []).includes(value)) missing.push(`${path}: rule for unknown value "${value}"`);
  }
  if ('x-coding-rule' in node && !complete(node['x-coding-rule'])) missing.push(`${path}: incomplete x-coding-rule`);
  for (const [key, child] of Object.entries(node)) missing.push(...incompleteRules(child, `${path}/${key}`));
  return missing;
}

/** The coded fields the codebook must cover (issue 10): kind, status, role, theme, scale, precision, inferred, approximation. */
const CODED: [string, string, string][] = [
  ['initiatives', '/properties/kind', 'x-enum-rules'],
  ['initiatives', '/properties/status/items/properties/value', 'x-enum-rules'],
  ['initiatives', '/properties/scale', 'x-enum-rules'],
  ['initiatives', '/properties/themes', 'x-coding-rule'],
  ['initiatives', '/properties/territory_basis/items/properties/basis', 'x-enum-rules'],
  ['facilities', '/properties/status/items/properties/value', 'x-enum-rules'],
  ['events', '/properties/kind', 'x-enum-rules'],
  ['events', '/properties/status/items/properties/value', 'x-enum-rules'],
  ['indicators', '/properties/kind', 'x-enum-rules'],
  ['sources', '/properties/kind', 'x-enum-rules'],
  ['defs', '/$defs/role', 'x-enum-rules'],
  ['defs', '/$defs/date/properties/precision', 'x-enum-rules'],
  ['defs', '/$defs/date/properties/approximation', 'x-enum-rules'],
  ['defs', '/$defs/date/properties/bound', 'x-enum-rules'],
  ['defs', '/$defs/date/properties/inferred', 'x-coding-rule'],
];

const at = (node: unknown, pointer: string): unknown =>
  pointer.split('/').slice(1).reduce<unknown>((value, key) => (isNode(value) ? value[key] : undefined), node);

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

  it.each(Object.keys(all))('every coding rule of %s is complete (fr, en, example)', (name) => {
    expect(incompleteRules(all[name as keyof typeof all], name)).toEqual([]);
  });

  it.each(CODED)('%s%s carries %s for the codebook', (name, pointer, keyword) => {
    expect(at(all[name as keyof typeof all], pointer)).toHaveProperty([keyword]);
  });

  it('notices a value without a rule', () => {
    const node = { enum: ['a', 'b'], 'x-enum-rules': { a: { fr: 'A', en: 'A', example: { fr: 'a', en: 'a' } } } };
    expect(incompleteRules(node, 'x')).toEqual(['x: no complete rule for "b"']);
  });

  it('notices an enum value without words, and words for no value', () => {
    const node = { enum: ['a', 'b'], 'x-enum-labels': { a: { fr: 'A', en: 'A' }, c: { fr: 'C', en: 'C' } } };
    expect(unlabelledValues(node, 'x')).toEqual(['x: no fr/en label for "b"', 'x: label for unknown value "c"']);
  });

  it('notices a property without labels', () => {
    expect(unlabelled({ properties: { bare: { type: 'string' } } }, 'x', defs)).toHaveLength(ANNOTATIONS.length);
  });
});
