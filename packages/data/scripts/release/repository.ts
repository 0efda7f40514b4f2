import { REPOSITORY_SETTING } from '@acces-soins/validate';

/**
 * The package's links come from the project's one repository setting, ACCES_SOINS_REPOSITORY_URL (the site and the
 * snapshots read it too, through repositoryUrl). Publishing requires it set explicitly — not guessed from the clone's
 * remote — and derives `repository`, `homepage` and `bugs` from it.
 */
export { REPOSITORY_SETTING };

export interface RepositoryFields {
  repository: { type: 'git'; url: string; directory: string };
  homepage: string;
  bugs: { url: string };
}

/** `repository`, `homepage` and `bugs` of package.json, all from the repository's web address. */
export function repositoryFields(address: string): RepositoryFields {
  const url = new URL(address.trim().replace(/\/+$/, '').replace(/\.git$/, ''));
  if (url.protocol !== 'https:') throw new Error(`${REPOSITORY_SETTING} must be an https:// address, got ${JSON.stringify(address)}`);
  const web = url.href.replace(/\/+$/, '');
  return {
    repository: { type: 'git', url: `git+${web}.git`, directory: 'packages/data' },
    homepage: `${web}/tree/HEAD/packages/data#readme`,
    bugs: { url: `${web}/issues` },
  };
}
