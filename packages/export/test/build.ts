import { exportSnapshot } from '../src/index.ts';
import { removeDir, tempOutDir, writeFixture } from './fixture.ts';

/** A snapshot exported into a temporary folder, from the repository's data or from the synthetic fixture. */
export interface Built {
  dataDir: string | undefined;
  outDir: string;
  cleanup: () => void;
}

export function build(source: 'real' | 'fixture'): Built {
  const dataDir = source === 'fixture' ? writeFixture() : undefined;
  const { parent, outDir } = tempOutDir();
  exportSnapshot({ dataDir, outDir });
  return {
    dataDir,
    outDir,
    cleanup: () => {
      removeDir(parent);
      if (dataDir !== undefined) removeDir(dataDir);
    },
  };
}
