// A worker process killed while its refill request is in flight at the provider: the
// replacement worker must neither send it again nor lose the request.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { eventually } from '../helpers/eventually.js';
import { startWorkerProcess } from '../helpers/worker-process.js';
import { devServerEnv, TEMPORAL_SETUP_TIMEOUT_MS } from '../helpers/temporal.js';
import { newTenant, testDatabase } from '../helpers/database.js';
import { startSimulators, type Simulators } from '../../dev/simulators/index.js';
import { conversationWorkflowId, customerMessageSignal, type ConversationInput } from '../../workflows/definitions.js';
import { connectToSimulators } from '../helpers/simulated-world.js';


describe('dispatch survives a worker killed mid-send (dev server, real worker processes)', function () {
  this.timeout(180_000);
  let sims: Simulators;
  const workers: ChildProcess[] = [];
  const track = (w: ChildProcess) => (workers.push(w), w);

  before(async function () {
    this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
    sims = await startSimulators({});
    await devServerEnv();
  });
  after(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await sims.close();
  });

  it('sends the refill once and carries on monitoring', async () => {
    const { url, sql } = await testDatabase();
    const { address, client } = await devServerEnv();
    const { tenantId } = await newTenant(sql, 'crash');
    await connectToSimulators(sql, tenantId, sims);
    const taskQueue = `crash-${randomUUID()}`;
    const env = { DATABASE_URL: url, TEMPORAL_ADDRESS: address, TEMPORAL_TASK_QUEUE: taskQueue };

    // The provider takes its time answering: the window in which the worker dies, long enough
    // that a slow machine still kills the worker before the answer arrives.
    sims.provider.faults.latencyMs = 15_000;
    const refillsSeen = () => sims.provider.faults.requestCounts.refill ?? 0;
    const first = track(startWorkerProcess(env));

    const input: ConversationInput = { tenantId, conversationId: `crash-${randomUUID()}`, channel: 'api', customer: 'alice' };
    await client.workflow.signalWithStart('conversationWorkflow', {
      workflowId: conversationWorkflowId(tenantId, input.conversationId),
      taskQueue,
      args: [input],
      signal: customerMessageSignal,
      signalArgs: [{ messageId: 'm1', text: 'refill 1001', attachments: [], receivedAt: new Date().toISOString() }],
    });

    await eventually('the refill to reach the provider', () => refillsSeen() === 1, 90_000);
    first.kill('SIGKILL');
    sims.provider.faults.latencyMs = 0;
    track(startWorkerProcess(env));

    const requestState = async () => {
      const [row] = await sql<{ state: string }[]>`select state from requests where tenant_id = ${tenantId} and order_id = '1001'`;
      return row?.state;
    };
    await eventually('the request to monitor the order', async () => (await requestState()) === 'monitoring', 90_000);

    const [attempt] = await sql<{ status: string; attempt: number }[]>`
      select d.status, d.attempt from dispatch_attempts d join requests r on r.id = d.request_id where r.tenant_id = ${tenantId}`;
    assert.deepEqual(attempt, { status: 'unknown', attempt: 1 }, 'recorded as maybe-sent, not sent again');
    assert.equal(refillsSeen(), 1, 'the provider was asked exactly once');
    // The provider carries out the refill it was holding when the worker died (as a real one
    // may): once, when its delay is over.
    const refillsDone = () => sims.provider.actionsNamed('refill').filter((a) => a.params.order === '88123').length;
    await eventually('the held refill to be carried out', () => refillsDone() > 0, 30_000);
    assert.equal(refillsDone(), 1);
  });
});
