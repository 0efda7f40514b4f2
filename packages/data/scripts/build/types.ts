import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { ANNOTATION_KEYWORDS, DATASETS, REFERENCE_PROPERTIES, type DatasetName, type JsonSchema, type Schemas } from '@acces-soins/validate';

type Node = Record<string, unknown>;

/** Keywords that do not shape a TypeScript type: annotations (turned into doc comments) and cross-field rules. */
const NOT_TYPE_KEYWORDS = new Set<string>([
  'title', 'description', ...ANNOTATION_KEYWORDS, '$id', '$schema', '$defs',
  // Rules between fields (a date's format by precision, organisation or person…): the validators enforce them.
  'allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', 'not',
]);

const pascalCase = (text: string) =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');

/**
 * Type names: a shared definition is named after its key (`text` → Text), unless that would shadow a
 * JavaScript built-in (`date` → DateWithPrecision, from its English title); a dataset after its English title.
 */
export function typeNames(schemas: Schemas): { defs: Record<string, string>; datasets: Record<string, string> } {
  const defs: Record<string, string> = {};
  for (const [key, schema] of Object.entries(schemas.defs.$defs as Record<string, Node>)) {
    defs[key] = pascalCase(key) in globalThis ? pascalCase(String(schema['x-title-en'])) : pascalCase(key);
  }
  const datasets = Object.fromEntries(DATASETS.map((name) => [name, pascalCase(String(schemas.datasets[name]['x-title-en']))]));
  return { defs, datasets };
}

/** The French description, then the English one, as a doc comment. */
const documentation = (node: Node) =>
  typeof node.description === 'string' ? { description: `${node.description}\n\n${String(node['x-description-en'])}` } : {};

/** `TerritoryId`…: the id type of each dataset (ids.ts), named after its record type. */
export function idTypeNames(schemas: Schemas): Record<DatasetName, string> {
  const names = typeNames(schemas).datasets;
  return Object.fromEntries(DATASETS.map((name) => [name, `${names[name]}Id`])) as Record<DatasetName, string>;
}

interface Context {
  refName: (ref: string) => string;
  idName: Record<DatasetName, string>;
  /** The dataset being typed (a `parent` is an id of the same dataset); undefined in the shared definitions. */
  dataset?: DatasetName;
}

const isIdRef = (node: Node) => typeof node.$ref === 'string' && node.$ref.endsWith('/$defs/id');

/** The id type a property holding a reference gets (REFERENCE_PROPERTIES, the table `pnpm validate` checks with). */
function referenceType(property: string, context: Context): string | undefined {
  const target = REFERENCE_PROPERTIES[property]?.dataset;
  if (target === undefined) return undefined;
  const dataset = target === 'same' ? context.dataset : target;
  return dataset === undefined ? undefined : context.idName[dataset];
}

/**
 * `oneOf: [{required: [a]}, {required: [b]}]` (a participant is an organisation or a person): one object type per
 * branch, where the branch's property is required and the others' absent — a union TypeScript narrows with `in`.
 */
function exclusiveBranches(node: Node): Node | undefined {
  const branches = node.oneOf as Node[] | undefined;
  if (!Array.isArray(branches) || !branches.every((branch) => Object.keys(branch).length === 1 && Array.isArray(branch.required) && (branch.required as unknown[]).length === 1)) return undefined;
  const keys = branches.map((branch) => (branch.required as string[])[0]!);
  const { oneOf: _, ...rest } = node;
  return {
    anyOf: keys.map((key) => ({
      ...rest,
      required: [...((rest.required as string[] | undefined) ?? []), key],
      properties: Object.fromEntries(
        Object.entries(rest.properties as Record<string, Node>).map(([name, property]) => [
          name,
          name === key || !keys.includes(name) ? property : { tsType: 'never', description: `Absent: this one has \`${key}\`.` },
        ]),
      ),
    })),
  };
}

/** One schema rewritten for json-schema-to-typescript: a `$ref` becomes the name of the referenced type. */
function typeSchema(node: Node, context: Context, property?: string): Node {
  const branches = exclusiveBranches(node);
  if (branches) return { anyOf: (branches.anyOf as Node[]).map((branch) => typeSchema(branch, context)), ...documentation(node) };
  const reference =
    property === 'id' && context.dataset !== undefined ? context.idName[context.dataset] : property === undefined ? undefined : referenceType(property, context);
  if (reference !== undefined && isIdRef(node)) return { tsType: reference, ...documentation(node) };
  if (typeof node.$ref === 'string') return { tsType: context.refName(node.$ref), ...documentation(node) };
  const result: Node = {};
  for (const [key, value] of Object.entries(node)) {
    if (NOT_TYPE_KEYWORDS.has(key)) continue;
    if (key === 'properties' || key === 'patternProperties') {
      result[key] = Object.fromEntries(
        Object.entries(value as Record<string, Node>).map(([name, sub]) => [name, typeSchema(sub, context, name)]),
      );
    } else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) result[key] = typeSchema(value as Node, context, key === 'items' ? property : undefined);
    else result[key] = value;
  }
  return { ...result, ...documentation(node) };
}

