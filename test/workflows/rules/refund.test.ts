// Autonomous refunds: with every criterion holding the refund is executed; each criterion
// failing alone, or unknown, escalates with that criterion named and the others held.
import { strict as assert } from 'node:assert';
import { checkRefundCriteria, REFUND_CRITERIA, type RefundFacts } from '../../../workflows/rules/refund.js';

function facts(change: (f: RefundFacts) => void = () => {}): RefundFacts {
  const f: RefundFacts = {
    order: { id: '1004', status: 'in_progress', createdAt: '2026-11-18T12:00:00Z', quantity: 1000, remains: 1000, charge: { value: 4.5, currency: 'USD' } },
    providerStatus: { status: 'Canceled', remains: 1000 },
    customerRefunds30d: 0,
    refundedBefore: false,
    now: '2026-11-20T12:00:00Z',
    settings: { autoRefund: true, autoRefundMaxAmount: 10, autoRefundMaxPerCustomer30d: 1, autoRefundMinAgeHours: 24 },
  };
  change(f);
  return f;
}

describe('autonomous refund criteria', () => {
  it('executes a cancel-and-refund of the whole charge when every criterion holds', () => {
    const v = checkRefundCriteria(facts());
    assert.equal(v.verdict, 'execute');
    assert.equal(v.action, 'cancel');
    assert.equal(v.amount, 4.5);
    assert.deepEqual(v.criteria.map((c) => c.name), [...REFUND_CRITERIA]);
    assert.ok(v.criteria.every((c) => c.state === 'held'));
  });

  it('refunds the undelivered part when the provider reports the order partial', () => {
    const v = checkRefundCriteria(facts((f) => {
      f.providerStatus = { status: 'Partial', remains: 400 };
      f.order.remains = 1000; // the panel has not caught up: the provider's figure counts
    }));
    assert.equal(v.verdict, 'execute');
    assert.equal(v.action, 'set_partial');
    assert.equal(v.amount, 1.8, '4.50 × 400 / 1000');
  });

  const failing: Array<[string, (f: RefundFacts) => void, 'failed' | 'unknown']> = [
    ['provider_confirmed', (f) => { f.providerStatus = { status: 'In progress', remains: 300 }; }, 'failed'],
    ['provider_confirmed', (f) => { f.providerStatus = null; }, 'unknown'],
    ['amount_within_limit', (f) => { f.order.charge = { value: 25, currency: 'USD' }; }, 'failed'],
    ['amount_within_limit', (f) => { f.order.charge = null; }, 'unknown'],
    ['customer_refunds_30d', (f) => { f.customerRefunds30d = 1; }, 'failed'],
    ['customer_refunds_30d', (f) => { f.customerRefunds30d = null; }, 'unknown'],
    ['not_refunded_before', (f) => { f.refundedBefore = true; }, 'failed'],
    ['not_refunded_before', (f) => { f.order.status = 'canceled'; }, 'failed'],
    ['not_refunded_before', (f) => { f.refundedBefore = null; }, 'unknown'],
    ['order_age', (f) => { f.order.createdAt = '2026-11-20T01:00:00Z'; }, 'failed'],
    ['order_age', (f) => { f.order.createdAt = 'yesterday'; }, 'unknown'],
  ];
  for (const [name, change, state] of failing) {
    it(`escalates when only ${name} is ${state}, naming it`, () => {
      const v = checkRefundCriteria(facts(change));
      assert.equal(v.verdict, 'escalate');
      const off = v.criteria.filter((c) => c.state !== 'held');
      assert.deepEqual(off.map((c) => [c.name, c.state]), [[name, state]]);
      assert.ok(off[0]!.evidence.length > 10);
    });
  }

  it('keeps refunds with people while the tenant has not turned them on', () => {
    const v = checkRefundCriteria(facts((f) => { f.settings.autoRefund = false; }));
    assert.equal(v.verdict, 'off');
  });
});
