// A worker process killed while its refill request is in flight at the provider: the
// replacement worker must neither send it again nor lose the request.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eventually } from '../helpers/eventually.js';
import { workerCrashSuite } from '../helpers/crash-suite.js';
import { handMessageToConversation } from '../../app/hand-message.js';
import type { ConversationInput } from '../../workflows/definitions.js';

describe('dispatch survives a worker killed mid-send (dev server, real worker processes)', function () {
  this.timeout(180_000);
  // Only this test's message: the seeded panel ticket also asks to refill order 1001.
  const suite = workerCrashSuite({ clearTickets: true });

  it('sends the refill once and carries on monitoring', async () => {
    const { sims } = suite;
    const { sql, client, tenantId, taskQueue, env } = await suite.tenant('crash');

    // The provider takes its time answering: the window in which the worker dies, long enough
    // that a slow machine still kills the worker before the answer arrives.
    sims.provider.faults.latencyMs = 15_000;
    const refillsSeen = () => sims.provider.faults.requestCounts.refill ?? 0;
    const first = suite.startWorker(env);

    const input: ConversationInput = { tenantId, conversationId: `crash-${randomUUID()}`, channel: 'api', customer: 'alice' };
    await handMessageToConversation({ sql, temporal: client, taskQueue }, input, { messageId: 'm1', text: 'refill 1001', attachments: [], receivedAt: new Date().toISOString() });

    await eventually('the refill to reach the provider', () => refillsSeen() === 1, 90_000);
    first.kill('SIGKILL');
    sims.provider.faults.latencyMs = 0;
    suite.startWorker(env);

    const requestState = async () => {
      const [row] = await sql<{ state: string }[]>`select state from requests where tenant_id = ${tenantId} and order_id = '1001'`;
      return row?.state;
    };
    await eventually('the request to monitor the order', async () => (await requestState()) === 'monitoring', 90_000);

    const [attempt] = await sql<{ status: string; attempt: number }[]>`
      select d.status, d.attempt from dispatch_attempts d join requests r on r.id = d.request_id where r.tenant_id = ${tenantId}`;
    assert.deepEqual(attempt, { status: 'unknown', attempt: 1 }, 'recorded as maybe-sent, not sent again');
    assert.equal(refillsSeen(), 1, 'the provider was asked exactly once');
    // The provider carries out the held call only once its latency has passed.
    const refills = () => sims.provider.actionsNamed('refill').filter((a) => a.params.order === '88123').length;
    await eventually('the provider to carry out the held refill', () => refills() > 0, 60_000);
    assert.equal(refills(), 1);
  });
});
