// Autonomous refunds in the request workflow (SPEC 10.3): every criterion written on the
// timeline one by one; all held → one refund through the panel and the customer told; any
// criterion failed or unknown → a person, with that criterion named in the owner's notice.
import assert from 'node:assert/strict';
import { completedR30Order, runConversationMessage, timeSkippingSuite } from '../helpers/workflow-suite.js';
import { newWorld, type MockWorld } from '../helpers/mock-activities.js';
import type { ConversationInput } from '../../workflows/definitions.js';
import { REFUND_CRITERIA, type RefundFacts } from '../../workflows/rules/refund.js';
import type { OrderSnapshot } from '../../workflows/rules/types.js';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const SETTINGS = { autoRefund: true, autoRefundMaxAmount: 10, autoRefundMaxPerCustomer30d: 1, autoRefundMinAgeHours: 24 };

/** The provider canceled order 1005 (5 days old, 4.20 USD); the panel still shows it running. */
function facts(change: (f: RefundFacts) => void = () => {}): RefundFacts {
  const f: RefundFacts = {
    order: { id: '1005', status: 'in_progress', createdAt: new Date(NOW - 5 * 86_400_000).toISOString(), quantity: 1000, remains: 400, charge: { value: 4.2, currency: 'USD' } },
    providerStatus: { status: 'Canceled', remains: 1000 },
    customerRefunds30d: 0,
    refundedBefore: false,
    now: new Date(NOW).toISOString(),
    settings: { ...SETTINGS },
  };
  change(f);
  return f;
}

function runningOrder(patch: Partial<OrderSnapshot> = {}): OrderSnapshot {
  return completedR30Order(NOW, { id: '1005', status: 'in_progress', remains: 400, ...patch });
}

