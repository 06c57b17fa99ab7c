import assert from 'node:assert/strict';
import { loadAccount } from '../../../infra/billing/account.js';
import { addPrepaidCredits, spendTrackingCredit } from '../../../infra/billing/credits.js';
import { createBillingQuota } from '../../../infra/billing/quota.js';
import { newTenant, testDatabase } from '../../helpers/database.js';
import { assertLedgerExplainsBalances, ledgerOf } from './ledger-balances.js';

describe('the billing ledger (real PostgreSQL)', () => {
  async function tenantWithHistory() {
    const { sql } = await testDatabase();
    const { tenantId } = await newTenant(sql, 'ledger');
    const t0 = new Date('2025-08-20T00:00:00Z');
    await loadAccount(sql, tenantId, t0);
    return { sql, tenantId, t0 };
  }

  it('refuses to change or remove an entry', async () => {
    const { sql, tenantId } = await tenantWithHistory();
    await assert.rejects(sql`update billing_ledger set amount = 1000000 where tenant_id = ${tenantId}`, /append-only: UPDATE/);
    await assert.rejects(sql`delete from billing_ledger where tenant_id = ${tenantId}`, /append-only: DELETE/);
    await assert.rejects(sql.begin(async (tx) => {
      await tx`truncate billing_ledger`;
      throw new Error('truncate went through');
    }), /append-only: TRUNCATE/);
    assert.equal((await ledgerOf(sql, tenantId)).length, 1);
  });

  it('explains every balance after a history of requests, checks, packs and rollovers', async () => {
    const { sql, tenantId, t0 } = await tenantWithHistory();
    const days = (n: number) => new Date(t0.getTime() + n * 86_400_000);
    for (let d = 0; d < 70; d += 7) {
      const quota = createBillingQuota({ now: () => days(d) });
      await sql.begin(async (tx) => {
        for (let i = 0; i < 20; i++) await quota.tryConsume(tx, tenantId, `${d}-${i}`);
      });
      for (let i = 0; i < 30; i++) await spendTrackingCredit(sql, tenantId, `check:${d}:${i}`, days(d));
      await addPrepaidCredits(sql, tenantId, 10, `pack:${d}`, days(d));
      await assertLedgerExplainsBalances(sql, tenantId);
    }
    const kinds = new Set((await ledgerOf(sql, tenantId)).map((e) => e.kind));
    for (const k of ['request', 'requests_reset', 'base_credits_expire', 'base_credits_grant', 'tracking_check', 'prepaid_credits']) {
      assert.ok(kinds.has(k), `history includes ${k}`);
    }
  });
});
