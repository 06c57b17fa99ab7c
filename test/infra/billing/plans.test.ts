import assert from 'node:assert/strict';
import {
  addMonths, CREDIT_PACKS, creditLevel, cycleAt, cycleChargeCents, cycleEnd, isDowngrade, overageCents, overageRequests, PLANS,
} from '../../../infra/billing/plans.js';

const at = (iso: string) => new Date(iso);

describe('billing plans and cycles', () => {
  it('holds the plans and credit packs of the price list, in cents', () => {
    assert.deepEqual(
      Object.values(PLANS).map((p) => [p.name, p.priceCents, p.requests, p.baseCredits]),
      [['Starter', 2900, 50, 500], ['Growth', 6900, 200, 2000], ['Scale', 14900, 500, 6000], ['Enterprise', 29900, 1000, 20000]],
    );
    assert.deepEqual(
      Object.values(CREDIT_PACKS).map((p) => [p.name, p.credits, p.priceCents]),
      [['Small', 1000, 900], ['Medium', 5000, 3900], ['Large', 15000, 9900], ['XL', 50000, 27900]],
    );
    assert.ok(isDowngrade('growth', 'starter'));
    assert.ok(!isDowngrade('starter', 'growth'));
  });

  it('ends a cycle on the anniversary a calendar month later, keeping the time of day', () => {
    assert.equal(cycleEnd(at('2025-03-14T09:30:00Z')).toISOString(), '2025-04-14T09:30:00.000Z');
    assert.equal(cycleEnd(at('2025-12-05T00:00:00Z')).toISOString(), '2026-01-05T00:00:00.000Z');
  });

  it('clamps an anniversary on the 31st to the last day of shorter months, and returns to the 31st after', () => {
    const anchor = at('2025-01-31T12:00:00Z');
    assert.equal(cycleEnd(anchor).toISOString(), '2025-02-28T12:00:00.000Z');
    assert.equal(cycleEnd(at('2025-02-28T12:00:00Z'), anchor).toISOString(), '2025-03-31T12:00:00.000Z');
    assert.equal(cycleEnd(at('2025-03-31T12:00:00Z'), anchor).toISOString(), '2025-04-30T12:00:00.000Z');
    assert.equal(addMonths(at('2024-01-31T00:00:00Z'), 1).toISOString(), '2024-02-29T00:00:00.000Z', 'leap year');
  });

  it('finds the cycle that contains a moment, however many anniversaries have passed', () => {
    const anchor = at('2025-01-31T12:00:00Z');
    const justBefore = cycleAt(anchor, at('2025-02-28T11:59:59Z'));
    assert.deepEqual([justBefore.start.toISOString(), justBefore.end.toISOString()], ['2025-01-31T12:00:00.000Z', '2025-02-28T12:00:00.000Z']);
    const later = cycleAt(anchor, at('2025-07-15T00:00:00Z'));
    assert.deepEqual([later.start.toISOString(), later.end.toISOString()], ['2025-06-30T12:00:00.000Z', '2025-07-31T12:00:00.000Z']);
  });

  it('bills Enterprise overage per started block of 500: 1,300 requests cost $378', () => {
    assert.equal(overageRequests('enterprise', 1300), 300);
    assert.equal(cycleChargeCents('enterprise', 1300), 37_800);
    assert.equal(overageCents('enterprise', 1000), 0);
    assert.equal(overageCents('enterprise', 1001), 7_900);
    assert.equal(overageCents('enterprise', 1500), 7_900);
    assert.equal(overageCents('enterprise', 1501), 15_800);
    assert.equal(overageCents('enterprise', 1300, 300), 0, 'an upgrade bonus is included, not overage');
    assert.equal(overageCents('scale', 900), 0, 'other plans block instead of billing overage');
  });

  it('warns below 500 credits and alerts at 0', () => {
    assert.deepEqual([creditLevel(500), creditLevel(499), creditLevel(1), creditLevel(0)], ['ok', 'low', 'low', 'empty']);
  });
});
