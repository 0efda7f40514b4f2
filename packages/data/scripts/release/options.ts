import { dataDir, schemasDir } from '@acces-soins/validate';
import { baselinePath, readPackageJson } from '../build/paths.ts';

/** The command-line options (util.parseArgs) shared by the release step and the semver check: what they compare. */
export const RELEASE_OPTIONS = {
  data: { type: 'string', default: dataDir },
  schemas: { type: 'string', default: schemasDir },
  baseline: { type: 'string', default: baselinePath },
  version: { type: 'string', default: readPackageJson().version },
} as const;
