import { join } from 'node:path';
import { InvalidDataError, root } from '@acces-soins/validate';
import { exportSnapshot } from './snapshot.ts';

// `pnpm --filter @acces-soins/export run build [--data DIR] [--out DIR]`: writes snapshots/ at the repository root.
const argument = (flag: string) => {
  const index = process.argv.indexOf(flag);
  return index === -1 ? undefined : process.argv[index + 1];
};
const outDir = argument('--out') ?? join(root, 'snapshots');
try {
  const files = await exportSnapshot({ dataDir: argument('--data'), outDir });
  const bytes = files.reduce((total, file) => total + file.bytes.byteLength, 0);
  console.log(`${outDir}: ${files.length} files, ${bytes} bytes.`);
} catch (error) {
  if (!(error instanceof InvalidDataError)) throw error;
  console.error(error.message);
  console.error(`Nothing written to ${outDir}.`);
  process.exit(1);
}
