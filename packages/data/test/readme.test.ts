import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageDir, run, tsc, withPackedConsumer } from './helpers.ts';

// Every TypeScript example of the README, as a user copies it: type-checked against the packed tarball under
// strict + noUncheckedIndexedAccess (as in a bundled app: moduleResolution bundler), then run with Node.

const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);

const packed = withPackedConsumer();

describe('the README examples', () => {
  it('are there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it('type-check under strict and noUncheckedIndexedAccess, against the packed package', () => {
    const files = examples.map((code, index) => {
      const file = `readme-${index}.ts`;
      // Each example is a module of its own (the same names may be declared in two examples).
      writeFileSync(join(packed.current.dir, file), `${code}\nexport {};\n`);
      return file;
    });
    // The Ajv example imports Ajv and ajv-formats: the ones this package's tests use.
    const modules = join(packageDir, 'node_modules');
    writeFileSync(join(packed.current.dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, noEmit: true, module: 'preserve', moduleResolution: 'bundler',
        target: 'es2022', skipLibCheck: true, types: [], lib: ['es2023', 'dom'],
        paths: { 'ajv/*': [join(modules, 'ajv', '*')], 'ajv-formats': [join(modules, 'ajv-formats', 'dist', 'index.d.ts')] },
      },
      files,
    }));
    const result = run(tsc, ['-p', join(packed.current.dir, 'tsconfig.json')], { cwd: packed.current.dir });
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('run', () => {
    examples.forEach((code, index) => {
      if (code.includes("from 'ajv")) return; // Ajv is not installed in the user's project here
      const file = join(packed.current.dir, `run-${index}.mts`);
      writeFileSync(file, code);
      const result = run(process.execPath, [file], { cwd: packed.current.dir });
      expect(result.status, `example ${index}:\n${code}\n${result.stderr}`).toBe(0);
    });
  });
});
