import assert from 'node:assert/strict';
import { createStoreActivities } from '../../../activities/store.js';
import { createBillingQuota } from '../../../infra/billing/quota.js';
import { loadAccount, setPlan } from '../../../infra/billing/account.js';
import { newTenant, testDatabase } from '../../helpers/database.js';
import { patchTenantSettings } from '../../../infra/tenants/settings.js';
import { assertLedgerExplainsBalances, ledgerOf } from './ledger-balances.js';

describe('request quota on the admission path (real PostgreSQL)', () => {
  const t0 = new Date('2025-05-10T08:00:00Z');
  let clock = t0;

  async function setup(plan?: 'enterprise') {
    clock = t0;
    const { sql } = await testDatabase();
    const { tenantId } = await newTenant(sql, 'quota');
    if (plan) await setPlan(sql, tenantId, plan, t0);
    // The plan's quota, not the per-customer limits (admission-limits.test.ts), is under test.
    await patchTenantSettings(sql, tenantId, { maxOrdersPerMessage: 1000, maxRequestsPerCustomerPerDay: 100_000 });
    const quota = createBillingQuota({ now: () => clock });
    const store = createStoreActivities({ sql, quota });
    const conversationId = `${tenantId}-c1`;
    await store.recordConversation({ tenantId, conversationId, channel: 'api', customer: 'alice' });
    const admit = (messageId: string, orderIds: string[]) =>
      store.admitRequests({ tenantId, conversationId, messageId, items: orderIds.map((orderId) => ({ orderId, intent: 'refill' as const })) });
    const orders = (from: number, n: number) => Array.from({ length: n }, (_, i) => String(from + i));
    return { sql, tenantId, quota, admit, orders };
  }

  it('admits exactly the 5 requests left when 30 arrive at once on a Starter tenant with 45 of 50 used', async () => {
    const { sql, tenantId, admit, orders } = await setup();
    const seeded = await admit('seed', orders(1, 45));
    assert.ok(seeded.every((a) => a.outcome === 'opened'), 'one message with 45 orders counts 45 requests');

    const results = await Promise.all(orders(1000, 30).map((orderId, i) => admit(`m${i}`, [orderId])));
    const outcomes = results.map((r) => r[0]!.outcome);
    assert.equal(outcomes.filter((o) => o === 'opened').length, 5);
    assert.equal(outcomes.filter((o) => o === 'blocked').length, 25);

    assert.equal((await loadAccount(sql, tenantId, clock)).requestsUsed, 50);
    const [row] = await sql<{ open: number; blocked: number }[]>`
      select count(*) filter (where state <> 'blocked')::int as open, count(*) filter (where state = 'blocked')::int as blocked
      from requests where tenant_id = ${tenantId}`;
    assert.deepEqual(row, { open: 50, blocked: 25 });
    assert.equal((await ledgerOf(sql, tenantId)).filter((e) => e.kind === 'request').length, 50);
    await assertLedgerExplainsBalances(sql, tenantId);
  });

  it('writes nothing for a request blocked at quota', async () => {
    const { sql, tenantId, quota, admit, orders } = await setup();
    await admit('seed', orders(1, 50));
    const before = await ledgerOf(sql, tenantId);
    const admitted = await sql.begin((tx) => quota.tryConsume(tx, tenantId, 'late'));
    assert.equal(admitted, false);
    assert.deepEqual(await ledgerOf(sql, tenantId), before);
    assert.equal((await loadAccount(sql, tenantId, clock)).requestsUsed, 50);
  });

  it('lets Enterprise go over its 1,000 requests and counts the overage', async () => {
    const { sql, tenantId, quota, admit, orders } = await setup('enterprise');
    await sql.begin(async (tx) => {
      for (let i = 0; i < 1000; i++) assert.ok(await quota.tryConsume(tx, tenantId, `seed-${i}`));
    });
    const over = await admit('m1', orders(1, 3));
    assert.deepEqual(over.map((a) => a.outcome), ['opened', 'opened', 'opened']);
    assert.equal((await loadAccount(sql, tenantId, clock)).requestsUsed, 1003);
    await assertLedgerExplainsBalances(sql, tenantId);
  });

  it('counts a retried admission of the same request once', async () => {
    const { sql, tenantId, quota } = await setup();
    assert.equal(await sql.begin((tx) => quota.tryConsume(tx, tenantId, '42')), true);
    assert.equal(await sql.begin((tx) => quota.tryConsume(tx, tenantId, '42')), true);
    assert.equal((await loadAccount(sql, tenantId, clock)).requestsUsed, 1);
    assert.deepEqual((await ledgerOf(sql, tenantId)).filter((e) => e.kind === 'request').map((e) => e.ref), ['request:42']);
  });

  it('counts nothing when the admission transaction fails after consuming', async () => {
    const { sql, tenantId, quota } = await setup();
    await loadAccount(sql, tenantId, clock);
    await assert.rejects(sql.begin(async (tx) => {
      await quota.tryConsume(tx, tenantId, '7');
      throw new Error('admission failed later');
    }));
    assert.equal((await loadAccount(sql, tenantId, clock)).requestsUsed, 0);
    assert.equal((await ledgerOf(sql, tenantId)).filter((e) => e.kind === 'request').length, 0);
  });

  it('opens requests again once the cycle rolls over at the anniversary', async () => {
    const { sql, tenantId, admit, orders } = await setup();
    await admit('seed', orders(1, 50));
    clock = new Date('2025-06-10T07:59:59Z');
    assert.equal((await admit('m1', ['900']))[0]!.outcome, 'blocked');
    clock = new Date('2025-06-10T08:00:00Z');
    assert.equal((await admit('m2', ['901']))[0]!.outcome, 'opened');
    assert.equal((await loadAccount(sql, tenantId, clock)).requestsUsed, 1);
    await assertLedgerExplainsBalances(sql, tenantId);
  });
});
