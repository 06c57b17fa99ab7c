// What the worker-crash suites share: the simulators and the dev server for the suite, worker
// processes that are killed on the way out, and a tenant connected to the simulators with a
// task queue of its own.
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Sql } from '../../infra/db/database.js';
import { startSimulators, type Simulators } from '../../dev/simulators/index.js';
import { newTenant, testDatabase } from './database.js';
import { connectToSimulators } from './simulated-world.js';
import { devServerEnv, TEMPORAL_SETUP_TIMEOUT_MS } from './temporal.js';
import { startWorkerProcess } from './worker-process.js';

export interface CrashTenant {
  sql: Sql;
  client: Client;
  tenantId: string;
  taskQueue: string;
  /** The worker process's environment for this tenant's database, server and queue. */
  env: Record<string, string>;
}

export function workerCrashSuite(opts: { clearTickets?: boolean } = {}) {
  let sims: Simulators | undefined;
  const workers: ChildProcess[] = [];
  before(async function () {
    this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
    sims = await startSimulators({});
    // Seeded tickets would open requests of their own once a worker polls the panel.
    if (opts.clearTickets) sims.panel.state.tickets.clear();
    await devServerEnv();
  });
  after(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await sims?.close();
  });
  return {
    get sims(): Simulators {
      if (!sims) throw new Error('the simulators are not up yet');
      return sims;
    },
    startWorker(env: Record<string, string>): ChildProcess {
      const w = startWorkerProcess(env);
      workers.push(w);
      return w;
    },
    async tenant(name: string): Promise<CrashTenant> {
      const { url, sql } = await testDatabase();
      const { address, client } = await devServerEnv();
      const { tenantId } = await newTenant(sql, name);
      await connectToSimulators(sql, tenantId, this.sims);
      const taskQueue = `${name}-${randomUUID()}`;
      return { sql, client, tenantId, taskQueue, env: { DATABASE_URL: url, TEMPORAL_ADDRESS: address, TEMPORAL_TASK_QUEUE: taskQueue } };
    },
  };
}