describe('autonomous refunds in the request workflow (time-skipping server)', function () {
  this.timeout(180_000);
  let seq = 0;
  const server = timeSkippingSuite();

  function world(order: OrderSnapshot, f: (orderId: string) => RefundFacts | null): MockWorld {
    const w = newWorld();
    w.orders.set(order.id, order);
    w.settings = { ...SETTINGS };
    w.refundFacts = f;
    return w;
  }

  async function ask(w: MockWorld, until: (w: MockWorld) => boolean, text = 'refund 1005 please') {
    seq++;
    const classify = async () => ({ language: 'en', confidence: 1, intents: [{ intent: 'refund' as const, orderIds: ['1005'] }] });
    const input: ConversationInput = { tenantId: `rf${seq}`, conversationId: `rc${seq}`, channel: 'api', customer: 'alice' };
    await runConversationMessage(server.env, { world: w, classify, input, text, until });
  }

  const criteriaOnTimeline = (w: MockWorld) => w.progress.filter((p) => p.kind === 'refund_criterion').map((p) => p.detail as { name: string; state: string });
  const escalated = (w: MockWorld) => w.ownerNotices.some((n) => n.kind === 'escalation');

  it('refunds through the panel once when every criterion holds, criteria on the timeline, customer told', async () => {
    const w = world(runningOrder(), () => facts());
    await ask(w, (x) => x.replies.length > 0 && x.progress.some((p) => p.close));

    assert.deepEqual(criteriaOnTimeline(w).map((d) => [d.name, d.state]), REFUND_CRITERIA.map((n) => [n, 'held']));
    assert.equal(w.refundsAsked.length, 1);
    assert.deepEqual(
      { action: w.refundsAsked[0]!.action, amount: w.refundsAsked[0]!.amount, currency: w.refundsAsked[0]!.currency, orderId: w.refundsAsked[0]!.orderId },
      { action: 'cancel', amount: 4.2, currency: 'USD', orderId: '1005' },
    );
    const decided = w.progress.find((p) => p.kind === 'decided');
    assert.equal(decided?.decision?.code, 'refund.executed');
    assert.ok(w.progress.some((p) => p.kind === 'refund_executed'));
    const last = w.progress.at(-1)!;
    assert.deepEqual([last.state, last.close], ['resolved', true]);
    assert.match(w.replies[0]!.text, /refunded 4\.20 USD/);
    assert.equal(w.dispatches.length, 0, 'nothing is asked of the provider: it already canceled');
    assert.equal(w.ownerNotices.length, 0);
  });

  it('tells the customer in their language', async () => {
    const w = world(runningOrder(), () => facts());
    seq++;
    const classify = async () => ({ language: 'es', confidence: 1, intents: [{ intent: 'refund' as const, orderIds: ['1005'] }] });
    w.settings = { ...SETTINGS, replyLanguage: 'customer' };
    const input: ConversationInput = { tenantId: `rf${seq}`, conversationId: `rc${seq}`, channel: 'api', customer: 'alice' };
    await runConversationMessage(server.env, { world: w, classify, input, text: 'quiero un reembolso del pedido 1005', until: (x) => x.replies.length > 0 });
    assert.match(w.replies[0]!.text, /Reembolsamos 4\.20 USD/);
  });

  const alone: Array<[string, (f: RefundFacts) => void, string]> = [
    ['provider_confirmed', (f) => { f.providerStatus = null; }, 'unknown'],
    ['amount_within_limit', (f) => { f.order.charge = { value: 25, currency: 'USD' }; }, 'failed'],
    ['customer_refunds_30d', (f) => { f.customerRefunds30d = 1; }, 'failed'],
    ['not_refunded_before', (f) => { f.refundedBefore = true; }, 'failed'],
    ['order_age', (f) => { f.order.createdAt = new Date(NOW - 2 * 3_600_000).toISOString(); }, 'failed'],
  ];
  for (const [name, change, state] of alone) {
    it(`escalates with ${name} named when it alone does not hold, and refunds nothing`, async () => {
      // A completed order: without autonomous refunds it would go to a person anyway.
      const w = world(runningOrder({ status: 'completed', remains: 0 }), () => facts(change));
      await ask(w, (x) => x.replies.length > 0 && escalated(x));

      const open = criteriaOnTimeline(w).filter((d) => d.state !== 'held');
      assert.deepEqual(open.map((d) => [d.name, d.state]), [[name, state]]);
      assert.equal(criteriaOnTimeline(w).length, REFUND_CRITERIA.length, 'every criterion is shown, held ones too');
      assert.equal(w.refundsAsked.length, 0);
      assert.equal(w.progress.find((p) => p.kind === 'decided')?.decision?.code, 'refund.escalate');
      const notice = w.ownerNotices.find((n) => n.kind === 'escalation')!.text;
      assert.match(notice, new RegExp(`${name} ${state}`));
      for (const other of REFUND_CRITERIA.filter((n) => n !== name)) assert.match(notice, new RegExp(`${other} held`));
    });
  }

  it('asks the provider to cancel first while it still delivers (the refund waits for the cancel)', async () => {
    const w = world(runningOrder(), () => facts((f) => { f.providerStatus = { status: 'In progress', remains: 400 }; }));
    await ask(w, (x) => x.dispatches.length > 0);
    assert.equal(w.progress.find((p) => p.kind === 'decided')?.decision?.code, 'refund.forward_cancel');
    assert.ok(w.progress.some((p) => p.kind === 'refund_deferred'));
    assert.equal(w.dispatches[0]!.intent, 'cancel');
    assert.equal(w.refundsAsked.length, 0);
  });

  it('escalates when the panel refuses the refund, saying so', async () => {
    const w = world(runningOrder(), () => facts());
    w.refundOutcome = () => ({ status: 'rejected', detail: 'Order is already canceled' });
    await ask(w, (x) => escalated(x));
    assert.match(w.ownerNotices.find((n) => n.kind === 'escalation')!.text, /panel refused the refund: Order is already canceled/);
    assert.equal(w.refundsAsked.length, 1);
  });

  it('answers "already refunded" when another request refunded the order', async () => {
    const w = world(runningOrder(), () => facts());
    w.refundOutcome = () => ({ status: 'already_refunded', detail: 'order 1005 was refunded by request 7' });
    await ask(w, (x) => x.replies.length > 0 && x.progress.some((p) => p.close));
    assert.equal(w.progress.find((p) => p.kind === 'decided')?.decision?.code, 'refund.already_refunded');
    assert.equal(w.ownerNotices.length, 0);
  });

  it('gives up on a panel that keeps failing after a bounded number of tries, and a person checks', async () => {
    const w = world(runningOrder(), () => facts());
    w.refundOutcome = () => {
      throw new Error('panel answered 502');
    };
    await ask(w, (x) => escalated(x));
    assert.equal(w.refundsAsked.length, 10);
    assert.match(String(w.progress.find((p) => p.kind === 'refund_failed')?.detail?.reason), /502/);
    assert.match(w.ownerNotices.find((n) => n.kind === 'escalation')!.text, /could not be confirmed on the panel/);
  });

  it('leaves refunds to people when the tenant has not turned them on', async () => {
    const w = world(runningOrder({ status: 'completed', remains: 0 }), () => facts());
    w.settings = {};
    await ask(w, (x) => escalated(x));
    assert.equal(criteriaOnTimeline(w).length, 0);
    assert.equal(w.refundsAsked.length, 0);
    assert.match(w.ownerNotices.find((n) => n.kind === 'escalation')!.text, /cannot be handled as a cancel/);
  });
});
