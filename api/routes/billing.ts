// Billing & usage: the plan and its cycle, plan changes, credit packs, the ledger and the
// invoices. Paying happens on the gateway's page; its callback (payments.ts) applies it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, requireTenant, tenantOf } from '../plugins/auth.js';
import { errorResponses, ErrorSchema } from '../schemas/common.js';
import { HttpError } from '../plugins/error-handler.js';
import {
  BillingSchema, CreditPackSchema, DowngradeAnswerSchema, InvoiceAnswerSchema, InvoicesSchema, PlanChangeSchema, TransactionsSchema,
} from '../schemas/billing.js';
import { billingOverview, listTransactions } from '../../infra/billing/overview.js';
import { BillingRefusal, listInvoices, openPackInvoice, openUpgradeInvoice, type Invoice, type InvoiceContext } from '../../infra/billing/invoices.js';
import { loadAccount, scheduleDowngrade } from '../../infra/billing/account.js';
import { isDowngrade } from '../../infra/billing/plans.js';
import { GatewayError } from '../../infra/payments/gateway.js';

export const billingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireTenant);
  const tags = ['billing'];
  const invoiceErrors = { ...errorResponses, 409: ErrorSchema, 503: ErrorSchema };

  const invoiceContext = (): InvoiceContext => {
    const payments = app.deps.payments;
    if (!payments) throw new HttpError(503, 'No payment gateway is configured.');
    return { sql: app.deps.sql, gateway: payments.gateway, callbackUrl: `${payments.callbackBase()}/v1/payments/${payments.gateway.name}/callback` };
  };
  const refused = (err: unknown): never => {
    if (err instanceof BillingRefusal) throw new HttpError(err.statusCode, err.message, err.field ? [{ field: err.field, message: err.message }] : undefined);
    // A gateway that cannot be reached leaves nothing behind; the owner can try again.
    if (err instanceof GatewayError) {
      app.log.warn({ err }, 'payment gateway failed');
      throw new HttpError(503, 'The payment gateway is not answering; nothing was charged. Try again shortly.');
    }
    throw err;
  };

  app.get('/billing', {
    schema: { tags, summary: 'Plan, cycle, requests used and left, credit balances, pending invoices, billing notices', security: bearerSecurity, response: { 200: BillingSchema, ...errorResponses } },
  }, async (req) => {
    const o = await billingOverview(app.deps.sql, tenantOf(req).id, new Date());
    return {
      ...o,
      cycle: { start: o.cycle.start.toISOString(), end: o.cycle.end.toISOString() },
      pendingInvoices: o.pendingInvoices.map(invoiceView),
      notices: o.notices.map((n) => ({ ...n, at: n.at.toISOString() })),
    };
  });

  app.post('/billing/plan', {
    schema: {
      tags, summary: 'Upgrade (201, an invoice; applied when paid) or downgrade (200, from the next cycle)', security: bearerSecurity, body: PlanChangeSchema,
      response: { 200: DowngradeAnswerSchema, 201: InvoiceAnswerSchema, ...invoiceErrors },
    },
  }, async (req, reply) => {
    const tenantId = tenantOf(req).id;
    const now = new Date();
    const current = await loadAccount(app.deps.sql, tenantId, now);
    if (isDowngrade(current.plan, req.body.plan)) {
      const a = await scheduleDowngrade(app.deps.sql, tenantId, req.body.plan, now).catch(refused);
      return reply.status(200).send({ scheduledPlan: req.body.plan, from: a.cycleEnd.toISOString() });
    }
    const invoice = await openUpgradeInvoice(invoiceContext(), tenantId, req.body.plan, now).catch(refused);
    return reply.status(201).send({ invoice: invoiceView(invoice) });
  });

  app.post('/billing/credit-packs', {
    schema: { tags, summary: 'Buy a pack of prepaid tracking credits: an invoice to pay', security: bearerSecurity, body: CreditPackSchema, response: { 201: InvoiceAnswerSchema, ...invoiceErrors } },
  }, async (req, reply) => {
    const invoice = await openPackInvoice(invoiceContext(), tenantOf(req).id, req.body.pack, new Date()).catch(refused);
    return reply.status(201).send({ invoice: invoiceView(invoice) });
  });

  app.get('/billing/transactions', {
    schema: { tags, summary: 'Ledger entries, newest first: every request, credit and payment that moved', security: bearerSecurity, response: { 200: TransactionsSchema, ...errorResponses } },
  }, async (req) => ({
    transactions: (await listTransactions(app.deps.sql, tenantOf(req).id)).map((t) => ({ ...t, at: t.at.toISOString() })),
  }));

  app.get('/billing/invoices', {
    schema: { tags, summary: 'Invoices and their status (pending, paid, expired, ...), newest first', security: bearerSecurity, response: { 200: InvoicesSchema, ...errorResponses } },
  }, async (req) => ({ invoices: (await listInvoices(app.deps.sql, tenantOf(req).id)).map(invoiceView) }));
};

function invoiceView(i: Invoice) {
  return {
    id: i.id, kind: i.kind, item: i.item, url: i.url, amount: i.amountCents, currency: i.currency, status: i.status,
    createdAt: i.createdAt.toISOString(), expiresAt: i.expiresAt?.toISOString() ?? null, paidAt: i.paidAt?.toISOString() ?? null,
  };
}
