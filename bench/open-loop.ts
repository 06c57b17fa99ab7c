// `npm run build && npx tsx bench/open-loop.ts [rates] [seconds]` (e.g. `2,5,10 20`): drives a
// running production-shaped stack — compiled API and worker processes, one Temporal dev
// server, one PostgreSQL, the simulated panel and provider — with an open-loop load of
// single-order customer messages (status, refill and cancel on the demo orders): sends go out
// on schedule whether or not earlier ones were answered. Per rate it reports messages
// accepted and answered, first-reply latency p50/p95/p99 (send → reply recorded), and CPU
// and memory of each process; then the floor: a one-activity workflow at the same rates on
// the same server. Rows are plain objects, so more columns (backlog over time, history
// events per message) can be added where they are measured.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { startEmbeddedPostgres } from '../dev/embedded/postgres.js';
import { startSimulators } from '../dev/simulators/index.js';
import { ensureTemporalCli } from '../dev/temporal/cli-binary.js';
import { startDevServer } from '../dev/temporal/dev-server.js';
import { freePort } from '../dev/temporal/free-port.js';
import { temporalToolOptions } from '../dev/temporal/tool-options.js';
import { SEARCH_ATTRIBUTES } from '../infra/temporal/search-attributes.js';
import { connectDatabase } from '../infra/db/database.js';
import * as floorActivities from './floor/activities.js';

const rates = (process.argv[2] ?? '2,5,10').split(',').map(Number);
const seconds = Number(process.argv[3] ?? 20);
const DRAIN_MS = 60_000;
const OPERATOR_KEY = 'bench-operator-key-0123456789abcdef';
const MIX = ['status 1004', 'status 1005', 'status 1010', 'status 1011', 'refill 1001', 'refill 1009', 'refill 1012', 'cancel 1005', 'cancel 1014', 'what is the status of order 1015'];

const dir = await mkdtemp(join(tmpdir(), 'supportai-openloop-'));
const pgPort = await freePort();
const pg = await startEmbeddedPostgres({ dataDir: dir, port: pgPort, persistent: false });
const temporalPort = await freePort();
const binary = await ensureTemporalCli({ ...temporalToolOptions(process.env), log: () => {} });
const temporal = await startDevServer({ binary, port: temporalPort, dbFile: join(dir, 'temporal.db'), namespace: 'default', searchAttributes: SEARCH_ATTRIBUTES, log: () => {} });
const sims = await startSimulators({});
const children: ChildProcess[] = [];

function startRole(script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, DATABASE_URL: pg.url, TEMPORAL_ADDRESS: temporal.address, SECRETS_KEY: Buffer.alloc(32, 7).toString('base64'), ALLOW_LOOPBACK_URLS: 'true', OPERATOR_API_KEY: OPERATOR_KEY, LOG_LEVEL: 'warn', ...env },
    stdio: 'ignore',
  });
  children.push(child);
  return child;
}

