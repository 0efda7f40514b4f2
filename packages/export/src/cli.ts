import { join } from 'node:path';
import { commandLine, InvalidDataError, root } from '@acces-soins/validate';
import { exportSnapshot } from './snapshot.ts';

// `pnpm --filter @acces-soins/export run build [--data DIR] [--out DIR]`: writes snapshots/ at the repository root.
const { values } = commandLine('@acces-soins/export build', { options: { data: { type: 'string' }, out: { type: 'string', default: join(root, 'snapshots') } } });
const outDir = values.out;
try {
  const files = await exportSnapshot({ dataDir: values.data, outDir });
  const bytes = files.reduce((total, file) => total + file.bytes.byteLength, 0);
  console.log(`${outDir}: ${files.length} files, ${bytes} bytes.`);
} catch (error) {
  if (!(error instanceof InvalidDataError)) throw error;
  console.error(error.message);
  console.error(`Nothing written to ${outDir}.`);
  process.exit(1);
}
