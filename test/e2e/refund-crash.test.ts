// An autonomous refund whose worker is killed while the panel carries out the refund: the
// panel refunds, the answer never reaches the dead worker, and the replacement worker finds
// the refund on the panel instead of refunding again. One panel call, one ledger entry, the
// customer told once.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eventually } from '../helpers/eventually.js';
import { workerCrashSuite } from '../helpers/crash-suite.js';
import { patchTenantSettings } from '../../infra/tenants/settings.js';
import { handMessageToConversation } from '../../app/hand-message.js';
import type { ConversationInput } from '../../workflows/definitions.js';
import { REFUND_CRITERIA } from '../../workflows/rules/refund.js';

const CANCEL = 'POST /orders/cancel';

describe('an autonomous refund survives a worker killed mid-refund (dev server, real worker processes)', function () {
  this.timeout(240_000);
  // Only this test's customer message: the seeded panel tickets would open requests of their own.
  const suite = workerCrashSuite({ clearTickets: true });

  it('refunds order 1005 through the panel exactly once and tells the customer', async () => {
    const { sims } = suite;
    const { sql, client, tenantId, taskQueue, env } = await suite.tenant('refundcrash');
    await patchTenantSettings(sql, tenantId, { autoRefund: true, autoRefundMaxAmount: 100, autoRefundMinAgeHours: 1 });
    // The provider canceled order 1005; the panel still shows it in progress.
    const panelOrder = sims.panel.state.orders.get(1005)!;
    sims.provider.state.orders.get(panelOrder.externalId)!.status = 'Canceled';

    // The panel holds its answer to the refund call: the window in which the worker dies.
    sims.panel.faults.routeLatencyMs[CANCEL] = 20_000;
    const cancels = () => sims.panel.faults.requestCounts[CANCEL] ?? 0;
    const first = suite.startWorker(env);

    const input: ConversationInput = { tenantId, conversationId: `refund-${randomUUID()}`, channel: 'api', customer: 'alice' };
    await handMessageToConversation({ sql, temporal: client, taskQueue }, input, { messageId: 'm1', text: 'I want a refund for order 1005', attachments: [], receivedAt: new Date().toISOString() });

    await eventually('the refund call to reach the panel', () => cancels() === 1, 120_000);
    first.kill('SIGKILL');
    // The panel carries the refund out; its answer goes to a worker that is gone.
    await eventually('the panel to show the order canceled', () => panelOrder.status === 'Canceled', 60_000);
    delete sims.panel.faults.routeLatencyMs[CANCEL];
    suite.startWorker(env);

    const request = async () => {
      const [row] = await sql<{ id: string; state: string; decision: string | null }[]>`
        select id, state, decision from requests where tenant_id = ${tenantId} and order_id = '1005'`;
      return row;
    };
    await eventually('the request to be resolved', async () => (await request())?.state === 'resolved', 150_000);
    const { id, decision } = (await request())!;
    assert.equal(decision, 'refund.executed');
    assert.equal(cancels(), 1, 'the panel was asked to refund exactly once');

    const events = await sql<{ kind: string; detail: { name?: string; state?: string; detail?: string } }[]>`
      select kind, detail from request_events where request_id = ${id} order by id`;
    const criteria = events.filter((e) => e.kind === 'refund_criterion');
    assert.deepEqual(criteria.map((e) => [e.detail.name, e.detail.state]), REFUND_CRITERIA.map((n) => [n, 'held']));
    assert.match(String(events.find((e) => e.kind === 'refund_executed')?.detail.detail), /earlier try/);

    const ledger = await sql<{ amount: number }[]>`
      select amount from billing_ledger where tenant_id = ${tenantId} and kind = 'customer_refund'`;
    assert.deepEqual(ledger.map((l) => Number(l.amount)), [-Math.round(panelOrder.charge * 100)]);

    const replies = await eventually('the customer to be told', async () => {
      const rows = await sql<{ text: string }[]>`select text from replies where conversation_id = ${input.conversationId}`;
      return rows.length ? rows : null;
    });
    assert.equal(replies.length, 1);
    assert.match(replies[0]!.text, new RegExp(`refunded ${panelOrder.charge.toFixed(2)} USD`));
  });
});
