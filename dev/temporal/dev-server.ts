// Runs `temporal server start-dev` (a full Temporal server with Web UI, SQLite inside) as a
// child process bound to 127.0.0.1, for the embedded runtime and for tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Connection } from '@temporalio/client';
import { ensureSearchAttributes } from '../../infra/temporal/ensure-search-attributes.js';
import { freePort } from './free-port.js';
import type { SearchAttributeKind } from '../../infra/temporal/search-attributes.js';
import { waitForPort } from './wait-for-port.js';
import { stopLeftovers } from '../../infra/process/leftovers.js';

export interface DevServerOptions {
  /** The Temporal CLI (see cli-binary.ts). */
  binary: string;
  ip?: '127.0.0.1';
  /** Frontend gRPC port; 0 or undefined picks a free one. */
  port?: number;
  /** Web UI port; 0 or undefined picks a free one. */
  uiPort?: number;
  /** SQLite file for persistent state; in memory when omitted. */
  dbFile?: string;
  /** `--sqlite-pragma` values for the file database, e.g. { journal_mode: 'wal' }. */
  sqlitePragmas?: Record<string, string>;
  /** Created at start if missing; "default" always exists. */
  namespace?: string;
  searchAttributes: Record<string, SearchAttributeKind>;
  /** Server output lines (warnings and errors only). */
  log?: (line: string) => void;
  /** How long to wait for the server to serve the namespace. */
  startTimeoutMs?: number;
  /** How long stop() waits after SIGTERM before SIGKILL. */
  stopGraceMs?: number;
  /** Picks a port left to choose (free-port.ts by default). */
  pickPort?: (ip: string) => Promise<number>;
}

export interface DevServer {
  /** host:port of the frontend, for Connection.connect / NativeConnection.connect. */
  address: string;
  uiUrl: string;
  namespace: string;
  /** Idempotent: SIGTERM, then SIGKILL after the grace period; resolves once the process is gone. */
  stop(): Promise<void>;
}

// Linux util-linux tool that sets a parent-death signal before exec'ing the server, so the
// server ends with this process even when it is killed outright and stop() never runs.
const SETPRIV = '/usr/bin/setpriv';
const RECENT_LINES = 40;
// A write-ahead log synced at checkpoints rather than at every commit: a killed server loses
// nothing (the log is in the OS's hands once written), only a machine crash can lose the last
// commits. With the default rollback journal every commit waits for the disk, which made the
// server, not the product, the limit at about 12 workflows a second (bench/open-loop.ts).
const DURABLE_FAST_SQLITE: Record<string, string> = { journal_mode: 'wal', synchronous: 'normal' };

// A port found free can be taken by another process before the server binds it (a busy CI
// machine runs many servers): ports this module picked are picked again, a few times.
const START_ATTEMPTS = 3;

export async function startDevServer(opts: DevServerOptions): Promise<DevServer> {
  const ip = opts.ip ?? '127.0.0.1';
  const pick = opts.pickPort ?? freePort;
  for (let attempt = 1; ; attempt++) {
    const port = opts.port || (await pick(ip));
    const uiPort = opts.uiPort || (await pick(ip));
    try {
      return await startOnce(opts, ip, port, uiPort);
    } catch (err) {
      const taken = err instanceof Error ? /:(\d+): bind: address already in use/u.exec(err.message)?.[1] : undefined;
      const ours = taken !== undefined && [opts.port ? 0 : port, opts.uiPort ? 0 : uiPort].includes(Number(taken));
      if (!ours || attempt >= START_ATTEMPTS) throw err;
      opts.log?.(`port ${taken} was taken before the Temporal dev server bound it; picking again`);
    }
  }
}

