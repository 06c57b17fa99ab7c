// `npm run bench` (or, after `npm run build`, `npx tsx bench/open-loop.ts [rates] [seconds]`,
// e.g. `2,5,10 20`): drives the production-shaped stack of bench/stack.ts with an open-loop
// load of single-order customer messages (status, refill and cancel, each on a fresh order):
// sends go out on schedule whether or not earlier ones were answered. First the floor, a
// one-activity workflow at the same rates on the same idle server; then, per rate: messages
// accepted, answered and lost (accepted − answered once the backlog drained), first-reply
// latency p50/p95/p99/max (send → reply recorded), throughput, the backlog (accepted but
// unanswered) sampled over time, history events, workflow tasks, activities and local
// activities per message (read from the histories of a sample), and CPU and memory of each
// process; the share of messages answered while one sent over a second earlier still waited
// (overtookPct: order of arrival); the ratio of the floor's throughput to the product's; and
// the floor once more after the load, with the requests it left open. BENCH_NODE_ARGS passes
// node flags (e.g. --cpu-prof) to the API and worker processes.
import { Client, Connection } from '@temporalio/client';
import { demoCopyId } from '../dev/simulators/seed.js';
import { connectDatabase } from '../infra/db/database.js';
import { conversationWorkflowId } from '../workflows/definitions.js';
import { startFloor, type FloorRow } from './floor/measure.js';
import { costPerMessage } from './history-cost.js';
import { percentile as pct, startBenchStack, usage } from './stack.js';

const rates = (process.argv[2] ?? '2,5,10').split(',').map(Number);
const seconds = Number(process.argv[3] ?? 20);
/** A backlog that stops shrinking for this long is reported as lost (it never is, when all is well). */
const STALL_MS = Number(process.env.BENCH_STALL_SECONDS ?? 90) * 1000;
const SAMPLE_EVERY_MS = 2000;
const HISTORY_SAMPLE = 20;
// 60% status, 20% refill, 20% cancel, as a panel's queue runs. Each message names a fresh copy
// of its demo order (demoCopyId), so every message opens a request of its own, as messages about
// different customers' orders do; none joins an earlier one as a duplicate.
const MIX: Array<[string, number]> = [['status', 1004], ['refill', 1001], ['status', 1005], ['cancel', 1005], ['status', 1010], ['what is the status of order', 1015], ['refill', 1009], ['status', 1011], ['cancel', 1014], ['where is my order', 1016]];
const totalMessages = rates.reduce((n, rate) => n + Math.round(rate * seconds), 0);
let copy = 0;
const nextMessage = (i: number): string => {
  const [words, base] = MIX[i % MIX.length]!;
  return `${words} ${demoCopyId(base, ++copy)}`;
};

const stack = await startBenchStack({ sims: { copies: totalMessages } });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const round1 = (x: number) => Math.round(x * 10) / 10;