async function waitReady(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} never became ready`);
}

/** CPU seconds and RSS of a process, from /proc. */
function usage(pid: number): { cpu: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const cpu = (Number(stat[11]) + Number(stat[12])) / 100;
  const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return { cpu, rssMb: Math.round(Number(rss ?? 0) / 1024) };
}

function pidsMatching(needle: string): number[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle);
    } catch {
      return false;
    }
  });
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!) : NaN;
};

try {
  const apiPort = await freePort();
  const workerPort = await freePort();
  const api = startRole('dist/api/server.js', { API_PORT: String(apiPort) });
  const worker = startRole('dist/worker/main.js', { WORKER_HTTP_PORT: String(workerPort) });
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  await Promise.all([waitReady(apiUrl), waitReady(`http://127.0.0.1:${workerPort}`)]);
  const procs: Record<string, number> = {
    api: api.pid!, worker: worker.pid!,
    temporal: pidsMatching(`--port\u0000${temporalPort}`)[0] ?? 0,
    postgres: pidsMatching(`${dir}/pg`)[0] ?? 0,
  };

  const created = await fetch(`${apiUrl}/v1/operator/tenants`, { method: 'POST', headers: { authorization: `Bearer ${OPERATOR_KEY}`, 'content-type': 'application/json' }, body: '{"name":"bench"}' });
  const { apiKey, tenantId } = (await created.json()) as { apiKey: string; tenantId: string };
  const call = (method: string, path: string, body: unknown) => fetch(`${apiUrl}${path}`, { method, headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await call('PUT', '/v1/panel', sims.config.panel);
  await call('PUT', `/v1/providers/${sims.config.providerName}`, { dispatch: 'api', api: sims.config.provider });
  await call('PUT', '/v1/count-source', sims.config.countSource);
  const sql = connectDatabase(pg.url, { max: 2 });

  // The floor first, on an idle server: one activity per workflow, same rates, a worker in
  // this process. (Run after the product, it would queue behind the product's backlog.)
  const nativeConnection = await NativeConnection.connect({ address: temporal.address });
  const floorWorker = await Worker.create({ connection: nativeConnection, taskQueue: 'floor', activities: floorActivities, workflowsPath: fileURLToPath(new URL('./floor/workflows.ts', import.meta.url)) });
  const running = floorWorker.run();
  const client = new Client({ connection: await Connection.connect({ address: temporal.address }) });
  const floor: Array<Record<string, unknown>> = [];
  for (const rate of rates) {
    const t0 = Date.now();
    const total = Math.round(rate * seconds);
    const runs: Array<Promise<number>> = [];
    for (let i = 0; i < total; i++) {
      await new Promise((r) => setTimeout(r, Math.max(0, t0 + (i * 1000) / rate - Date.now())));
      const at = Date.now();
      runs.push(client.workflow.execute('floorWorkflow', { taskQueue: 'floor', workflowId: `floor-${rate}-${i}-${t0}`, args: ['x'] }).then(() => Date.now() - at, () => NaN));
    }
    const lat = (await Promise.all(runs)).filter((x) => !Number.isNaN(x));
    const row = { rate, floor: true, completed: lat.length, p50ms: pct(lat, 50), p95ms: pct(lat, 95), p99ms: pct(lat, 99) };
    floor.push(row);
    console.log(JSON.stringify(row));
  }
  floorWorker.shutdown();
  await running;
  await nativeConnection.close();
  await client.connection.close();
  const product: Array<Record<string, unknown>> = [];
  for (const rate of rates) {
    const before = Object.fromEntries(Object.entries(procs).map(([k, pid]) => [k, pid ? usage(pid) : { cpu: 0, rssMb: 0 }]));
    const t0 = Date.now();
    const sent = new Map<string, number>();
    let accepted = 0;
    const total = Math.round(rate * seconds);
    const sends: Array<Promise<void>> = [];
    for (let i = 0; i < total; i++) {
      const due = t0 + (i * 1000) / rate;
      await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
      const at = Date.now();
      sends.push(call('POST', '/v1/tickets', { customer: 'alice', text: MIX[i % MIX.length], attachments: [] }).then(async (res) => {
        if (res.status !== 202) return;
        accepted++;
        sent.set(((await res.json()) as { conversationId: string }).conversationId, at);
      }, () => {}));
    }
    await Promise.all(sends);
    const ids = [...sent.keys()];
    const deadline = Date.now() + DRAIN_MS;
    let rows: Array<{ id: string; at: Date }> = [];
    for (;;) {
      rows = await sql<Array<{ id: string; at: Date }>>`select conversation_id as id, min(at) as at from replies where conversation_id in ${sql(ids)} group by conversation_id`;
      if (rows.length >= ids.length || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const wall = (Date.now() - t0) / 1000;
    const latencies = rows.map((r) => r.at.getTime() - sent.get(r.id)!);
    const row: Record<string, unknown> = { rate, sent: total, accepted, answered: rows.length, p50ms: pct(latencies, 50), p95ms: pct(latencies, 95), p99ms: pct(latencies, 99) };
    for (const [name, pid] of Object.entries(procs)) {
      if (!pid) continue;
      const now = usage(pid);
      row[`${name}Cpu%`] = Math.round(((now.cpu - before[name]!.cpu) / wall) * 100);
      row[`${name}MB`] = now.rssMb;
    }
    product.push(row);
    console.log(JSON.stringify(row));
  }
  await sql.end();
  void tenantId;

  console.table(product);
  console.table(floor);
} finally {
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
  await sims.close();
  await temporal.stop();
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}
