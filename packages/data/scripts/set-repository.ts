import { readFileSync } from 'node:fs';
import { writeFileAtomically } from './build/directory.ts';
import { packageJsonPath } from './build/paths.ts';
import { REPOSITORY_SETTING, repositoryFields } from './release/repository.ts';

// `node scripts/set-repository.ts`, run by `publish-release` before `changeset publish`: writes repository, homepage
// and bugs into package.json from the one setting ACCES_SOINS_REPOSITORY_URL. Refuses to go on without it: a package
// published without its repository is one nobody can report a problem on.
const address = process.env[REPOSITORY_SETTING]?.trim();
if (!address) {
  console.error(`✗ ${REPOSITORY_SETTING} is not set: give the repository's web address (https://…) to publish.`);
  process.exit(1);
}
try {
  const manifest = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as Record<string, unknown>;
  writeFileAtomically(packageJsonPath, `${JSON.stringify({ ...manifest, ...repositoryFields(address) }, null, 2)}\n`);
  console.log(`package.json: repository, homepage and bugs from ${REPOSITORY_SETTING}.`);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
