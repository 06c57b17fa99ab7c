// The append-only billing ledger. Callers write an entry in the same transaction as the
// balance change it explains; the database refuses to change or remove an entry.
import type { TransactionSql } from 'postgres';

export type LedgerBalance = 'requests_used' | 'bonus_requests' | 'base_credits' | 'prepaid_credits' | 'usd_cents' | 'customer_refund_cents';

export type LedgerKind =
  | 'request'
  | 'requests_reset'
  | 'bonus_reset'
  | 'base_credits_grant'
  | 'base_credits_expire'
  | 'tracking_check'
  | 'prepaid_credits'
  | 'overage_charge'
  /** Money received for an invoice (usd_cents, positive). */
  | 'payment'
  /** An upgrade's unused requests carried into the rest of the cycle. */
  | 'upgrade_bonus'
  | 'customer_refund';

export interface LedgerEntry {
  tenantId: string;
  kind: LedgerKind;
  /** Unique per (tenant, kind): writing the same ref again is a no-op. */
  ref: string;
  balance: LedgerBalance;
  /** Signed change to the balance (never 0). */
  amount: number;
  at: Date;
  detail?: Record<string, unknown>;
}

/** true: written now; false: an entry with this (tenant, kind, ref) already exists. */
export async function appendLedger(tx: TransactionSql, e: LedgerEntry): Promise<boolean> {
  const rows = await tx`
    insert into billing_ledger (tenant_id, kind, ref, balance, amount, detail, at)
    values (${e.tenantId}, ${e.kind}, ${e.ref}, ${e.balance}, ${e.amount},
            ${tx.json((e.detail ?? {}) as never)}, ${e.at})
    on conflict (tenant_id, kind, ref) do nothing
    returning id`;
  return rows.length > 0;
}

/**
 * For entries that cannot legitimately exist yet (a cycle closes once): a duplicate means
 * the balance and the ledger would disagree, so the transaction is abandoned instead. A
 * zero amount moves nothing and is not written.
 */
export async function appendNewLedger(tx: TransactionSql, e: LedgerEntry): Promise<void> {
  if (e.amount === 0) return;
  if (!(await appendLedger(tx, e))) throw new Error(`billing ledger: ${e.kind} ${e.ref} already written for ${e.tenantId}`);
}

export async function hasLedgerEntry(tx: TransactionSql, tenantId: string, kind: LedgerKind, ref: string): Promise<boolean> {
  const rows = await tx`select 1 from billing_ledger where tenant_id = ${tenantId} and kind = ${kind} and ref = ${ref}`;
  return rows.length > 0;
}
