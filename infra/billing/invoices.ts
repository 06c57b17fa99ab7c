// Invoices: what a tenant owes for an upgrade, a credit pack, a renewal or overage, and the
// one place a paid invoice changes the account. Applying is guarded twice: the invoice row
// is locked and a paid invoice is never applied again, and every ledger entry it writes is
// keyed by the invoice, so a replayed or concurrent callback changes nothing.
import type { TransactionSql } from 'postgres';
import type { Sql } from '../db/database.js';
import type { GatewayState, InvoiceStatus, PaymentGateway } from '../payments/gateway.js';
import { ensureAccount, rollCycleIfDue, type BillingAccount } from './account.js';
import { appendNewLedger } from './ledger.js';
import { CREDIT_PACKS, isDowngrade, PLANS, type CreditPackId, type PlanId } from './plans.js';
import { unusedRequests, upgradePriceCents } from './proration.js';
import { BillingRefusal } from './refusal.js';

export type InvoiceKind = 'upgrade' | 'credit_pack' | 'renewal' | 'overage';

export interface Invoice {
  id: string;
  tenantId: string;
  kind: InvoiceKind;
  item: string;
  amountCents: number;
  currency: 'USD';
  status: InvoiceStatus;
  gateway: string;
  url: string | null;
  cycleStart: Date | null;
  detail: Record<string, unknown>;
  createdAt: Date;
  expiresAt: Date | null;
  paidAt: Date | null;
}

export { BillingRefusal };

export interface InvoiceContext {
  sql: Sql;
  gateway: PaymentGateway;
  /** Where the gateway calls back for this gateway. */
  callbackUrl: string;
}

/**
 * An upgrade's invoice: the prorated price difference. Concurrent requests queue on the
 * account lock; the same upgrade asked twice gets the one open invoice, another one is
 * refused until it is paid or lapses.
 */
export async function openUpgradeInvoice(ctx: InvoiceContext, tenantId: string, plan: PlanId, now: Date): Promise<Invoice> {
  return ctx.sql.begin(async (tx) => {
    const account = await rollCycleIfDue(tx, await ensureAccount(tx, tenantId, now), now);
    if (account.plan === plan) throw new BillingRefusal(409, `The tenant is already on ${PLANS[plan].name}.`, 'plan');
    if (isDowngrade(account.plan, plan)) throw new BillingRefusal(409, `${plan} is a downgrade from ${account.plan}: it is scheduled, not invoiced.`, 'plan');
    const [open] = await tx<InvoiceRow[]>`
      select * from invoices where tenant_id = ${tenantId} and kind = 'upgrade' and status in ('pending', 'underpaid_open')`;
    if (open && open.item === plan) return toInvoice(open);
    if (open) throw new BillingRefusal(409, `An upgrade to ${open.item} is waiting for payment (invoice ${open.id}).`, 'plan');
    const amount = upgradePriceCents(account.plan, plan, { start: account.cycleStart, end: account.cycleEnd }, now);
    return createInvoice(tx, ctx, {
      tenantId, kind: 'upgrade', item: plan, amountCents: amount, now, cycleStart: null,
      detail: { from: account.plan, cycleStart: account.cycleStart.toISOString(), cycleEnd: account.cycleEnd.toISOString() },
    });
  });
}

export async function openPackInvoice(ctx: InvoiceContext, tenantId: string, pack: CreditPackId, now: Date): Promise<Invoice> {
  return ctx.sql.begin(async (tx) => {
    await ensureAccount(tx, tenantId, now);
    const p = CREDIT_PACKS[pack];
    return createInvoice(tx, ctx, { tenantId, kind: 'credit_pack', item: pack, amountCents: p.priceCents, now, cycleStart: null, detail: { credits: p.credits } });
  });
}

