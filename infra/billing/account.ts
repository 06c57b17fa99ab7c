// The tenant's billing account: plan, current cycle and balances. Every function that reads
// it for a decision first locks the row and rolls the cycle if the anniversary has passed,
// so a balance is never judged against a cycle that has already ended.
import type { TransactionSql } from 'postgres';
import type { Sql } from '../db/database.js';
import { appendNewLedger } from './ledger.js';
import { BillingRefusal } from './refusal.js';
import { cycleAt, cycleEnd, isDowngrade, overageCents, overageRequests, PLANS, type PlanId } from './plans.js';

export interface BillingAccount {
  tenantId: string;
  plan: PlanId;
  cycleAnchor: Date;
  cycleStart: Date;
  cycleEnd: Date;
  requestsUsed: number;
  bonusRequests: number;
  baseCredits: number;
  prepaidCredits: number;
  scheduledPlan: PlanId | null;
  /** An unpaid renewal past its three days of grace: new requests are blocked until it is paid. */
  blockedByInvoice: string | null;
}

interface AccountRow {
  tenant_id: string;
  plan: PlanId;
  cycle_anchor: Date;
  cycle_start: Date;
  cycle_end: Date;
  requests_used: number;
  bonus_requests: number;
  base_credits: number;
  prepaid_credits: number;
  scheduled_plan: PlanId | null;
  blocked_unpaid_invoice: string | null;
}

/**
 * The tenant's account, locked for the rest of the transaction. A tenant without one gets
 * it now, on `plan`, with the plan's base credits and a cycle (and anniversary) starting now.
 */
export async function ensureAccount(tx: TransactionSql, tenantId: string, now: Date, plan: PlanId = 'starter'): Promise<BillingAccount> {
  const [created] = await tx<AccountRow[]>`
    insert into billing_accounts (tenant_id, plan, cycle_anchor, cycle_start, cycle_end, base_credits)
    values (${tenantId}, ${plan}, ${now}, ${now}, ${cycleEnd(now)}, ${PLANS[plan].baseCredits})
    on conflict (tenant_id) do nothing
    returning *`;
  if (created) {
    await appendNewLedger(tx, {
      tenantId, kind: 'base_credits_grant', ref: cycleRef(now), balance: 'base_credits',
      amount: PLANS[plan].baseCredits, at: now, detail: { plan },
    });
    return toAccount(created);
  }
  const [row] = await tx<AccountRow[]>`select * from billing_accounts where tenant_id = ${tenantId} for update`;
  if (!row) throw new Error(`billing account of ${tenantId} vanished`);
  return toAccount(row);
}

/**
 * At or after the anniversary: the closing cycle's overage is charged, requests used and
 * the upgrade bonus go back to 0, the remaining base credits expire and the plan's amount
 * is granted, and a scheduled downgrade takes effect. Cycles skipped while the tenant was
 * idle are jumped over in one step. The account must be locked (ensureAccount).
 */
export async function rollCycleIfDue(tx: TransactionSql, account: BillingAccount, now: Date): Promise<BillingAccount> {
  if (now < account.cycleEnd) return account;
  const { tenantId, plan: closingPlan, requestsUsed: used, bonusRequests: bonus } = account;
  const next = cycleAt(account.cycleAnchor, now);
  const plan = account.scheduledPlan ?? closingPlan;
  const closing = { tenantId, ref: cycleRef(account.cycleStart), at: account.cycleEnd };

  await appendNewLedger(tx, {
    ...closing, kind: 'overage_charge', balance: 'usd_cents', amount: overageCents(closingPlan, used, bonus),
    detail: { plan: closingPlan, requestsUsed: used, overageRequests: overageRequests(closingPlan, used, bonus) },
  });
  await appendNewLedger(tx, { ...closing, kind: 'requests_reset', balance: 'requests_used', amount: -used });
  await appendNewLedger(tx, { ...closing, kind: 'bonus_reset', balance: 'bonus_requests', amount: -bonus });
  await appendNewLedger(tx, { ...closing, kind: 'base_credits_expire', balance: 'base_credits', amount: -account.baseCredits });
  await appendNewLedger(tx, {
    tenantId, kind: 'base_credits_grant', ref: cycleRef(next.start), balance: 'base_credits',
    amount: PLANS[plan].baseCredits, at: next.start, detail: { plan },
  });
  const [row] = await tx<AccountRow[]>`
    update billing_accounts set
      plan = ${plan}, scheduled_plan = null, cycle_start = ${next.start}, cycle_end = ${next.end},
      requests_used = 0, bonus_requests = 0, base_credits = ${PLANS[plan].baseCredits}, updated_at = ${now}
    where tenant_id = ${tenantId}
    returning *`;
  return toAccount(row!);
}

