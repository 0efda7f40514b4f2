import { exportSnapshot } from '../src/index.ts';
import { fixtureRecords, removeDir, sparseFixtureRecords, tempOutDir, writeFixture } from './fixture.ts';

/** Where a test snapshot's data comes from: the repository, the synthetic fixture, or the fixture with empty datasets. */
export type DataSource = 'real' | 'fixture' | 'sparse';

/** A snapshot exported into a temporary folder. */
export interface Built {
  dataDir: string | undefined;
  outDir: string;
  cleanup: () => void;
}

export async function build(source: DataSource): Promise<Built> {
  const dataDir = source === 'real' ? undefined : writeFixture(source === 'fixture' ? fixtureRecords() : sparseFixtureRecords());
  const { parent, outDir } = tempOutDir();
  await exportSnapshot({ dataDir, outDir });
  return {
    dataDir,
    outDir,
    cleanup: () => {
      removeDir(parent);
      if (dataDir !== undefined) removeDir(dataDir);
    },
  };
}
