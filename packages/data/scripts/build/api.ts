import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Application, ReflectionKind, type DeclarationReflection } from 'typedoc';
import { packageDir } from './paths.ts';

/** One export of the package, as the API reference lists it. */
export interface ApiEntry {
  name: string;
  kind: 'function' | 'constant' | 'type';
  /** TypeScript declarations: one per overload for a function. */
  signatures: string[];
  /** The doc comment's summary (for generated types: French, then English). */
  summary: string;
}

const MAX_TYPE = 160;
const short = (text: string) => (text.length > MAX_TYPE ? `${text.slice(0, MAX_TYPE - 1)}…` : text);

function describe(reflection: DeclarationReflection): ApiEntry | undefined {
  const comment = reflection.signatures?.[0]?.comment ?? reflection.comment;
  // json-schema-to-typescript appends where a definition came from: not for readers.
  const summary = (comment?.summary ?? []).map((part) => part.text).join('').replace(/\s*This (?:interface|type) was referenced by[\s\S]*$/, '').trim();
  if (reflection.kindOf(ReflectionKind.Function)) {
    const signatures = (reflection.signatures ?? []).map((signature) => {
      const parameters = (signature.parameters ?? []).map((parameter) => `${parameter.name}${parameter.flags.isOptional || parameter.defaultValue ? '?' : ''}: ${short(String(parameter.type))}`);
      const generics = signature.typeParameters?.length ? `<${signature.typeParameters.map((type) => `${type.name}${type.type ? ` extends ${type.type}` : ''}`).join(', ')}>` : '';
      return `function ${reflection.name}${generics}(${parameters.join(', ')}): ${short(String(signature.type))}`;
    });
    return { name: reflection.name, kind: 'function', signatures, summary };
  }
  if (reflection.kindOf(ReflectionKind.Variable)) {
    return { name: reflection.name, kind: 'constant', signatures: [`const ${reflection.name}: ${short(String(reflection.type))}`], summary };
  }
  if (reflection.kindOf(ReflectionKind.Interface)) {
    const fields = (reflection.children ?? []).map((child) => `${child.name}${child.flags.isOptional ? '?' : ''}`);
    return { name: reflection.name, kind: 'type', signatures: [short(`interface ${reflection.name} { ${fields.join('; ')} }`)], summary };
  }
  if (reflection.kindOf(ReflectionKind.TypeAlias)) {
    return { name: reflection.name, kind: 'type', signatures: [`type ${reflection.name} = ${short(String(reflection.type))}`], summary };
  }
  return undefined;
}

/**
 * Writes `api.json`: every export of the package's root with its declaration and doc comment, read from the code by
 * TypeDoc — the API reference the site's developers page shows, never written by hand.
 */
export async function writeApiReference(outDir: string): Promise<void> {
  const app = await Application.bootstrap({
    entryPoints: [join(packageDir, 'src', 'index.ts')],
    tsconfig: join(packageDir, 'tsconfig.json'),
    logLevel: 'Error',
    skipErrorChecking: true,
    sort: ['kind', 'alphabetical'],
  });
  const project = await app.convert();
  if (project === undefined) throw new Error('TypeDoc could not read src/index.ts');
  const entries = (project.children ?? []).map(describe).filter((entry) => entry !== undefined);
  writeFileSync(join(outDir, 'api.json'), `${JSON.stringify(entries, null, 1)}\n`);
}
