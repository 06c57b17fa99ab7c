import assert from 'node:assert/strict';
import { addPrepaidCredits, createBillingActivities } from '../../activities/billing.js';
import { newTenant, testDatabase } from '../helpers/database.js';
import { assertLedgerExplainsBalances, ledgerOf } from '../infra/billing/ledger-balances.js';

describe('tracking credits (real PostgreSQL)', () => {
  const t0 = new Date('2025-04-01T00:00:00Z');
  let clock = t0;

  async function setup() {
    clock = t0;
    const { sql } = await testDatabase();
    const { tenantId } = await newTenant(sql, 'credits');
    const billing = createBillingActivities({ sql, now: () => clock });
    const check = (ref: string) => billing.consumeTrackingCredit({ tenantId, ref });
    return { sql, tenantId, billing, check };
  }

  async function spendAllBase(check: (ref: string) => Promise<{ ok: boolean }>, from = 0) {
    for (let i = from; i < 500; i++) assert.ok((await check(`drain:${i}`)).ok);
  }

  it('gives a new Starter tenant 500 base credits, and spends one per check', async () => {
    const { sql, tenantId, billing, check } = await setup();
    assert.equal(await billing.trackingCreditsLeft({ tenantId }), 500);
    assert.deepEqual(await check('check:1:1'), { ok: true, remaining: 499, level: 'low' });
    assert.equal(await billing.trackingCreditsLeft({ tenantId }), 499);
    await assertLedgerExplainsBalances(sql, tenantId);
  });

  it('spends base credits before prepaid ones', async () => {
    const { sql, tenantId, check } = await setup();
    assert.equal(await addPrepaidCredits(sql, tenantId, 1000, 'pack:small:1', clock), true);
    assert.deepEqual(await check('c1'), { ok: true, remaining: 1499, level: 'ok' });
    await spendAllBase(check, 1);
    assert.deepEqual(await check('c2'), { ok: true, remaining: 999, level: 'ok' });
    const spent = (await ledgerOf(sql, tenantId)).filter((e) => e.kind === 'tracking_check');
    assert.deepEqual(spent.slice(-2).map((e) => e.balance), ['base_credits', 'prepaid_credits']);
    assert.ok(spent.slice(0, -1).every((e) => e.balance === 'base_credits'));
    await assertLedgerExplainsBalances(sql, tenantId);
  });

  it('charges the same check once, however often it is retried', async () => {
    const { sql, tenantId, billing, check } = await setup();
    const first = await check('check:7:3');
    const again = await check('check:7:3');
    assert.equal(again.ok, first.ok);
    assert.equal(await billing.trackingCreditsLeft({ tenantId }), 499);
    assert.equal((await ledgerOf(sql, tenantId)).filter((e) => e.ref === 'check:7:3').length, 1);
  });

  it('adds a prepaid pack once per reference', async () => {
    const { sql, tenantId, billing } = await setup();
    assert.equal(await addPrepaidCredits(sql, tenantId, 5000, 'invoice:9', clock), true);
    assert.equal(await addPrepaidCredits(sql, tenantId, 5000, 'invoice:9', clock), false);
    assert.equal(await billing.trackingCreditsLeft({ tenantId }), 5500);
    await assertLedgerExplainsBalances(sql, tenantId);
  });

  it('refuses a check at 0 credits and writes nothing, then resumes when credits come back', async () => {
    const { sql, tenantId, billing, check } = await setup();
    await spendAllBase(check);
    const before = await ledgerOf(sql, tenantId);
    assert.deepEqual(await check('c-empty'), { ok: false, remaining: 0, level: 'empty' });
    assert.deepEqual(await ledgerOf(sql, tenantId), before, 'nothing charged, nothing written');

    await addPrepaidCredits(sql, tenantId, 1000, 'pack:1', clock);
    assert.deepEqual(await check('c-empty'), { ok: true, remaining: 999, level: 'ok' });
    clock = new Date('2025-05-01T00:00:00Z');
    assert.equal(await billing.trackingCreditsLeft({ tenantId }), 1499, 'base credits renew at the anniversary');
    await assertLedgerExplainsBalances(sql, tenantId);
  });

  it('charges exactly the credits there are when checks race for the last ones', async () => {
    const { sql, tenantId, check } = await setup();
    await spendAllBase(check, 10);
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => check(`race:${i}`)));
    assert.equal(results.filter((r) => r.ok).length, 10);
    assert.ok(results.filter((r) => !r.ok).every((r) => r.remaining === 0 && r.level === 'empty'));
    assert.deepEqual(await check('after'), { ok: false, remaining: 0, level: 'empty' });
    await assertLedgerExplainsBalances(sql, tenantId);
  });

  it('reports low below 500 and empty at 0', async () => {
    const { sql, tenantId, check } = await setup();
    await addPrepaidCredits(sql, tenantId, 1, 'gift:1', clock);
    assert.deepEqual(await check('l1'), { ok: true, remaining: 500, level: 'ok' });
    assert.deepEqual(await check('l2'), { ok: true, remaining: 499, level: 'low' });
    await spendAllBase(check, 2);
    const last = await check('l3');
    assert.deepEqual(last, { ok: true, remaining: 0, level: 'empty' }, 'the check that spends the last credit says so');
  });
});
