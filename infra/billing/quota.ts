// The plan's request quota behind the admission seam. The account row is locked for the
// rest of the admission transaction, so concurrent admissions at the boundary queue on it
// and admit exactly the quota.
import type { TransactionSql } from 'postgres';
import type { RequestQuota } from '../../activities/quota.js';
import { ensureAccount, rollCycleIfDue } from './account.js';
import { appendLedger, hasLedgerEntry } from './ledger.js';
import { PLANS } from './plans.js';

export function createBillingQuota(opts: { now?: () => Date } = {}): RequestQuota {
  const clock = opts.now ?? (() => new Date());
  return {
    async tryConsume(tx: TransactionSql, tenantId: string, requestId: string): Promise<boolean> {
      const now = clock();
      const account = await rollCycleIfDue(tx, await ensureAccount(tx, tenantId, now), now);
      const ref = `request:${requestId}`;
      // A request already counted stays admitted, even if the quota has filled since.
      if (await hasLedgerEntry(tx, tenantId, 'request', ref)) return true;
      // An unpaid renewal past its grace blocks new requests as the quota does.
      if (account.blockedByInvoice) return false;
      const plan = PLANS[account.plan];
      // Enterprise is never blocked: requests over quota are counted and billed as overage.
      if (!plan.overage && account.requestsUsed >= plan.requests + account.bonusRequests) return false;
      await appendLedger(tx, { tenantId, kind: 'request', ref, balance: 'requests_used', amount: 1, at: now });
      await tx`
        update billing_accounts set requests_used = requests_used + 1, updated_at = ${now}
        where tenant_id = ${tenantId}`;
      return true;
    },
  };
}
