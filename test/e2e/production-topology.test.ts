// Production topology without containers: the compiled API twice and the compiled worker
// twice, against one Temporal server and one PostgreSQL, with the simulated panel and
// provider. Messages go to both APIs; one worker is killed with SIGKILL under load; every
// message is answered once and every forward reaches the provider once.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eventually } from '../helpers/eventually.js';
import { devServerEnv, TEMPORAL_SETUP_TIMEOUT_MS } from '../helpers/temporal.js';
import { testDatabase } from '../helpers/database.js';
import { buildOnce, startCompiled, TEST_OPERATOR_KEY, type CompiledProcess } from '../helpers/compiled.js';
import { startSimulators, type Simulators } from '../../dev/simulators/index.js';
import { demoExternalId } from '../../dev/simulators/seed.js';

// A realistic mix on the demo customer's orders: status questions, refills and a cancel.
const FIRST = ['status 1004', 'refill 1001', 'what is the status of order 1005', 'refill 1009', 'status 1010', 'cancel 1005'];
const SECOND = ['status 1011', 'refill 1012', 'status 1014', 'refill 1016', 'status 1015', 'status 1002'];

describe('production topology: two compiled APIs, two compiled workers (dev server)', function () {
  this.timeout(600_000);
  let sims: Simulators;
  const procs: CompiledProcess[] = [];

  before(async function () {
    this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
    sims = await startSimulators({});
    await Promise.all([buildOnce(), devServerEnv(), testDatabase()]);
  });
  after(async () => {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await sims.close();
  });

  it('answers every message once across both APIs and survives a worker killed under load', async () => {
    const { url: databaseUrl } = await testDatabase();
    const { address } = await devServerEnv();
    const env = { DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: address, TEMPORAL_TASK_QUEUE: `prod-${randomUUID()}` };
    const [api1, api2, workerA, workerB] = await Promise.all([
      startCompiled('api', env), startCompiled('api', env), startCompiled('worker', env), startCompiled('worker', env),
    ]);
    procs.push(api1, api2, workerA, workerB);
    const apis = [api1, api2];

    // The operator makes the tenant over HTTP; the owner connects the simulated world.
    const created = await fetch(`${api1.url}/v1/operator/tenants`, {
      method: 'POST', headers: { authorization: `Bearer ${TEST_OPERATOR_KEY}`, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'prod shop' }),
    });
    assert.equal(created.status, 201);
    const { apiKey } = (await created.json()) as { apiKey: string };
    const call = (api: CompiledProcess, method: string, path: string, body?: unknown) => fetch(`${api.url}${path}`, {
      method, headers: { authorization: `Bearer ${apiKey}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined,
    });
    assert.equal((await call(api2, 'PUT', '/v1/panel', sims.config.panel)).status, 200);
    assert.equal((await call(api1, 'PUT', `/v1/providers/${sims.config.providerName}`, { dispatch: 'api', api: sims.config.provider })).status, 200);
    assert.equal((await call(api2, 'PUT', '/v1/count-source', sims.config.countSource)).status, 200);

    const send = async (texts: string[], offset: number) => Promise.all(texts.map(async (text, i) => {
      const res = await call(apis[(offset + i) % 2]!, 'POST', '/v1/tickets', { customer: 'alice', text, attachments: [] });
      assert.equal(res.status, 202, await res.clone().text());
      return ((await res.json()) as { conversationId: string }).conversationId;
    }));
    const replies = async (id: string, api: CompiledProcess) => {
      const res = await call(api, 'GET', `/v1/conversations/${id}`);
      return res.status === 200 ? ((await res.json()) as { replies: unknown[] }).replies.length : 0;
    };

    const first = await send(FIRST, 0);
    // Under load: a worker dies once some answers are out and the rest are still in flight.
    await eventually('some first answers', async () => (await Promise.all(first.map((id) => replies(id, api1)))).some((n) => n > 0), 120_000);
    workerA.child.kill('SIGKILL');
    const second = await send(SECOND, 1);

    const all = [...first, ...second];
    await eventually('every message answered', async () => (await Promise.all(all.map((id, i) => replies(id, apis[i % 2]!)))).every((n) => n >= 1), 240_000);
    // Every forward decision reached the provider: the system has moved past each dispatch.
    const refillsOf = (order: number) => sims.provider.actionsNamed('refill').filter((a) => a.params.order === demoExternalId(order)).length;
    await eventually('the four refills at the provider', () => [1001, 1009, 1012, 1016].every((o) => refillsOf(o) >= 1), 120_000);
    await eventually('the cancel at the provider', () => sims.provider.actionsNamed('cancel').length >= 1, 120_000);

    assert.deepEqual(await Promise.all(all.map((id) => replies(id, api2))), all.map(() => 1), 'one reply per message, whichever API is asked');
    for (const order of [1001, 1009, 1012, 1016]) assert.equal(refillsOf(order), 1, `refill of ${order} sent once`);
    assert.equal(sims.provider.actionsNamed('cancel').length, 1, 'cancel sent once');

    // Each process answers Prometheus text, with the product's counters moving.
    const metrics = async (p: CompiledProcess) => (await fetch(`${p.url}/metrics`)).text();
    for (const api of apis) {
      const text = await metrics(api);
      assert.match(text, /^supportai_messages_accepted_total\{channel="api",role="api"\} [1-9]/m, 'each API accepted messages');
    }
    const w = await metrics(workerB);
    assert.match(w, /^supportai_dispatches_total\{channel="[a-z_]+",result="sent",role="worker"\} [1-9]/m);
    assert.match(w, /^supportai_request_events_total\{state="[a-z_]+",decision="status\.report",role="worker"\} [1-9]/m);
    assert.match(w, /^supportai_panel_calls_total\{outcome="ok",role="worker"\} [1-9]/m);
    assert.match(w, /^supportai_first_reply_seconds_count\{role="worker"\} [1-9]/m);
    assert.match(w, /^temporal_\w+/m, 'the SDK runtime metrics are in the same scrape');
  });
});
