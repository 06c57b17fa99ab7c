// The floor, as the load benches measure it: the cheapest workflow the server can run (one
// activity and done), started open-loop at a rate by a worker in this process.
import { fileURLToPath } from 'node:url';
import type { Client } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import * as floorActivities from './activities.js';
import { addHistory, emptyCost } from '../history-cost.js';
import { percentile as pct } from '../stack.js';

export type FloorRow = { rate: number; perSec: number; p99ms: number; events: number; [k: string]: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const round1 = (x: number) => Math.round(x * 10) / 10;

export async function startFloor(client: Client, address: string): Promise<{ measure(rate: number, seconds: number): Promise<FloorRow>; stop(): Promise<void> }> {
  const connection = await NativeConnection.connect({ address });
  const worker = await Worker.create({ connection, taskQueue: 'floor', activities: floorActivities, workflowsPath: fileURLToPath(new URL('./workflows.ts', import.meta.url)) });
  const running = worker.run();
  return {
    async measure(rate, seconds) {
      const t0 = Date.now();
      const total = Math.round(rate * seconds);
      const runs: Array<Promise<number>> = [];
      for (let i = 0; i < total; i++) {
        await sleep(t0 + (i * 1000) / rate - Date.now());
        const at = Date.now();
        runs.push(client.workflow.execute('floorWorkflow', { taskQueue: 'floor', workflowId: `floor-${rate}-${i}-${t0}`, args: ['x'] }).then(() => Date.now() - at, () => NaN));
      }
      const lat = (await Promise.all(runs)).filter((x) => !Number.isNaN(x));
      const cost = emptyCost();
      await addHistory(client, `floor-${rate}-0-${t0}`, cost);
      return { rate, completed: lat.length, perSec: round1(lat.length / ((Date.now() - t0) / 1000)), p50ms: pct(lat, 50), p95ms: pct(lat, 95), p99ms: pct(lat, 99), events: cost.events, wfTasks: cost.workflowTasks };
    },
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
    },
  };
}
