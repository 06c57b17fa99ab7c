// Tracking credits: one per check of an order. Base credits (renewed each cycle) are spent
// before prepaid ones (bought in packs, never expiring). Each change is keyed by a ref so a
// retried activity or a repeated payment callback changes the balance once.
import type { Sql } from '../db/database.js';
import { ensureAccount, rollCycleIfDue } from './account.js';
import { appendLedger, hasLedgerEntry } from './ledger.js';
import { creditLevel, type CreditLevel } from './plans.js';

export interface CreditCharge {
  /** false: no credits left and nothing was charged. */
  ok: boolean;
  remaining: number;
  level: CreditLevel;
}

export async function spendTrackingCredit(sql: Sql, tenantId: string, ref: string, now: Date): Promise<CreditCharge> {
  return sql.begin(async (tx) => {
    const account = await rollCycleIfDue(tx, await ensureAccount(tx, tenantId, now), now);
    const left = account.baseCredits + account.prepaidCredits;
    if (await hasLedgerEntry(tx, tenantId, 'tracking_check', ref)) return charge(true, left);
    if (left === 0) return charge(false, 0);
    const fromBase = account.baseCredits > 0;
    await appendLedger(tx, {
      tenantId, kind: 'tracking_check', ref, balance: fromBase ? 'base_credits' : 'prepaid_credits', amount: -1, at: now,
    });
    await tx`
      update billing_accounts set
        base_credits = base_credits - ${fromBase ? 1 : 0},
        prepaid_credits = prepaid_credits - ${fromBase ? 0 : 1},
        updated_at = ${now}
      where tenant_id = ${tenantId}`;
    return charge(true, left - 1);
  });
}

export async function creditsLeft(sql: Sql, tenantId: string, now: Date): Promise<number> {
  return sql.begin(async (tx) => {
    const account = await rollCycleIfDue(tx, await ensureAccount(tx, tenantId, now), now);
    return account.baseCredits + account.prepaidCredits;
  });
}

/** Adds a pack (or any amount) of prepaid credits once per ref; true when added now. */
export async function addPrepaidCredits(sql: Sql, tenantId: string, amount: number, ref: string, now: Date = new Date()): Promise<boolean> {
  if (!Number.isInteger(amount) || amount <= 0) throw new Error(`prepaid credits must be a positive whole number, got ${amount}`);
  return sql.begin(async (tx) => {
    await rollCycleIfDue(tx, await ensureAccount(tx, tenantId, now), now);
    const added = await appendLedger(tx, { tenantId, kind: 'prepaid_credits', ref, balance: 'prepaid_credits', amount, at: now });
    if (added) {
      await tx`
        update billing_accounts set prepaid_credits = prepaid_credits + ${amount}, updated_at = ${now}
        where tenant_id = ${tenantId}`;
    }
    return added;
  });
}

function charge(ok: boolean, remaining: number): CreditCharge {
  return { ok, remaining, level: creditLevel(remaining) };
}
