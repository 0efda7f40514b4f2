import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsup';
import { DATASETS } from '@acces-soins/validate';
import { writeApiReference } from './api.ts';
import { replaceDirectory } from './directory.ts';
import { distDir, generatedDir, packageDir } from './paths.ts';

/**
 * Bundles src/ and generated/ into dist/ with tsup: ESM and CommonJS, `.d.ts` and `.d.cts`, one entry per export
 * (the root, the validators, each validator alone, each dataset). The package has no runtime dependency (the validators are self-contained). The published JSON and schemas are copied beside. dist/ is replaced only once all is built.
 */
export async function bundle(): Promise<void> {
  await replaceDirectory(distDir, async (outDir) => {
    await build({
      entry: {
        index: join(packageDir, 'src/index.ts'),
        validators: join(packageDir, 'src/validators.ts'),
        ...Object.fromEntries(DATASETS.map((name) => [name, join(generatedDir, `${name}.ts`)])),
        ...Object.fromEntries(DATASETS.map((name) => [`validators/${name}`, join(generatedDir, 'validators', `${name}.ts`)])),
      },
      outDir,
      format: ['esm', 'cjs'],
      dts: true,
      // Shared code (each dataset, the validators) goes to its own chunk, so bundlers keep only what is imported.
      splitting: true,
      platform: 'neutral',
      target: 'es2022',
      tsconfig: join(packageDir, 'tsconfig.json'),
      config: false,
      silent: true,
      clean: false,
      // The records stay in json/<name>.json, imported by the ES modules and required by the CommonJS ones: one
      // copy of the data in the package, one object graph in a process that loads both.
      esbuildPlugins: [
        {
          name: 'json-stays-json',
          setup(build) {
            build.onResolve({ filter: /^\.\/json\/[a-z-]+\.json$/ }, (args) => ({ path: args.path, external: true }));
          },
        },
      ],
      esbuildOptions(options) {
        // French text stays as UTF-8 rather than \u escapes: the modules stay the size of the JSON.
        options.charset = 'utf8';
      },
    });
    // esbuild drops the import attribute of an external import; Node and browsers need it to load JSON as a module.
    for (const file of readdirSync(outDir, { recursive: true }).map(String).filter((name) => name.endsWith('.js'))) {
      const path = join(outDir, file);
      const code = readFileSync(path, 'utf8');
      const fixed = code.replace(/( from "\.\/json\/[a-z-]+\.json")(;)/g, '$1 with { type: "json" }$2');
      if (fixed !== code) writeFileSync(path, fixed);
    }
    cpSync(join(generatedDir, 'json'), join(outDir, 'json'), { recursive: true, filter: (path) => !path.endsWith('.d.json.ts') });
    cpSync(join(generatedDir, 'schemas'), join(outDir, 'schemas'), { recursive: true });
    await writeApiReference(outDir);
  });
}
