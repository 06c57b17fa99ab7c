import assert from 'node:assert/strict';
import { loadAccount, scheduleDowngrade, setPlan } from '../../../infra/billing/account.js';
import { addPrepaidCredits, spendTrackingCredit } from '../../../infra/billing/credits.js';
import { createBillingQuota } from '../../../infra/billing/quota.js';
import { newTenant, testDatabase } from '../../helpers/database.js';
import { assertLedgerExplainsBalances, ledgerOf } from './ledger-balances.js';

describe('billing cycles (real PostgreSQL)', () => {
  // An anniversary on the 31st: the first cycle ends on Feb 28, the next on Mar 31.
  const t0 = new Date('2025-01-31T10:00:00Z');
  const anniversary = new Date('2025-02-28T10:00:00Z');
  const aSecondBefore = new Date(anniversary.getTime() - 1000);

  async function setup() {
    const { sql } = await testDatabase();
    const { tenantId } = await newTenant(sql, 'cycle');
    const consume = (requestId: string, now: Date) => sql.begin((tx) => createBillingQuota({ now: () => now }).tryConsume(tx, tenantId, requestId));
    return { sql, tenantId, consume };
  }

  it('opens a Starter account lazily, with its base credits and a cycle starting now', async () => {
    const { sql, tenantId } = await setup();
    const account = await loadAccount(sql, tenantId, t0);
    assert.deepEqual(
      [account.plan, account.cycleStart.toISOString(), account.cycleEnd.toISOString(), account.requestsUsed, account.baseCredits, account.prepaidCredits],
      ['starter', t0.toISOString(), anniversary.toISOString(), 0, 500, 0],
    );
    await assertLedgerExplainsBalances(sql, tenantId);
  });

  it('resets requests and renews base credits at the anniversary, and not a second before', async () => {
    const { sql, tenantId, consume } = await setup();
    for (const id of ['1', '2', '3']) await consume(id, t0);
    await spendTrackingCredit(sql, tenantId, 'check:1', t0);
    await spendTrackingCredit(sql, tenantId, 'check:2', t0);

    const before = await loadAccount(sql, tenantId, aSecondBefore);
    assert.deepEqual([before.requestsUsed, before.baseCredits], [3, 498]);

    const after = await loadAccount(sql, tenantId, anniversary);
    assert.deepEqual(
      [after.requestsUsed, after.baseCredits, after.cycleStart.toISOString(), after.cycleEnd.toISOString()],
      [0, 500, anniversary.toISOString(), '2025-03-31T10:00:00.000Z'],
    );
    const rollover = (await ledgerOf(sql, tenantId)).filter((e) => e.kind !== 'request' && e.kind !== 'tracking_check').slice(1);
    assert.deepEqual(rollover.map((e) => [e.kind, e.amount, e.at.toISOString()]), [
      ['requests_reset', -3, anniversary.toISOString()],
      ['base_credits_expire', -498, anniversary.toISOString()],
      ['base_credits_grant', 500, anniversary.toISOString()],
    ]);
    await loadAccount(sql, tenantId, new Date('2025-03-01T00:00:00Z'));
    assert.equal((await ledgerOf(sql, tenantId)).length, 3 + 2 + 1 + 3, 'a rolled cycle is not rolled again');
    await assertLedgerExplainsBalances(sql, tenantId);
  });

  it('keeps prepaid credits across the anniversary', async () => {
    const { sql, tenantId } = await setup();
    await addPrepaidCredits(sql, tenantId, 1000, 'pack:1', t0);
    const after = await loadAccount(sql, tenantId, anniversary);
    assert.deepEqual([after.baseCredits, after.prepaidCredits], [500, 1000]);
  });

  it('jumps over cycles the tenant was idle through, to the one containing now', async () => {
    const { sql, tenantId, consume } = await setup();
    await consume('1', t0);
    const later = await loadAccount(sql, tenantId, new Date('2025-07-04T00:00:00Z'));
    assert.deepEqual([later.cycleStart.toISOString(), later.cycleEnd.toISOString(), later.requestsUsed],
      ['2025-06-30T10:00:00.000Z', '2025-07-31T10:00:00.000Z', 0]);
    assert.equal((await ledgerOf(sql, tenantId)).filter((e) => e.kind === 'base_credits_grant').length, 2);
    await assertLedgerExplainsBalances(sql, tenantId);
  });

  it('lets a scheduled downgrade wait for the anniversary, keeping the current plan until then', async () => {
    const { sql, tenantId, consume } = await setup();
    await setPlan(sql, tenantId, 'growth', t0);
    const scheduled = await scheduleDowngrade(sql, tenantId, 'starter', t0);
    assert.deepEqual([scheduled.plan, scheduled.scheduledPlan, scheduled.baseCredits], ['growth', 'starter', 2000]);
    for (let i = 0; i < 60; i++) assert.ok(await consume(`r${i}`, aSecondBefore), 'Growth quota holds until the anniversary');

    const after = await loadAccount(sql, tenantId, anniversary);
    assert.deepEqual([after.plan, after.scheduledPlan, after.baseCredits, after.requestsUsed], ['starter', null, 500, 0]);
    await assert.rejects(scheduleDowngrade(sql, tenantId, 'growth', anniversary), /not a downgrade/);
    await assertLedgerExplainsBalances(sql, tenantId);
  });

  it('charges Enterprise overage at the end of the cycle it happened in', async () => {
    const { sql, tenantId } = await setup();
    await setPlan(sql, tenantId, 'enterprise', t0);
    const quota = createBillingQuota({ now: () => t0 });
    await sql.begin(async (tx) => {
      for (let i = 0; i < 1001; i++) await quota.tryConsume(tx, tenantId, `r${i}`);
    });
    await loadAccount(sql, tenantId, anniversary);
    const charges = (await ledgerOf(sql, tenantId)).filter((e) => e.kind === 'overage_charge');
    assert.deepEqual(charges.map((e) => [e.balance, e.amount, e.ref]), [['usd_cents', 7900, `cycle:${t0.toISOString()}`]]);
    await assertLedgerExplainsBalances(sql, tenantId);
  });

  it('switches plan at once with setPlan, replacing base credits through the ledger', async () => {
    const { sql, tenantId } = await setup();
    await spendTrackingCredit(sql, tenantId, 'check:1', t0);
    const account = await setPlan(sql, tenantId, 'scale', t0);
    assert.deepEqual([account.plan, account.baseCredits, account.cycleEnd.toISOString()], ['scale', 6000, anniversary.toISOString()]);
    await setPlan(sql, tenantId, 'scale', t0);
    assert.equal((await ledgerOf(sql, tenantId)).length, 4, 'setting the same plan again changes nothing');
    await assertLedgerExplainsBalances(sql, tenantId);
  });
});