/**
 * Makes the generated declarations deeply read-only: every property `readonly`, every array `readonly T[]`, every
 * tuple `readonly [...]`. (json-schema-to-typescript has no such option; its formatted output is regular enough.)
 */
export function readonlyDeclarations(source: string): string {
  const lines = source.split('\n');
  const opened: number[] = [];
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index]!;
    if (/^\s*(\/\*\*|\*)/.test(line)) continue;
    line = line.replace(/^(\s+)([A-Za-z_$][\w$]*\??): /, '$1readonly $2: ');
    line = line.replace(/(^|[^\w.])\[(\w+), \.\.\.(\w+)\[\]\]/g, '$1readonly [$2, ...$3[]]');
    line = line.replace(/(^|[(:|=,<]\s*)(\w+)\[\]/g, '$1readonly $2[]');
    if (/[:=(|]\s*\{$/.test(line) || /^\s*\|\s*\{$/.test(line)) opened.push(index);
    const close = /^\s*\}(\[\])?/.exec(line);
    if (close && opened.length > 0) {
      const start = opened.pop()!;
      if (close[1]) lines[start] = lines[start]!.replace(/\{$/, 'readonly {');
    }
    lines[index] = line;
  }
  return lines.join('\n');
}

/** Generates `types.ts`: one type per record and per shared definition, and `Datasets` (every dataset as an array). */
export async function writeTypes(dir: string, schemas: Schemas): Promise<void> {
  const names = typeNames(schemas);
  const refName = (ref: string) => {
    const name = names.defs[ref.slice(ref.lastIndexOf('/') + 1)];
    if (name === undefined) throw new Error(`unknown $ref ${ref}`);
    return name;
  };
  const idName = idTypeNames(schemas);
  const definitions: Record<string, Node> = {};
  for (const [key, schema] of Object.entries(schemas.defs.$defs as Record<string, Node>)) {
    definitions[`defs-${key}`] = { ...typeSchema(schema, { refName, idName }), title: names.defs[key] };
  }
  for (const name of DATASETS) {
    const schema: JsonSchema = schemas.datasets[name];
    definitions[name] = { ...typeSchema(schema, { refName, idName, dataset: name }), title: names.datasets[name] };
  }
  const root = {
    title: 'Datasets',
    description: 'Tous les jeux de données, chacun comme tableau de ses enregistrements.\n\nEvery dataset, each as an array of its records.',
    type: 'object',
    additionalProperties: false,
    required: [...DATASETS],
    properties: Object.fromEntries(DATASETS.map((name) => [name, { type: 'array', items: { tsType: names.datasets[name] } }])),
    $defs: definitions,
  };
  const source = await compile(root as JSONSchema, 'Datasets', {
    bannerComment: '// Generated by scripts/build.ts from schemas/: do not edit.',
    additionalProperties: false,
    unreachableDefinitions: true,
    ignoreMinAndMaxItems: false,
    strictIndexSignatures: true,
    unknownAny: true,
    format: true,
  });
  const imports = `import type { ${DATASETS.map((name) => idName[name]).join(', ')} } from './ids.ts';\n`;
  writeFileSync(join(dir, 'types.ts'), readonlyDeclarations(source).replace(/\n/, `\n${imports}`));
}

/**
 * Generates `metadata-file.ts`: `MetadataFile`, the type of data/metadata.json, from schemas/metadata.schema.json.
 * The build steps that read metadata.json (this package's build, the snapshots) use it instead of a hand-written
 * copy. Not part of the package's API (the package exposes its own `Metadata`).
 */
export async function writeMetadataFileType(dir: string, schemas: Schemas): Promise<void> {
  const names = typeNames(schemas);
  const used = new Set<string>();
  const refName = (ref: string) => {
    const name = names.defs[ref.slice(ref.lastIndexOf('/') + 1)];
    if (name === undefined) throw new Error(`unknown $ref ${ref} in metadata.schema.json`);
    used.add(name);
    return name;
  };
  const schema = { ...typeSchema(schemas.metadata, { refName, idName: idTypeNames(schemas) }), title: 'MetadataFile' };
  const source = await compile(schema as JSONSchema, 'MetadataFile', {
    bannerComment: '',
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    strictIndexSignatures: false, // datasets: every name is required by the schema
    unknownAny: true,
    format: true,
  });
  const imports = used.size === 0 ? '' : `import type { ${[...used].sort().join(', ')} } from './types.ts';\n\n`;
  writeFileSync(join(dir, 'metadata-file.ts'), `// Generated by scripts/build.ts from schemas/metadata.schema.json: do not edit.\n${imports}${source}`);
}
