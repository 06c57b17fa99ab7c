// What a tenant reads about its billing: the account as of now, its open invoices and
// latest notices, and the ledger newest first.
import type { Sql } from '../db/database.js';
import { loadAccount } from './account.js';
import { listInvoices, type Invoice } from './invoices.js';
import { creditLevel, PLANS, type CreditLevel, type PlanId } from './plans.js';

export interface BillingOverview {
  plan: PlanId;
  cycle: { start: Date; end: Date };
  requests: { limit: number; bonus: number; used: number; remaining: number };
  credits: { base: number; prepaid: number; level: CreditLevel };
  scheduledPlan: PlanId | null;
  blockedByInvoice: string | null;
  pendingInvoices: Invoice[];
  notices: Array<{ kind: string; text: string; at: Date }>;
}

/** Notification kinds that belong to billing. */
export const BILLING_NOTICE_KINDS = ['billing', 'credits', 'limit'];

export async function billingOverview(sql: Sql, tenantId: string, now: Date): Promise<BillingOverview> {
  const a = await loadAccount(sql, tenantId, now);
  const limit = PLANS[a.plan].requests;
  const invoices = await listInvoices(sql, tenantId, 50);
  const notices = await sql<{ kind: string; text: string; created_at: Date }[]>`
    select kind, text, created_at from notifications
    where tenant_id = ${tenantId} and kind = any(${BILLING_NOTICE_KINDS})
    order by id desc limit 20`;
  return {
    plan: a.plan,
    cycle: { start: a.cycleStart, end: a.cycleEnd },
    // Enterprise goes over its quota (billed as overage): remaining stops at 0.
    requests: { limit, bonus: a.bonusRequests, used: a.requestsUsed, remaining: Math.max(0, limit + a.bonusRequests - a.requestsUsed) },
    credits: { base: a.baseCredits, prepaid: a.prepaidCredits, level: creditLevel(a.baseCredits + a.prepaidCredits) },
    scheduledPlan: a.scheduledPlan,
    blockedByInvoice: a.blockedByInvoice,
    pendingInvoices: invoices.filter((i) => i.status === 'pending' || i.status === 'underpaid_open'),
    notices: notices.map((n) => ({ kind: n.kind, text: n.text, at: n.created_at })),
  };
}

export interface Transaction {
  id: string;
  kind: string;
  ref: string;
  balance: string;
  amount: number;
  at: Date;
  detail: Record<string, unknown>;
}

export async function listTransactions(sql: Sql, tenantId: string, limit = 200): Promise<Transaction[]> {
  return sql<Transaction[]>`
    select id::text, kind, ref, balance, amount, at, detail from billing_ledger
    where tenant_id = ${tenantId} order by at desc, billing_ledger.id desc limit ${limit}`;
}
