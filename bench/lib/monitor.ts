import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { CommandResult } from './child.ts';

/**
 * A command run with its memory watched (Linux /proc; elsewhere only timed): the peak resident memory of its whole
 * process tree (Astro's Node process, Pagefind's native binary under its Node launcher), sampled every 100 ms, and a
 * watchdog that kills the tree when the machine's available memory falls under a floor — the machine is shared, and
 * a build that would swap everyone else out is worth less than a clear "did not fit".
 */
export interface MonitoredResult extends CommandResult {
  /** Highest sum of the tree's resident memory seen, in bytes; undefined where /proc is not available. */
  peakRssBytes?: number;
  /** Set when the watchdog killed the command: what the available memory had fallen to. */
  killedForMemory?: { availableBytes: number; floorBytes: number };
}

const SAMPLE_MS = 100;
const hasProc = (() => {
  try {
    readFileSync('/proc/meminfo', 'utf8');
    return true;
  } catch {
    return false;
  }
})();

function availableBytes(): number {
  const match = /MemAvailable:\s+(\d+) kB/.exec(readFileSync('/proc/meminfo', 'utf8'));
  return match === null ? Infinity : Number(match[1]) * 1024;
}

/** Resident bytes of every process whose process group is `group` (the command runs as a group leader). */
function groupRssBytes(group: number): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start at its closing parenthesis.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== group) continue;
      // rss (pages) is field 24 of stat, index 21 after the name.
      total += Number(fields[21]) * 4096;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

export function runMonitored(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; memoryFloorBytes?: number } = {},
): Promise<MonitoredResult> {
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let peak: number | undefined;
    let killedForMemory: MonitoredResult['killedForMemory'];
    const killTree = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const sampler = !hasProc || child.pid === undefined ? undefined : setInterval(() => {
      peak = Math.max(peak ?? 0, groupRssBytes(child.pid!));
      const available = availableBytes();
      if (options.memoryFloorBytes !== undefined && available < options.memoryFloorBytes && killedForMemory === undefined) {
        killedForMemory = { availableBytes: available, floorBytes: options.memoryFloorBytes };
        killTree();
      }
    }, SAMPLE_MS);
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(killTree, options.timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      clearInterval(sampler);
      resolvePromise({ ms: performance.now() - start, code, stdout, stderr, peakRssBytes: peak, killedForMemory });
    });
  });
}
