// Autonomous refunds against the panel and provider simulators and a real PostgreSQL: the
// facts are read from the panel, the provider and the refund history; a refund is one panel
// call even when the worker dies right after making it; a second request for the same order
// never refunds again; the ledger holds the money returned.
import { strict as assert } from 'node:assert';
import { createRefundActivities, type RefundExecution } from '../../activities/refunds.js';
import { PerfectPanelClient } from '../../activities/panel/perfect-panel.js';
import { startSimulators, type Simulators } from '../../dev/simulators/index.js';
import { savePanel, saveProvider } from '../../infra/tenants/connections.js';
import { patchTenantSettings } from '../../infra/tenants/settings.js';
import { checkRefundCriteria } from '../../workflows/rules/refund.js';
import { newTenant, testBox, testDatabase } from '../helpers/database.js';

describe('autonomous refunds through the panel (real PostgreSQL, simulators)', function () {
  this.timeout(60_000);
  let sims: Simulators;
  before(async () => {
    sims = await startSimulators({});
  });
  after(() => sims.close());

  /** The provider has canceled order 1005; the panel has not caught up yet. */
  function providerCanceled(panelOrderId: number): void {
    const order = sims.panel.state.orders.get(panelOrderId)!;
    const upstream = sims.provider.state.orders.get(order.externalId)!;
    upstream.status = 'Canceled';
  }

  async function setup() {
    const { sql } = await testDatabase();
    const { tenantId } = await newTenant(sql, 'refunds');
    await savePanel(sql, testBox, tenantId, sims.config.panel);
    await saveProvider(sql, testBox, tenantId, { name: sims.config.providerName, dispatch: 'api', api: sims.config.provider, telegramChatId: null });
    await patchTenantSettings(sql, tenantId, { autoRefund: true, autoRefundMaxAmount: 100, autoRefundMinAgeHours: 1 });
    return { sql, tenantId };
  }

  const cancelCalls = (): number => sims.panel.faults.requestCounts['POST /orders/cancel'] ?? 0;

  async function plan(refunds: ReturnType<typeof createRefundActivities>, tenantId: string, requestId: string): Promise<RefundExecution> {
    const facts = await refunds.readRefundFacts({ tenantId, orderId: '1005', customer: 'alice', now: new Date().toISOString() });
    assert.ok(facts);
    const verdict = checkRefundCriteria(facts);
    assert.equal(verdict.verdict, 'execute', JSON.stringify(verdict.criteria));
    return {
      tenantId, requestId, orderId: '1005', customer: 'alice', action: verdict.action!, amount: verdict.amount!,
      currency: verdict.currency!, criteria: verdict.criteria,
    };
  }

  it('reads the criteria, refunds with one panel call across a crash right after it, and never twice', async () => {
    const { sql, tenantId } = await setup();
    providerCanceled(1005);
    // A worker that dies after the panel call, before recording it: the first try throws.
    let crashes = 1;
    const crashing = createRefundActivities({
      sql, box: testBox,
      panelFactory: (conn) => {
        const real = new PerfectPanelClient({ url: conn.url, apiKey: conn.apiKey });
        return Object.assign(Object.create(real) as PerfectPanelClient, {
          cancelAndRefund: async (id: string) => {
            await real.cancelAndRefund(id);
            if (crashes-- > 0) throw new Error('worker lost before recording');
          },
        });
      },
    });
    const execution = await plan(crashing, tenantId, 'r-1');
    assert.equal(execution.action, 'cancel');
    const before = cancelCalls();
    await assert.rejects(crashing.executeRefund(execution), /worker lost/);
    assert.equal(cancelCalls(), before + 1);
    const retried = await crashing.executeRefund(execution);
    assert.equal(retried.status, 'executed');
    assert.match(retried.detail, /earlier try/);
    assert.equal(cancelCalls(), before + 1, 'the retry found the refund on the panel and did not call again');
    assert.equal(sims.panel.state.orders.get(1005)!.status, 'Canceled');

    const again = await crashing.executeRefund(execution);
    assert.equal(again.status, 'executed', 'the same request asking again is answered from the record');
    const second = await crashing.executeRefund({ ...execution, requestId: 'r-2' });
    assert.equal(second.status, 'already_refunded');
    assert.equal(cancelCalls(), before + 1, 'a second request for the order never refunds again');

    const ledger = await sql<{ amount: number; balance: string }[]>`
      select amount, balance from billing_ledger where tenant_id = ${tenantId} and kind = 'customer_refund'`;
    assert.deepEqual(ledger.map((l) => [l.balance, l.amount]), [['customer_refund_cents', -Math.round(execution.amount * 100)]]);

    const facts = await crashing.readRefundFacts({ tenantId, orderId: '1005', customer: 'alice', now: new Date().toISOString() });
    const verdict = checkRefundCriteria(facts!);
    assert.equal(verdict.verdict, 'escalate');
    assert.deepEqual(verdict.criteria.filter((c) => c.state !== 'held').map((c) => c.name).sort(), ['customer_refunds_30d', 'not_refunded_before']);
  });

  it('finds every criterion held for the demo order the provider canceled (1017), as seeded', async () => {
    const { sql, tenantId } = await setup();
    const refunds = createRefundActivities({ sql, box: testBox });
    const facts = await refunds.readRefundFacts({ tenantId, orderId: '1017', customer: 'alice', now: new Date().toISOString() });
    const verdict = checkRefundCriteria(facts!);
    assert.equal(verdict.verdict, 'execute', JSON.stringify(verdict.criteria));
    assert.deepEqual([verdict.action, verdict.amount, verdict.currency], ['cancel', 0.6, 'USD']);
  });

  it('escalates with the provider criterion named while the provider still delivers', async () => {
    const { sql, tenantId } = await setup();
    const refunds = createRefundActivities({ sql, box: testBox });
    const facts = await refunds.readRefundFacts({ tenantId, orderId: '1011', customer: 'alice', now: new Date().toISOString() });
    const verdict = checkRefundCriteria(facts!);
    assert.equal(verdict.verdict, 'escalate');
    const failed = verdict.criteria.filter((c) => c.state !== 'held');
    assert.deepEqual(failed.map((c) => c.name), ['provider_confirmed']);
    assert.match(failed[0]!.evidence, /provider reports/);
  });

  it('returns the undelivered part when the provider closed the order partial', async () => {
    const { sql, tenantId } = await setup();
    const refunds = createRefundActivities({ sql, box: testBox });
    const order = sims.panel.state.orders.get(1011)!;
    Object.assign(sims.provider.state.orders.get(order.externalId)!, { status: 'Partial', remains: 300 });
    const facts = await refunds.readRefundFacts({ tenantId, orderId: '1011', customer: 'alice', now: new Date().toISOString() });
    const verdict = checkRefundCriteria(facts!);
    assert.equal(verdict.verdict, 'execute', JSON.stringify(verdict.criteria));
    assert.equal(verdict.action, 'set_partial');
    assert.equal(verdict.amount, Math.floor((order.charge * 300 * 100) / order.quantity) / 100);
    const done = await refunds.executeRefund({
      tenantId, requestId: 'r-p', orderId: '1011', customer: 'alice', action: 'set_partial', amount: verdict.amount!,
      currency: verdict.currency!, criteria: verdict.criteria, remains: facts!.providerStatus!.remains,
    });
    assert.equal(done.status, 'executed');
    assert.equal(order.status, 'Partial');
    assert.equal(order.remains, 300);
    assert.equal(sims.panel.faults.requestCounts['POST /orders/:id/set-partial'], 1);
  });

  it('records a refusal of the panel and calls no more', async () => {
    const { sql, tenantId } = await setup();
    const refunds = createRefundActivities({ sql, box: testBox });
    const execution: RefundExecution = {
      tenantId, requestId: 'r-9', orderId: '1004', customer: 'alice', action: 'cancel', amount: 1, currency: 'USD', criteria: [],
    };
    const refused = await refunds.executeRefund(execution);
    assert.equal(refused.status, 'rejected');
    assert.match(refused.detail, /already canceled/i);
    const before = cancelCalls();
    assert.equal((await refunds.executeRefund(execution)).status, 'rejected');
    assert.equal(cancelCalls(), before);
    // Nothing was refunded, so a later request for the order may try (and is refused again).
    const later = await refunds.executeRefund({ ...execution, requestId: 'r-10' });
    assert.equal(later.status, 'rejected');
    assert.equal(cancelCalls(), before + 1);
  });
});
