import assert from 'node:assert/strict';
import { cycleDays, unusedRequests, upgradePriceCents } from '../../../infra/billing/proration.js';
import { PLANS } from '../../../infra/billing/plans.js';

const cycle = { start: new Date('2026-03-10T08:00:00Z'), end: new Date('2026-04-10T08:00:00Z') }; // 31 days

describe('upgrade rules: proration and the carried-over bonus', () => {
  it('carries the unused requests over: 45 of 50 used on Starter, then Growth gives 200 + 5 = 205', () => {
    const bonus = unusedRequests('starter', 45, 0);
    assert.equal(bonus, 5);
    assert.equal(PLANS.growth.requests + bonus, 205);
    assert.equal(unusedRequests('starter', 50, 0), 0, 'a full quota carries nothing');
    assert.equal(unusedRequests('growth', 10, 5), 195, 'an earlier bonus still unused carries over too');
    assert.equal(unusedRequests('enterprise', 1300, 0), 0, 'overage never turns negative');
  });

  it('charges the whole price difference on the first day of the cycle', () => {
    assert.equal(upgradePriceCents('starter', 'growth', cycle, cycle.start), 4_000);
    assert.equal(upgradePriceCents('starter', 'enterprise', cycle, new Date('2026-03-10T20:00:00Z')), 27_000, 'still the first day');
  });

  it('charges one day of the difference on the last day, rounded up to the cent', () => {
    const lastDay = new Date('2026-04-09T09:00:00Z');
    assert.deepEqual(cycleDays(cycle, lastDay), { total: 31, left: 1 });
    // $40 / 31 days = 129.03… cents → 130.
    assert.equal(upgradePriceCents('starter', 'growth', cycle, lastDay), 130);
    // $80 / 31 = 258.06… → 259; $150 / 31 = 483.87… → 484.
    assert.equal(upgradePriceCents('growth', 'scale', cycle, lastDay), 259);
    assert.equal(upgradePriceCents('scale', 'enterprise', cycle, new Date('2026-04-10T07:59:59Z')), 484, 'a second before the anniversary');
  });

  it('prorates by the days left, and an exact cent amount is not rounded further', () => {
    const feb = { start: new Date('2026-02-01T00:00:00Z'), end: new Date('2026-03-01T00:00:00Z') }; // 28 days
    // $40 × 14/28 = exactly $20.00.
    assert.equal(upgradePriceCents('starter', 'growth', feb, new Date('2026-02-15T00:00:00Z')), 2_000);
    // $40 × 13/28 = 1857.14… → 1858.
    assert.equal(upgradePriceCents('starter', 'growth', feb, new Date('2026-02-16T00:00:00Z')), 1_858);
  });

  it('refuses to price a downgrade or the same plan', () => {
    assert.throws(() => upgradePriceCents('growth', 'starter', cycle, cycle.start), /not an upgrade/);
    assert.throws(() => upgradePriceCents('growth', 'growth', cycle, cycle.start), /not an upgrade/);
  });
});
