import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsup';
import { DATASETS } from '@acces-soins/validate';
import { replaceDirectory } from './directory.ts';
import { distDir, generatedDir, packageDir } from './paths.ts';

/**
 * Bundles src/ and generated/ into dist/ with tsup: ESM and CommonJS, `.d.ts` and `.d.cts`, one entry per export
 * (the root, the validators, each dataset). The package has no runtime dependency (the validators are self-contained). The published JSON and schemas are copied beside. dist/ is replaced only once all is built.
 */
export async function bundle(): Promise<void> {
  await replaceDirectory(distDir, async (outDir) => {
    await build({
      entry: {
        index: join(packageDir, 'src/index.ts'),
        validators: join(packageDir, 'src/validators.ts'),
        ...Object.fromEntries(DATASETS.map((name) => [name, join(generatedDir, `${name}.ts`)])),
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
      esbuildOptions(options) {
        // French text stays as UTF-8 rather than \u escapes: the modules stay the size of the JSON.
        options.charset = 'utf8';
      },
    });
    cpSync(join(generatedDir, 'json'), join(outDir, 'json'), { recursive: true });
    cpSync(join(generatedDir, 'schemas'), join(outDir, 'schemas'), { recursive: true });
  });
}
