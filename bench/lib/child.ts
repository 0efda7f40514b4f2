import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** Arguments of a measurement script: `--name value` pairs. */
export function option(name: string): string | undefined;
export function option(name: string, fallback: string): string;
export function option(name: string, fallback?: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}

/** A measurement script's result: one JSON line on stdout, the last one (anything before it is ignored). */
export function emit(result: unknown): void {
  process.stdout.write(`\n${JSON.stringify(result)}\n`);
}

export interface CommandResult {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion, timing it from spawn to exit. Never throws on a non-zero exit: the caller decides. */
export function runCommand(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<CommandResult> {
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ ms: performance.now() - start, code, stdout, stderr });
    });
  });
}

/**
 * Runs a measurement script in its own Node process (nothing of one measurement warms up the next) and returns its
 * result. `--expose-gc` lets timed runs start from a collected heap (see lib/timing.ts).
 */
export async function measureInChild<T>(script: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<T> {
  const result = await runCommand(process.execPath, ['--expose-gc', script, ...args], options);
  if (result.code !== 0) {
    const tail = (result.stderr || result.stdout).trim().split('\n').slice(-15).join('\n');
    throw new Error(`${script} ${args.join(' ')} failed (exit ${result.code}):\n${tail}`);
  }
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as T;
}
