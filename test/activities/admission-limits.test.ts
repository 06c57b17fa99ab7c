// Per-tenant limits against one customer spending the whole plan, enforced where requests
// are admitted, and the quota under concurrent admissions.
import assert from 'node:assert/strict';
import { createStoreActivities } from '../../activities/store.js';
import { createBillingQuota } from '../../infra/billing/quota.js';
import { loadAccount } from '../../infra/billing/account.js';
import { patchTenantSettings } from '../../infra/tenants/settings.js';
import { newTenant, testDatabase } from '../helpers/database.js';
import { assertLedgerExplainsBalances } from '../infra/billing/ledger-balances.js';

describe('admission limits per customer and the quota under concurrency (real PostgreSQL)', () => {
  async function setup() {
    const { sql } = await testDatabase();
    const { tenantId } = await newTenant(sql, 'limits');
    const notices: Array<{ key: string; text: string }> = [];
    const store = createStoreActivities({ sql, quota: createBillingQuota(), notifyOwner: async (n) => void notices.push(n) });
    const conversation = async (name: string, customer: string) => {
      const id = `${tenantId}-${name}`;
      await store.recordConversation({ tenantId, conversationId: id, channel: 'api', customer });
      return id;
    };
    return { sql, tenantId, store, notices, conversation };
  }
  const orders = (n: number, from = 481_799_000) => Array.from({ length: n }, (_, i) => ({ orderId: String(from + i), intent: 'refill' as const }));

  it('opens the first 15 of 55 orders in one message; the rest are answered limit_exceeded, not counted, and the owner is told', async () => {
    const { sql, tenantId, store, notices, conversation } = await setup();
    const conversationId = await conversation('c1', 'alice');
    const out = await store.admitRequests({ tenantId, conversationId, messageId: 'm1', items: orders(55) });
    assert.equal(out.filter((a) => a.outcome === 'opened').length, 15, '15 orders in one message count as 15 requests');
    const refused = out.filter((a) => a.outcome === 'blocked');
    assert.equal(refused.length, 40);
    assert.ok(refused.every((a) => a.decision?.code === 'request.limit_exceeded'));
    assert.equal((await loadAccount(sql, tenantId, new Date())).requestsUsed, 15, 'the Starter month keeps 35 requests for other customers');
    assert.equal(notices.length, 1);
    assert.match(notices[0]!.text, /alice/);

    const again = await store.admitRequests({ tenantId, conversationId, messageId: 'm1', items: orders(55) });
    assert.deepEqual(again, out, 'a retried admission gives the same answers');

    const bob = await store.admitRequests({ tenantId, conversationId: await conversation('c2', 'bob'), messageId: 'm1', items: orders(3, 500_000) });
    assert.deepEqual(bob.map((a) => a.outcome), ['opened', 'opened', 'opened'], 'the next customer is served');
    await assertLedgerExplainsBalances(sql, tenantId);
  });

  it("refuses a customer's requests past the daily limit set in the settings, and only that customer's", async () => {
    const { tenantId, store, conversation } = await setup();
    await patchTenantSettings((await testDatabase()).sql, tenantId, { maxRequestsPerCustomerPerDay: 3 });
    const a1 = await store.admitRequests({ tenantId, conversationId: await conversation('c1', 'alice'), messageId: 'm1', items: orders(2, 100) });
    const a2 = await store.admitRequests({ tenantId, conversationId: await conversation('c2', 'alice'), messageId: 'm2', items: orders(2, 200) });
    assert.deepEqual([...a1, ...a2].map((a) => a.outcome), ['opened', 'opened', 'opened', 'blocked']);
    assert.equal(a2[1]!.decision?.code, 'request.limit_exceeded');
    const b = await store.admitRequests({ tenantId, conversationId: await conversation('c3', 'bob'), messageId: 'm1', items: orders(2, 300) });
    assert.deepEqual(b.map((x) => x.outcome), ['opened', 'opened']);
  });

  it('admits exactly the Starter quota when 70 customers race for it', async () => {
    const { sql, tenantId, store, conversation } = await setup();
    const convs = await Promise.all(Array.from({ length: 70 }, (_, i) => conversation(`race${i}`, `customer${i}`)));
    const results = await Promise.all(convs.map((conversationId, i) => store.admitRequests({ tenantId, conversationId, messageId: 'm1', items: orders(1, 900_000 + i) })));
    const outcomes = results.map((r) => r[0]!);
    assert.equal(outcomes.filter((a) => a.outcome === 'opened').length, 50);
    assert.ok(outcomes.filter((a) => a.outcome === 'blocked').every((a) => a.decision === undefined), 'blocked by the quota, not by a limit');
    assert.equal((await loadAccount(sql, tenantId, new Date())).requestsUsed, 50);
    await assertLedgerExplainsBalances(sql, tenantId);
  });

  it('lets PATCH-style settings raise the per-message limit', async () => {
    const { tenantId, store, conversation } = await setup();
    await patchTenantSettings((await testDatabase()).sql, tenantId, { maxOrdersPerMessage: 20 });
    const out = await store.admitRequests({ tenantId, conversationId: await conversation('c1', 'alice'), messageId: 'm1', items: orders(20) });
    assert.equal(out.filter((a) => a.outcome === 'opened').length, 20);
  });
});
