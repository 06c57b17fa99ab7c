// Processes a previous run left behind. After a kill -9 of `npm start` its PostgreSQL keeps
// running on our data dir (and, without setpriv, so does the Temporal dev server), so the
// next start would fail on a busy port or a locked cluster. They are found by the data path
// on their command line (Linux /proc; elsewhere nothing is found), asked to stop, then killed.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** PIDs (other than ours) whose command line contains `needle` as one argument. */
export function processesUsing(needle: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const pids: number[] = [];
  for (const entry of entries) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (argv.includes(needle)) pids.push(pid);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return pids;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // A zombie still answers; it is gone for our purposes.
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * Stops every process using `needle`: `signal` first (PostgreSQL shuts down fast on SIGINT),
 * SIGKILL after `graceMs`. Resolves with the PIDs it stopped once all of them are gone.
 */
export async function stopLeftovers(needle: string, opts: { signal?: NodeJS.Signals; graceMs?: number } = {}): Promise<number[]> {
  const pids = processesUsing(needle);
  if (pids.length === 0) return [];
  for (const pid of pids) signalQuietly(pid, opts.signal ?? 'SIGTERM');
  const deadline = Date.now() + (opts.graceMs ?? 10_000);
  while (pids.some(isAlive) && Date.now() < deadline) await pause(100);
  for (const pid of pids.filter(isAlive)) signalQuietly(pid, 'SIGKILL');
  while (pids.some(isAlive)) await pause(50);
  return pids;
}

function signalQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * One service per data dir. A previous `npm start` that lost its terminal (its npm was
 * killed, the node process lives on) still holds the ports and the database: it is asked to
 * stop (SIGTERM runs its orderly stop), and killed if it does not within `graceMs`. The
 * command line is kept with the PID, so a reused PID is never mistaken for it.
 */
export async function takeOverDataDir(pidFile: string, opts: { graceMs?: number; log?: (line: string) => void } = {}): Promise<() => void> {
  const previous = readPidFile(pidFile);
  if (previous && previous.pid !== process.pid && isAlive(previous.pid) && commandLineOf(previous.pid) === previous.cmdline) {
    opts.log?.(`stopping the previous run still using this data dir (pid ${previous.pid})`);
    signalQuietly(previous.pid, 'SIGTERM');
    const deadline = Date.now() + (opts.graceMs ?? 30_000);
    while (isAlive(previous.pid) && Date.now() < deadline) await pause(100);
    if (isAlive(previous.pid)) signalQuietly(previous.pid, 'SIGKILL');
    while (isAlive(previous.pid)) await pause(50);
  }
  const mine = { pid: process.pid, cmdline: commandLineOf(process.pid) };
  writeFileSync(pidFile, JSON.stringify(mine), { mode: 0o600 });
  return () => {
    if (readPidFile(pidFile)?.pid === process.pid) rmSync(pidFile, { force: true });
  };
}

function readPidFile(file: string): { pid: number; cmdline: string } | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { pid: number; cmdline: string };
  } catch {
    return null;
  }
}

function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/** A postmaster.pid whose process is gone (or is no longer that postmaster) is removed. */
export function removeStalePidFile(pidFile: string, ownerArg: string): void {
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  } catch {
    return;
  }
  if (Number.isInteger(pid) && isAlive(pid) && commandLineOf(pid).split('\0').includes(ownerArg)) return;
  rmSync(pidFile, { force: true });
}