/** A renewal or an overage invoice, issued once per cycle however often it is asked for. */
export async function openCycleInvoice(
  ctx: InvoiceContext,
  input: { tenantId: string; kind: 'renewal' | 'overage'; item: string; amountCents: number; cycleStart: Date; now: Date; detail?: Record<string, unknown> },
): Promise<Invoice> {
  return ctx.sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext(${`invoice:${input.tenantId}:${input.kind}`}))`;
    const [existing] = await tx<InvoiceRow[]>`
      select * from invoices where tenant_id = ${input.tenantId} and kind = ${input.kind} and cycle_start = ${input.cycleStart}`;
    if (existing) return toInvoice(existing);
    return createInvoice(tx, ctx, { ...input, detail: input.detail ?? {} });
  });
}

/**
 * The invoice row and the gateway's invoice are made in one transaction: a gateway that
 * fails leaves no invoice behind, and our ID as the gateway's order_id makes its retry safe.
 */
async function createInvoice(
  tx: TransactionSql,
  ctx: InvoiceContext,
  i: { tenantId: string; kind: InvoiceKind; item: string; amountCents: number; now: Date; cycleStart: Date | null; detail: Record<string, unknown> },
): Promise<Invoice> {
  const [seq] = await tx<{ n: string }[]>`select nextval('invoice_numbers')::text as n`;
  const id = `inv-${seq!.n}`;
  const made = await ctx.gateway.createInvoice({
    orderId: id, amountCents: i.amountCents, currency: 'USD', callbackUrl: ctx.callbackUrl,
    description: `supportai/${i.kind}/${i.item}`,
  });
  const [row] = await tx<InvoiceRow[]>`
    insert into invoices (id, tenant_id, kind, item, amount_cents, gateway, gateway_ref, url, cycle_start, detail, created_at, expires_at)
    values (${id}, ${i.tenantId}, ${i.kind}, ${i.item}, ${i.amountCents}, ${ctx.gateway.name}, ${made.ref}, ${made.url},
            ${i.cycleStart}, ${tx.json(i.detail as never)}, ${i.now}, ${made.expiresAt})
    returning *`;
  return toInvoice(row!);
}

export interface Applied {
  invoice: Invoice;
  /** true: this call changed the invoice (and, when paid, the account). */
  changed: boolean;
  /** What the tenant got, for the owner's notice. */
  summary: string | null;
}

/**
 * Moves the invoice to the status the gateway reports now. Paid is final: the first call
 * that sees it applies the purchase, every later one (a replay, a racing callback) finds
 * the invoice paid and changes nothing.
 */
export async function applyGatewayState(sql: Sql, invoiceId: string, state: GatewayState, now: Date): Promise<Applied> {
  return sql.begin(async (tx) => {
    const [row] = await tx<InvoiceRow[]>`select * from invoices where id = ${invoiceId} for update`;
    if (!row) throw new Error(`no invoice ${invoiceId}`);
    const invoice = toInvoice(row);
    if (invoice.status === 'paid' || invoice.status === state.status) return { invoice, changed: false, summary: null };
    if (state.status !== 'paid') {
      const [updated] = await tx<InvoiceRow[]>`update invoices set status = ${state.status}, updated_at = ${now} where id = ${invoiceId} returning *`;
      return { invoice: toInvoice(updated!), changed: true, summary: null };
    }
    const ref = `invoice:${invoice.id}`;
    await appendNewLedger(tx, {
      tenantId: invoice.tenantId, kind: 'payment', ref, balance: 'usd_cents', amount: invoice.amountCents, at: now,
      detail: { invoice: invoice.id, kind: invoice.kind, item: invoice.item, gateway: invoice.gateway },
    });
    const summary = await applyPurchase(tx, invoice, now);
    const [updated] = await tx<InvoiceRow[]>`
      update invoices set status = 'paid', paid_at = ${now}, updated_at = ${now},
        detail = detail || ${tx.json({ applied: summary } as never)}
      where id = ${invoiceId} returning *`;
    return { invoice: toInvoice(updated!), changed: true, summary };
  });
}

async function applyPurchase(tx: TransactionSql, invoice: Invoice, now: Date): Promise<string> {
  const { tenantId } = invoice;
  const ref = `invoice:${invoice.id}`;
  const account = await rollCycleIfDue(tx, await ensureAccount(tx, tenantId, now), now);
  switch (invoice.kind) {
    case 'credit_pack': {
      const credits = CREDIT_PACKS[invoice.item as CreditPackId].credits;
      await appendNewLedger(tx, { tenantId, kind: 'prepaid_credits', ref, balance: 'prepaid_credits', amount: credits, at: now, detail: { pack: invoice.item } });
      await tx`update billing_accounts set prepaid_credits = prepaid_credits + ${credits}, updated_at = ${now} where tenant_id = ${tenantId}`;
      return `+${credits} prepaid credits`;
    }
    case 'upgrade':
      return applyUpgrade(tx, account, invoice.item as PlanId, ref, now);
    case 'renewal':
    case 'overage':
      if (account.blockedByInvoice === invoice.id) {
        await tx`update billing_accounts set blocked_unpaid_invoice = null, updated_at = ${now} where tenant_id = ${tenantId}`;
        return 'renewal paid: new requests are admitted again';
      }
      return `${invoice.kind} paid`;
  }
}

/**
 * At once: the new plan, its base credits in place of the old ones, and the requests left
 * unused this cycle as a bonus on top of the new quota (45 of 50 used on Starter → Growth
 * gives 200 + 5). A plan already at or above the target (paid late) keeps the money on the
 * ledger and changes nothing else.
 */
async function applyUpgrade(tx: TransactionSql, account: BillingAccount, plan: PlanId, ref: string, now: Date): Promise<string> {
  const { tenantId } = account;
  if (account.plan === plan || isDowngrade(account.plan, plan)) return `already on ${account.plan}: plan unchanged`;
  const bonus = unusedRequests(account.plan, account.requestsUsed, account.bonusRequests);
  await appendNewLedger(tx, { tenantId, kind: 'requests_reset', ref, balance: 'requests_used', amount: -account.requestsUsed, at: now });
  await appendNewLedger(tx, { tenantId, kind: 'upgrade_bonus', ref, balance: 'bonus_requests', amount: bonus - account.bonusRequests, at: now, detail: { from: account.plan, to: plan } });
  await appendNewLedger(tx, { tenantId, kind: 'base_credits_expire', ref, balance: 'base_credits', amount: -account.baseCredits, at: now });
  await appendNewLedger(tx, { tenantId, kind: 'base_credits_grant', ref, balance: 'base_credits', amount: PLANS[plan].baseCredits, at: now, detail: { plan } });
  await tx`
    update billing_accounts set plan = ${plan}, scheduled_plan = null, requests_used = 0, bonus_requests = ${bonus},
      base_credits = ${PLANS[plan].baseCredits}, updated_at = ${now}
    where tenant_id = ${tenantId}`;
  return `plan ${PLANS[plan].name} with ${PLANS[plan].requests} + ${bonus} requests this cycle`;
}

/** Blocks new requests for an unpaid invoice (a renewal past its grace); a paid one blocks nothing. */
export async function blockForUnpaid(sql: Sql, invoiceId: string, now: Date): Promise<boolean> {
  const rows = await sql`
    update billing_accounts a set blocked_unpaid_invoice = i.id, updated_at = ${now}
    from invoices i
    where i.id = ${invoiceId} and a.tenant_id = i.tenant_id and i.status <> 'paid'
    returning a.tenant_id`;
  return rows.length > 0;
}

export async function findInvoice(sql: Sql, invoiceId: string): Promise<Invoice | null> {
  const [row] = await sql<InvoiceRow[]>`select * from invoices where id = ${invoiceId}`;
  return row ? toInvoice(row) : null;
}

export async function listInvoices(sql: Sql, tenantId: string, limit = 100): Promise<Invoice[]> {
  const rows = await sql<InvoiceRow[]>`select * from invoices where tenant_id = ${tenantId} order by created_at desc, id desc limit ${limit}`;
  return rows.map(toInvoice);
}


interface InvoiceRow {
  id: string;
  tenant_id: string;
  kind: InvoiceKind;
  item: string;
  amount_cents: number;
  currency: 'USD';
  status: InvoiceStatus;
  gateway: string;
  url: string | null;
  cycle_start: Date | null;
  detail: Record<string, unknown>;
  created_at: Date;
  expires_at: Date | null;
  paid_at: Date | null;
}

function toInvoice(r: InvoiceRow): Invoice {
  return {
    id: r.id, tenantId: r.tenant_id, kind: r.kind, item: r.item, amountCents: r.amount_cents, currency: r.currency, status: r.status,
    gateway: r.gateway, url: r.url, cycleStart: r.cycle_start, detail: r.detail, createdAt: r.created_at, expiresAt: r.expires_at, paidAt: r.paid_at,
  };
}
