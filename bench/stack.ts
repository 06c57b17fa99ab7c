// The production-shaped stack the load benchmarks drive: compiled API and worker processes
// (run `npm run build` first), one Temporal dev server, one PostgreSQL, the simulated panel,
// provider and count source, and one tenant connected to them. Also reads what each process
// costs from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../dev/embedded/postgres.js';
import { startSimulators, type Simulators } from '../dev/simulators/index.js';
import { ensureTemporalCli } from '../dev/temporal/cli-binary.js';
import { startDevServer } from '../dev/temporal/dev-server.js';
import { freePort } from '../dev/temporal/free-port.js';
import { temporalToolOptions } from '../dev/temporal/tool-options.js';
import { ensureAccount } from '../infra/billing/account.js';
import { connectDatabase } from '../infra/db/database.js';
import { SEARCH_ATTRIBUTES } from '../infra/temporal/search-attributes.js';

const OPERATOR_KEY = 'bench-operator-key-0123456789abcdef';

export interface BenchStack {
  temporalAddress: string;
  databaseUrl: string;
  apiUrl: string;
  sims: Simulators;
  tenantId: string;
  /** The pids of the API, worker, Temporal server and PostgreSQL. */
  procs: Record<string, number>;
  call(method: string, path: string, body: unknown): Promise<Response>;
  stop(): Promise<void>;
}

export async function startBenchStack(opts: { workerEnv?: Record<string, string>; sims?: Parameters<typeof startSimulators>[0] } = {}): Promise<BenchStack> {
  const dir = await mkdtemp(join(tmpdir(), 'supportai-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), persistent: false });
  const temporalPort = await freePort();
  const binary = await ensureTemporalCli({ ...temporalToolOptions(process.env), log: () => {} });
  const temporal = await startDevServer({ binary, port: temporalPort, dbFile: join(dir, 'temporal.db'), namespace: 'default', searchAttributes: SEARCH_ATTRIBUTES, log: () => {} });
  const sims = await startSimulators(opts.sims ?? {});
  const children: ChildProcess[] = [];
  const startRole = (script: string, env: Record<string, string>) => {
    // BENCH_NODE_ARGS: e.g. `--cpu-prof --cpu-prof-dir=prof` to profile the API and the worker.
    const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...nodeArgs, script], {
      env: { ...process.env, DATABASE_URL: pg.url, TEMPORAL_ADDRESS: temporal.address, SECRETS_KEY: Buffer.alloc(32, 7).toString('base64'), ALLOW_LOOPBACK_URLS: 'true', OPERATOR_API_KEY: OPERATOR_KEY, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(child);
    return child;
  };
  const stop = async () => {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null && c.signalCode === null ? new Promise((r) => c.once('exit', r)) : null)));
    await sims.close();
    await temporal.stop();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const apiPort = await freePort();
    const workerPort = await freePort();
    const api = startRole('dist/api/server.js', { API_PORT: String(apiPort) });
    const worker = startRole('dist/worker/main.js', { WORKER_HTTP_PORT: String(workerPort), ...opts.workerEnv });
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    await Promise.all([waitReady(apiUrl), waitReady(`http://127.0.0.1:${workerPort}`)]);
    const procs: Record<string, number> = {
      api: api.pid!,
      worker: worker.pid!,
      temporal: pidsMatching(`--port\u0000${temporalPort}`)[0] ?? 0,
      postgres: pidsMatching(`${dir}/pg`)[0] ?? 0,
    };
    const created = await fetch(`${apiUrl}/v1/operator/tenants`, { method: 'POST', headers: { authorization: `Bearer ${OPERATOR_KEY}`, 'content-type': 'application/json' }, body: '{"name":"bench"}' });
    const { apiKey, tenantId } = (await created.json()) as { apiKey: string; tenantId: string };
    // A high-volume shop: on the Enterprise plan requests over the quota are admitted and
    // billed, so every message of the load runs the whole request, none is refused at quota.
    const sql = connectDatabase(pg.url, { max: 1 });
    await sql.begin(async (tx) => {
      await ensureAccount(tx, tenantId, new Date(), 'enterprise');
      await tx`update billing_accounts set plan = 'enterprise' where tenant_id = ${tenantId}`;
    });
    await sql.end();
    const call = (method: string, path: string, body: unknown) =>
      fetch(`${apiUrl}${path}`, { method, headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await call('PUT', '/v1/panel', sims.config.panel);
    await call('PUT', `/v1/providers/${sims.config.providerName}`, { dispatch: 'api', api: sims.config.provider });
    await call('PUT', '/v1/count-source', sims.config.countSource);
    // The load writes as one customer about the demo orders: lift the per-customer daily
    // limit that would otherwise refuse everything after the 25th request.
    await call('PATCH', '/v1/settings', { maxRequestsPerCustomerPerDay: 100_000 });
    return { temporalAddress: temporal.address, databaseUrl: pg.url, apiUrl, sims, tenantId, procs, call, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

async function waitReady(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} never became ready`);
}

/** The fields of /proc/<pid>/stat after the command name, or null once the process is gone. */
function statOf(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  } catch {
    return null;
  }
}

/**
 * CPU seconds and RSS of a process, from /proc. The CPU includes its children, living and
 * ended (PostgreSQL works in one backend process per connection); the RSS is its own.
 */
export function usage(pid: number): { cpu: number; rssMb: number } {
  if (!pid) return { cpu: 0, rssMb: 0 };
  const stat = statOf(pid);
  if (!stat) return { cpu: 0, rssMb: 0 };
  let ticks = Number(stat[11]) + Number(stat[12]) + Number(stat[13]) + Number(stat[14]);
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const child = statOf(Number(d));
    if (child && Number(child[1]) === pid) ticks += Number(child[11]) + Number(child[12]);
  }
  const cpu = ticks / 100;
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

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!) : NaN;
}