/** The account as of `now`, its cycle rolled if due. */
export async function loadAccount(sql: Sql, tenantId: string, now: Date): Promise<BillingAccount> {
  return sql.begin(async (tx) => rollCycleIfDue(tx, await ensureAccount(tx, tenantId, now), now));
}

/**
 * Puts the tenant on `plan` at once, with that plan's base credits in place of the current
 * ones and no carried-over bonus. An administrative switch (tests, the demo tenant); the
 * paid upgrade and the scheduled downgrade of the billing API follow their own rules.
 */
export async function setPlan(sql: Sql, tenantId: string, plan: PlanId, now: Date): Promise<BillingAccount> {
  return sql.begin(async (tx) => {
    const account = await rollCycleIfDue(tx, await ensureAccount(tx, tenantId, now, plan), now);
    if (account.plan !== plan) {
      const ref = `plan:${plan}:${now.toISOString()}`;
      await appendNewLedger(tx, { tenantId, kind: 'base_credits_expire', ref, balance: 'base_credits', amount: -account.baseCredits, at: now });
      await appendNewLedger(tx, { tenantId, kind: 'base_credits_grant', ref, balance: 'base_credits', amount: PLANS[plan].baseCredits, at: now, detail: { plan } });
    }
    const [row] = await tx<AccountRow[]>`
      update billing_accounts set
        plan = ${plan}, scheduled_plan = null, updated_at = ${now},
        base_credits = ${account.plan === plan ? account.baseCredits : PLANS[plan].baseCredits}
      where tenant_id = ${tenantId}
      returning *`;
    return toAccount(row!);
  });
}

/** A downgrade takes effect at the next anniversary; until then the current plan holds. */
export async function scheduleDowngrade(sql: Sql, tenantId: string, plan: PlanId, now: Date): Promise<BillingAccount> {
  return sql.begin(async (tx) => {
    const account = await rollCycleIfDue(tx, await ensureAccount(tx, tenantId, now), now);
    if (!isDowngrade(account.plan, plan)) throw new BillingRefusal(409, `${plan} is not a downgrade from ${account.plan}.`, 'plan');
    const [row] = await tx<AccountRow[]>`
      update billing_accounts set scheduled_plan = ${plan}, updated_at = ${now}
      where tenant_id = ${tenantId}
      returning *`;
    return toAccount(row!);
  });
}

export function cycleRef(start: Date): string {
  return `cycle:${start.toISOString()}`;
}

function toAccount(r: AccountRow): BillingAccount {
  return {
    tenantId: r.tenant_id,
    plan: r.plan,
    cycleAnchor: r.cycle_anchor,
    cycleStart: r.cycle_start,
    cycleEnd: r.cycle_end,
    requestsUsed: r.requests_used,
    bonusRequests: r.bonus_requests,
    baseCredits: r.base_credits,
    prepaidCredits: r.prepaid_credits,
    scheduledPlan: r.scheduled_plan,
    blockedByInvoice: r.blocked_unpaid_invoice,
  };
}
