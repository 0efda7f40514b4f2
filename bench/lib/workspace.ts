import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { root } from '@acces-soins/validate';
import { runCommand, type CommandResult } from './child.ts';

/**
 * A copy of the repository whose `data/` is a scaled dataset, so that the real build commands (data package, export,
 * site) run unchanged on ×N data without touching the checkout that everybody else builds in. Sources are copied;
 * dependencies are shared: the root `node_modules` is linked and each package's `node_modules` (pnpm's relative links)
 * is copied link for link, so workspace packages resolve to the copies and everything else to the one store.
 */
export interface Workspace {
  dir: string;
  /** Runs a package's npm script the way `pnpm run` does: package and root `.bin` first on PATH. */
  run(packageDir: string, script: string, options?: { timeoutMs?: number }): Promise<CommandResult>;
}

/** Paths never copied: the data is replaced, the bench is not part of the product, the rest is generated. */
const SKIPPED = /^(data|bench|snapshots)\//;

export function createWorkspace(target: string, dataDir: string): Workspace {
  const dir = resolve(target);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Tracked and new files, without what .gitignore excludes (node_modules, dist, generated outputs).
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '' && !SKIPPED.test(file) && existsSync(join(root, file)));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
  symlinkSync(resolve(dataDir), join(dir, 'data'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  for (const packageDir of workspacePackages()) {
    const modules = join(root, packageDir, 'node_modules');
    if (!existsSync(modules)) continue;
    // verbatimSymlinks keeps pnpm's relative links relative: a workspace dependency then points into the copy.
    cpSync(modules, join(dir, packageDir, 'node_modules'), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (source) => !/[/\\]node_modules[/\\]\.(vite|astro|cache)$/.test(source),
    });
  }
  return createWorkspaceHandle(dir);
}

/** A workspace created earlier (by another measurement process). */
export function createWorkspaceHandle(target: string): Workspace {
  const dir = resolve(target);
  if (!existsSync(join(dir, 'package.json'))) throw new Error(`no workspace in ${dir}: the package measurement creates it`);
  return {
    dir,
    run: (packageDir, script, options = {}) => {
      const manifest = JSON.parse(readFileSync(join(dir, packageDir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
      const command = manifest.scripts?.[script];
      if (command === undefined) throw new Error(`${packageDir}/package.json has no "${script}" script`);
      const path = [join(dir, packageDir, 'node_modules', '.bin'), join(dir, 'node_modules', '.bin'), process.env.PATH].join(':');
      return runCommand('sh', ['-c', command], {
        cwd: join(dir, packageDir),
        env: { ...process.env, PATH: path, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
        timeoutMs: options.timeoutMs,
      });
    },
  };
}

/** Folders of the workspace packages other than the bench (pnpm-workspace.yaml lists packages/*, site and bench). */
function workspacePackages(): string[] {
  const packages = readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `packages/${entry.name}`);
  return [...packages, 'site'];
}
