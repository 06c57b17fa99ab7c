import { z } from 'zod';
import { CREDIT_PACK_IDS, PLAN_IDS } from '../../infra/billing/plans.js';
import { INVOICE_STATUSES } from '../../infra/payments/gateway.js';

export const PlanChangeSchema = z.object({ plan: z.enum(PLAN_IDS) }).strict();
export const CreditPackSchema = z.object({ pack: z.enum(CREDIT_PACK_IDS) }).strict();

export const InvoiceSchema = z.object({
  id: z.string(),
  kind: z.enum(['upgrade', 'credit_pack', 'renewal', 'overage']),
  item: z.string(),
  url: z.string().nullable(),
  /** Integer cents. */
  amount: z.number().int(),
  currency: z.literal('USD'),
  status: z.enum(INVOICE_STATUSES),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  paidAt: z.string().nullable(),
});

export const InvoiceAnswerSchema = z.object({ invoice: InvoiceSchema });

export const DowngradeAnswerSchema = z.object({ scheduledPlan: z.enum(PLAN_IDS), from: z.string() });

export const NoticeSchema = z.object({ kind: z.string(), text: z.string(), at: z.string() });

export const BillingSchema = z.object({
  plan: z.enum(PLAN_IDS),
  cycle: z.object({ start: z.string(), end: z.string() }),
  requests: z.object({ limit: z.number().int(), bonus: z.number().int(), used: z.number().int(), remaining: z.number().int() }),
  credits: z.object({ base: z.number().int(), prepaid: z.number().int(), level: z.enum(['ok', 'low', 'empty']) }),
  scheduledPlan: z.enum(PLAN_IDS).nullable(),
  /** Set while an unpaid renewal blocks new requests. */
  blockedByInvoice: z.string().nullable(),
  pendingInvoices: z.array(InvoiceSchema),
  /** The latest billing notices to the owner (credits low/empty, payments, renewals). */
  notices: z.array(NoticeSchema),
});

export const TransactionsSchema = z.object({
  transactions: z.array(z.object({
    id: z.string(), kind: z.string(), ref: z.string(), balance: z.string(), amount: z.number().int(), at: z.string(), detail: z.record(z.string(), z.unknown()),
  })),
});

export const InvoicesSchema = z.object({ invoices: z.array(InvoiceSchema) });

export const CallbackAnswerSchema = z.object({ invoiceId: z.string(), status: z.string(), changed: z.boolean() });