async function startOnce(opts: DevServerOptions, ip: string, port: number, uiPort: number): Promise<DevServer> {
  const namespace = opts.namespace ?? 'default';
  const address = `${ip}:${port}`;
  // A server a killed run left on this database file would hold it (and its ports).
  if (opts.dbFile) await stopLeftovers(opts.dbFile);
  const args = [
    'server', 'start-dev',
    '--ip', ip,
    '--port', String(port),
    '--ui-port', String(uiPort),
    '--log-level', 'warn',
    // On by default, it calls a Temporal web service; this server only talks to loopback.
    '--dynamic-config-value', 'frontend.enableServerVersionCheck=false',
    // One partition per task queue: tasks are handed out in the order they were queued, so
    // under a load the worker cannot keep up with, messages are answered in order of arrival
    // (four partitions handed them out in no order: 76% overtaken at 20 messages/s).
    '--dynamic-config-value', 'matching.numTaskqueueReadPartitions=1',
    '--dynamic-config-value', 'matching.numTaskqueueWritePartitions=1',
    ...(opts.dbFile ? ['--db-filename', opts.dbFile] : []),
    ...Object.entries(opts.dbFile ? { ...DURABLE_FAST_SQLITE, ...opts.sqlitePragmas } : {}).flatMap(([k, v]) => ['--sqlite-pragma', `${k}=${v}`]),
    ...(namespace !== 'default' ? ['--namespace', namespace] : []),
    ...Object.entries(opts.searchAttributes).flatMap(([name, kind]) => ['--search-attribute', `${name}=${kind}`]),
  ];
  const child = existsSync(SETPRIV)
    ? spawn(SETPRIV, ['--pdeathsig', 'TERM', '--', opts.binary, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(opts.binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });

  const recent: string[] = [];
  let stopping = false;
  const onLine = (line: string): void => {
    recent.push(line);
    if (recent.length > RECENT_LINES) recent.shift();
    // Shutdown makes the server's internal workers log connection errors: noise, not news.
    if (!stopping) opts.log?.(line);
  };
  createInterface({ input: child.stdout! }).on('line', onLine);
  createInterface({ input: child.stderr! }).on('line', onLine);

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Ends the start-up wait as soon as the process fails to spawn or exits.
  const startAborted = new AbortController();
  child.once('error', (err) => startAborted.abort(new Error(`could not start ${opts.binary}: ${err.message}`)));
  child.once('exit', (code, signal) =>
    startAborted.abort(
      new Error(`Temporal dev server exited during start-up (${signal ?? `exit code ${String(code)}`}):\n${recent.join('\n')}`),
    ),
  );

  // Backstop for runs that end without calling stop() (e.g. a test runner calling exit()).
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      stopping = true;
      process.removeListener('exit', killOnExit);
      await terminate(child, exited, opts.stopGraceMs ?? 5_000);
      if (opts.dbFile) await stopLeftovers(opts.dbFile, { graceMs: opts.stopGraceMs ?? 5_000 });
    })();
    return stopped;
  };

  try {
    const deadline = Date.now() + (opts.startTimeoutMs ?? 30_000);
    const connection = await connectWhenServing(address, namespace, deadline, startAborted.signal);
    try {
      await ensureSearchAttributes(connection, namespace, opts.searchAttributes);
    } finally {
      await connection.close();
    }
  } catch (err) {
    // An exit during start-up explains more than the wait that it cut short.
    const cause: unknown = startAborted.signal.aborted ? startAborted.signal.reason : err;
    await stop();
    throw cause;
  }
  return { address, uiUrl: `http://${ip}:${uiPort}`, namespace, stop };
}

/** Port open, then gRPC up, then the namespace served; retried until the deadline. */
async function connectWhenServing(address: string, namespace: string, deadline: number, signal: AbortSignal): Promise<Connection> {
  const [host, port] = splitAddress(address);
  await waitForPort(host, port, deadline, signal);
  for (;;) {
    try {
      const connection = await Connection.connect({ address, connectTimeout: 2_000 });
      try {
        // The frontend answers a moment before its namespace registry has loaded.
        await connection.workflowService.describeNamespace({ namespace });
        return connection;
      } catch (err) {
        await connection.close();
        throw err;
      }
    } catch (err) {
      signal.throwIfAborted();
      if (Date.now() > deadline) {
        throw new Error(`Temporal dev server at ${address} did not serve namespace "${namespace}" in time`, { cause: err });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function terminate(child: ChildProcess, exited: Promise<void>, graceMs: number): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return; // never ran, or gone
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), graceMs);
  });
  if ((await Promise.race([exited, graceOver])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
  clearTimeout(timer);
}

function splitAddress(address: string): [string, number] {
  const at = address.lastIndexOf(':');
  return [address.slice(0, at), Number(address.slice(at + 1))];
}
