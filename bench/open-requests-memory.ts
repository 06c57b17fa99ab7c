// `npm run build && npx tsx bench/open-requests-memory.ts [requests] [cacheSize]`: worker
// memory per open, monitored request. Opens `requests` (default 2,000) refill requests on
// distinct orders through the API, 100 orders per message, against the production-shaped
// stack of bench/stack.ts, and reports the worker's and Temporal's resident memory as the
// number of requests in monitoring grows. `cacheSize` sets WORKER_MAX_CACHED_WORKFLOWS.
// Then the floor (bench/floor/) at 20/s for 10 s, measured before the requests were opened,
// again as soon as all of them are open and monitored, and once more when the worker and
// Temporal have gone quiet (the requests' first tracking checks done): open requests must not
// slow the server.
import { Client, Connection } from '@temporalio/client';
import { connectDatabase } from '../infra/db/database.js';
import { startFloor } from './floor/measure.js';
import { startBenchStack, usage } from './stack.js';

const requests = Number(process.argv[2] ?? 2000);
const cacheSize = process.argv[3];
const PER_MESSAGE = 100;
const FIRST_ID = 40_000;
const STALL_MS = Number(process.env.BENCH_STALL_SECONDS ?? 120) * 1000;
/** Quiet: the worker and Temporal together below this share of one core over QUIET_WINDOW_MS. */
const QUIET_SHARE = 0.15;
const QUIET_WINDOW_MS = 10_000;
const QUIET_MAX_MS = 15 * 60_000;

const stack = await startBenchStack({ workerEnv: cacheSize ? { WORKER_MAX_CACHED_WORKFLOWS: cacheSize } : {} });
try {
  // Distinct refillable orders like demo order 1001, on the panel and at the provider.
  const panelTemplate = stack.sims.panel.state.orders.get(1001)!;
  const providerTemplate = stack.sims.provider.state.orders.get(panelTemplate.externalId)!;
  for (let i = 0; i < requests; i++) {
    const id = FIRST_ID + i;
    const externalId = String(900_000 + i);
    const link = `https://www.instagram.com/bench.${id}/`;
    stack.sims.panel.state.orders.set(id, { ...panelTemplate, id, externalId, link });
    stack.sims.provider.state.orders.set(externalId, { ...providerTemplate, id: externalId, link });
    stack.sims.countSource.setCount(link, 5_700);
  }
  const patched = await stack.call('PATCH', '/v1/settings', { maxOrdersPerMessage: PER_MESSAGE, maxRequestsPerCustomerPerDay: 100_000 });
  if (!patched.ok) throw new Error(`settings refused: ${patched.status} ${await patched.text()}`);
  const sql = connectDatabase(stack.databaseUrl, { max: 1 });
  const monitoring = async () => (await sql<Array<{ n: number }>>`select count(*)::int as n from requests where state = 'monitoring'`)[0]!.n;

  const rows: Array<Record<string, number>> = [];
  const sample = async (open: number) => {
    const w = usage(stack.procs.worker!);
    const t = usage(stack.procs.temporal!);
    rows.push({ monitoring: open, workerMB: w.rssMb, temporalMB: t.rssMb });
    console.log(JSON.stringify(rows.at(-1)));
  };
  await sample(0);
  const client = new Client({ connection: await Connection.connect({ address: stack.temporalAddress }) });
  const floor = await startFloor(client, stack.temporalAddress);
  const floorBefore = await floor.measure(20, 10);
  const t0 = Date.now();
  for (let first = 0; first < requests; first += PER_MESSAGE) {
    const ids = Array.from({ length: Math.min(PER_MESSAGE, requests - first) }, (_, k) => FIRST_ID + first + k);
    const res = await stack.call('POST', '/v1/tickets', { customer: 'alice', text: `refill ${ids.join(' ')}`, attachments: [] });
    if (res.status !== 202) throw new Error(`ticket refused: ${res.status} ${await res.text()}`);
  }
  let open = 0;
  let nextSample = 250;
  for (let lastMove = Date.now(); open < requests && Date.now() - lastMove < STALL_MS; ) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = await monitoring();
    if (now > open) lastMove = Date.now();
    open = now;
    for (; open >= nextSample; nextSample += 250) await sample(open);
  }
  const seconds = Math.round((Date.now() - t0) / 1000);
  await sample(open);
  const first = rows[0]!;
  const last = rows.at(-1)!;
  console.table(rows);
  console.log(`${open} of ${requests} requests monitoring after ${seconds} s; worker ${first.workerMB} → ${last.workerMB} MB` +
    ` (${open ? Math.round(((last.workerMB! - first.workerMB!) / open) * 1000) : 0} KB per open request), Temporal ${first.temporalMB} → ${last.temporalMB} MB`);
  const floorAfter = await floor.measure(20, 10);
  // The work the requests had just started (first tracking checks, their signals) may still
  // run: wait for the worker and Temporal to go quiet, then measure the floor again.
  const busy = () => usage(stack.procs.worker!).cpu + usage(stack.procs.temporal!).cpu;
  const quietFrom = Date.now();
  for (let before = busy(); Date.now() - quietFrom < QUIET_MAX_MS; ) {
    await new Promise((r) => setTimeout(r, QUIET_WINDOW_MS));
    const now = busy();
    if ((now - before) / (QUIET_WINDOW_MS / 1000) < QUIET_SHARE) break;
    before = now;
  }
  const quietAfter = Math.round((Date.now() - quietFrom) / 1000);
  const floorQuiet = await floor.measure(20, 10);
  await floor.stop();
  await client.connection.close();
  console.log(`floor at 20/s: ${floorBefore.perSec}/s (p99 ${floorBefore.p99ms} ms) with no request open, ${floorAfter.perSec}/s (p99 ${floorAfter.p99ms} ms) with ${open} open and monitored, ` +
    `${floorQuiet.perSec}/s (p99 ${floorQuiet.p99ms} ms) once the worker and Temporal were quiet (${quietAfter} s later)`);
  console.log('requests by state:', Object.fromEntries((await sql<Array<{ state: string; n: number }>>`select state, count(*)::int as n from requests group by state`).map((r) => [r.state, r.n])));
  await sql.end();
} finally {
  await stack.stop();
}
