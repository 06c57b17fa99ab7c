// The four parts of a production deployment as separate OS processes, each of which a fault
// test can kill -9 and start again on the same ports and data: PostgreSQL, the Temporal dev
// server (SQLite file), the worker (worker/main.ts) and the API (api/server.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '../../../dev/embedded/postgres.js';
import { startDevServer } from '../../../dev/temporal/dev-server.js';
import { ensureTemporalCli } from '../../../dev/temporal/cli-binary.js';
import { temporalToolOptions } from '../../../dev/temporal/index.js';
import { SEARCH_ATTRIBUTES } from '../../../infra/temporal/search-attributes.js';
import { freePort } from '../../../dev/temporal/free-port.js';
import { processesUsing } from '../../../infra/process/leftovers.js';
import { startWorkerProcess } from '../../helpers/worker-process.js';
import { TEST_SECRETS_KEY } from '../../helpers/database.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export type Part = 'postgres' | 'temporal' | 'worker' | 'api';

export interface Deployment {
  databaseUrl: string;
  apiUrl: string;
  kill(part: Part): Promise<void>;
  start(part: Part): Promise<void>;
  stopAll(): Promise<void>;
}

export async function startDeployment(dataDir: string, taskQueue: string): Promise<Deployment> {
  const pgPort = await freePort();
  const temporalPort = await freePort();
  const uiPort = await freePort();
  const apiPort = await freePort();
  const binary = await ensureTemporalCli(temporalToolOptions(process.env));
  const pgDir = join(dataDir, 'pg');
  const temporalDb = join(dataDir, 'temporal.db');

  let pg = await startEmbeddedPostgres({ dataDir, port: pgPort });
  const startTemporal = () => startDevServer({ binary, port: temporalPort, uiPort, dbFile: temporalDb, searchAttributes: SEARCH_ATTRIBUTES });
  let temporal = await startTemporal();
  const env = {
    DATABASE_URL: pg.url, TEMPORAL_ADDRESS: temporal.address, TEMPORAL_TASK_QUEUE: taskQueue, SECRETS_KEY: TEST_SECRETS_KEY,
    API_PORT: String(apiPort), LOG_LEVEL: 'fatal', DEMO: 'false',
  };
  const startApi = () => spawn(process.execPath, ['--import', 'tsx', 'api/server.ts'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
  const processes: Partial<Record<'worker' | 'api', ChildProcess>> = {};
  let stopping = false;
  // As `restart: on-failure` does: a worker or API that exits by itself (its Temporal or
  // database gone for a while) is started again; the ones the test kills it starts itself.
  const supervise = (role: 'worker' | 'api', child: ChildProcess): ChildProcess => {
    processes[role] = child;
    child.once('exit', () => {
      if (stopping || processes[role] !== child || killed.has(child)) return;
      setTimeout(() => {
        if (!stopping && processes[role] === child) supervise(role, role === 'worker' ? startWorkerProcess(env) : startApi());
      }, 500);
    });
    return child;
  };
  const killed = new WeakSet<ChildProcess>();
  supervise('worker', startWorkerProcess(env));
  supervise('api', startApi());
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  await apiListening(apiUrl);

  const killPid = async (pid: number | undefined) => {
    if (pid === undefined) return;
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      return;
    }
  };
  const gone = async (child: ChildProcess | undefined) => {
    if (child && child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('exit', r));
  };

  return {
    databaseUrl: pg.url,
    apiUrl,
    async kill(part) {
      if (part === 'postgres' || part === 'temporal') {
        for (const pid of processesUsing(part === 'postgres' ? pgDir : temporalDb)) await killPid(pid);
        return;
      }
      const child = processes[part];
      if (child) killed.add(child);
      await killPid(child?.pid);
      await gone(child);
    },
    async start(part) {
      if (part === 'postgres') pg = await startEmbeddedPostgres({ dataDir, port: pgPort });
      else if (part === 'temporal') temporal = await startTemporal();
      else if (part === 'worker') supervise('worker', startWorkerProcess(env));
      else {
        supervise('api', startApi());
        await apiListening(apiUrl);
      }
    },
    async stopAll() {
      stopping = true;
      for (const child of [processes.api, processes.worker]) {
        child?.kill('SIGKILL');
        await gone(child);
      }
      await temporal.stop();
      await pg.stop();
    },
  };
}

async function apiListening(apiUrl: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      await fetch(`${apiUrl}/health`);
      return;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`the API at ${apiUrl} did not listen in time`, { cause: err });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