try {
  const sql = connectDatabase(stack.databaseUrl, { max: 2 });
  const client = new Client({ connection: await Connection.connect({ address: stack.temporalAddress }) });

  // The floor first, on an idle server: one activity per workflow, same rates, a worker in
  // this process. (Run after the product, it would queue behind the product's backlog.)
  const floorRunner = await startFloor(client, stack.temporalAddress);
  const measureFloor = (rate: number) => floorRunner.measure(rate, seconds);
  const floor = new Map<number, FloorRow>();
  for (const rate of rates) {
    const row = await measureFloor(rate);
    floor.set(rate, row);
    console.log(JSON.stringify({ floor: true, ...row }));
  }

  const product: Array<Record<string, unknown>> = [];
  const backlogs: Array<{ rate: number; everySeconds: number; backlog: number[] }> = [];
  for (const rate of rates) {
    const before = Object.fromEntries(Object.entries(stack.procs).map(([k, pid]) => [k, usage(pid)]));
    const benchBefore = process.cpuUsage();
    const peakMb: Record<string, number> = {};
    const t0 = Date.now();
    const sent = new Map<string, number>();
    let accepted = 0;
    const total = Math.round(rate * seconds);
    const answeredCount = async () => {
      const ids = [...sent.keys()];
      if (ids.length === 0) return 0;
      const [row] = await sql<Array<{ n: number }>>`select count(distinct conversation_id)::int as n from replies where conversation_id in ${sql(ids)}`;
      return row!.n;
    };
    // Backlog over time: accepted but not yet answered, every SAMPLE_EVERY_MS.
    const backlog: number[] = [];
    let sampling = true;
    const sampler = (async () => {
      for (let next = t0; sampling; next += SAMPLE_EVERY_MS) {
        await sleep(next - Date.now());
        backlog.push(accepted - (await answeredCount()));
        for (const [name, pid] of Object.entries(stack.procs)) peakMb[name] = Math.max(peakMb[name] ?? 0, usage(pid).rssMb);
      }
    })();

    const sends: Array<Promise<void>> = [];
    for (let i = 0; i < total; i++) {
      await sleep(t0 + (i * 1000) / rate - Date.now());
      const at = Date.now();
      sends.push(stack.call('POST', '/v1/tickets', { customer: 'alice', text: nextMessage(i), attachments: [] }).then(async (res) => {
        if (res.status !== 202) return;
        sent.set(((await res.json()) as { conversationId: string }).conversationId, at);
        accepted++;
      }, () => {}));
    }
    await Promise.all(sends);

    // Drain: wait until every accepted message is answered, or the backlog stalls.
    let answered = 0;
    for (let lastMove = Date.now(); ; ) {
      const now = await answeredCount();
      if (now > answered) lastMove = Date.now();
      answered = now;
      if (answered >= accepted || Date.now() - lastMove > STALL_MS) break;
      await sleep(500);
    }
    sampling = false;
    await sampler;
    const ids = [...sent.keys()];
    const rows = await sql<Array<{ id: string; at: Date }>>`select conversation_id as id, min(at) as at from replies where conversation_id in ${sql(ids)} group by conversation_id`;
    const lastAnswer = Math.max(...rows.map((r) => r.at.getTime()));
    const wall = (Date.now() - t0) / 1000;
    const latencies = rows.map((r) => r.at.getTime() - sent.get(r.id)!);
    // Order of arrival: a message answered while one sent over a second before it still waits.
    const bySent = rows.map((r) => ({ sent: sent.get(r.id)!, answered: r.at.getTime() })).sort((a, b) => a.sent - b.sent);
    let overtook = 0;
    for (let i = 0, j = 0, latestEarlier = 0; i < bySent.length; i++) {
      for (; j < i && bySent[j]!.sent < bySent[i]!.sent - 1000; j++) latestEarlier = Math.max(latestEarlier, bySent[j]!.answered);
      if (bySent[i]!.answered < latestEarlier) overtook++;
    }
    const f = floor.get(rate)!;
    const perSec = round1(rows.length / ((lastAnswer - t0) / 1000));
    // Consecutive messages from the middle of the run: every kind in the mix, in its share.
    const mid = Math.max(0, Math.floor(ids.length / 2) - HISTORY_SAMPLE / 2);
    const sample = ids.slice(mid, mid + HISTORY_SAMPLE);
    const cost = await costPerMessage(client, sql, sample.map((id) => ({ conversationId: id, workflowId: conversationWorkflowId(stack.tenantId, id) })));
    const row: Record<string, unknown> = {
      rate, sent: total, accepted, answered: rows.length, lost: accepted - rows.length,
      p50ms: pct(latencies, 50), p95ms: pct(latencies, 95), p99ms: pct(latencies, 99), maxMs: pct(latencies, 100),
      perSec, floorPerSec: f.perSec, floorP99ms: f.p99ms, 'floor/product': round1(f.perSec / perSec),
      maxBacklog: Math.max(0, ...backlog), overtookPct: Math.round((overtook / Math.max(1, rows.length)) * 100), ...cost, floorEvents: f.events,
    };
    for (const [name, pid] of Object.entries(stack.procs)) {
      if (!pid) continue;
      const now = usage(pid);
      row[`${name}Cpu%`] = Math.round(((now.cpu - before[name]!.cpu) / wall) * 100);
      row[`${name}MB`] = `${now.rssMb} (peak ${Math.max(peakMb[name] ?? 0, now.rssMb)})`;
    }
    // The load generator itself (sends, sampling, reading histories) shares the machine.
    const benchUsed = process.cpuUsage(benchBefore);
    row['benchCpu%'] = Math.round(((benchUsed.user + benchUsed.system) / 1e6 / wall) * 100);
    product.push(row);
    backlogs.push({ rate, everySeconds: SAMPLE_EVERY_MS / 1000, backlog });
    console.log(JSON.stringify(row));
  }
  // The floor again, after the load, with what it left open (monitored requests, timers):
  // monitoring must cost what is due, not what is open, so this should match the first floor.
  const [open] = await sql<Array<{ n: number }>>`select count(*)::int as n from requests where closed_at is null`;
  const top = Math.max(...rates);
  const after = await measureFloor(top);
  console.log(JSON.stringify({ floorAfterLoad: true, openRequests: open!.n, ...after, before: floor.get(top)!.perSec }));
  await floorRunner.stop();
  await sql.end();
  await client.connection.close();

  console.table(product.map((r) => ({ rate: r.rate, accepted: r.accepted, answered: r.answered, lost: r.lost, p50ms: r.p50ms, p95ms: r.p95ms, p99ms: r.p99ms, maxMs: r.maxMs, perSec: r.perSec, floorPerSec: r.floorPerSec, 'floor/product': r['floor/product'], maxBacklog: r.maxBacklog, overtookPct: r.overtookPct })));
  console.table(product.map((r) => ({ rate: r.rate, eventsPerMsg: r.eventsPerMsg, wfTasksPerMsg: r.wfTasksPerMsg, activitiesPerMsg: r.activitiesPerMsg, localActsPerMsg: r.localActsPerMsg, requestsPerMsg: r.requestsPerMsg, floorEvents: r.floorEvents })));
  console.table(product.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k === 'rate' || k.endsWith('Cpu%') || k.endsWith('MB')))));
  console.table([...floor.values()]);
  for (const b of backlogs) console.log(`backlog at ${b.rate}/s, every ${b.everySeconds} s: ${b.backlog.join(' ')}`);
  console.log(`floor at ${top}/s after the load, ${open!.n} requests open: ${after.perSec}/s (p99 ${after.p99ms} ms), before the load ${floor.get(top)!.perSec}/s (p99 ${floor.get(top)!.p99ms} ms)`);
} finally {
  await stack.stop();
}
