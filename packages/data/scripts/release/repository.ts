/**
 * The one setting the package's links come from: the repository's web address (e.g. https://github.com/owner/repo),
 * given at publication as ACCES_SOINS_REPOSITORY_URL. The project knows no address of its own, so none is written in
 * the sources; `repository`, `homepage` and `bugs` are derived from this one value when publishing.
 */
export const REPOSITORY_SETTING = 'ACCES_SOINS_REPOSITORY_URL';

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
