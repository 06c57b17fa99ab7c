// The subscription's side effects: read the cycle, close it at the anniversary (the cycle
// roll in infra/billing does the resets, the scheduled downgrade and the overage ledger),
// invoice the overage and the renewal through the gateway, and block new requests when a
// renewal is still unpaid after its grace. Every call takes the workflow's time as `at`, so
// a replayed or time-skipped run sees the same anniversary.
import type { Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Sql } from '../infra/db/database.js';
import type { PaymentGateway } from '../infra/payments/gateway.js';
import { cycleRef, loadAccount } from '../infra/billing/account.js';
import { blockForUnpaid, openCycleInvoice } from '../infra/billing/invoices.js';
import { PLANS } from '../infra/billing/plans.js';
import { backgroundTaskQueue, searchAttributes } from '../workflows/definitions.js';
import { subscriptionWorkflowId, type CycleInvoices } from '../workflows/billing-definitions.js';

export interface SubscriptionDeps {
  sql: Sql;
  /** Absent: cycles still close, but nothing is invoiced (no gateway configured). */
  payments?: { gateway: PaymentGateway; callbackUrl: () => string };
}

/** Starts the tenant's subscription unless it runs already: at tenant creation and at every start. */
export async function startSubscription(temporal: Client, taskQueue: string, tenantId: string): Promise<void> {
  await temporal.workflow.start('subscriptionWorkflow', {
    workflowId: subscriptionWorkflowId(tenantId),
    taskQueue: backgroundTaskQueue(taskQueue),
    args: [{ tenantId }],
    workflowIdConflictPolicy: 'USE_EXISTING',
    typedSearchAttributes: [{ key: searchAttributes.tenantId, value: tenantId }],
  });
}

export function createSubscriptionActivities({ sql, payments }: SubscriptionDeps) {
  return {
    async subscriptionCycle(input: { tenantId: string; at: string }): Promise<{ start: string; end: string; plan: string }> {
      const a = await loadAccount(sql, input.tenantId, new Date(input.at));
      return { start: a.cycleStart.toISOString(), end: a.cycleEnd.toISOString(), plan: a.plan };
    },

    /**
     * The cycle that ended by `at` is closed (if a request has not closed it already), and
     * its invoices issued once each: the overage of the closing cycle, the renewal of the new.
     */
    async closeCycle(input: { tenantId: string; at: string }): Promise<CycleInvoices> {
      const at = new Date(input.at);
      const a = await loadAccount(sql, input.tenantId, at);
      const [overage] = await sql<{ amount: number; ref: string; detail: { requestsUsed?: number; overageRequests?: number } }[]>`
        select amount, ref, detail from billing_ledger
        where tenant_id = ${input.tenantId} and kind = 'overage_charge' and at = ${a.cycleStart}`;
      const result: CycleInvoices = { cycleStart: a.cycleStart.toISOString(), cycleEnd: a.cycleEnd.toISOString(), plan: a.plan, renewal: null, overage: null };
      if (!payments) return result;
      const ctx = { sql, gateway: payments.gateway, callbackUrl: `${payments.callbackUrl()}/v1/payments/${payments.gateway.name}/callback` };
      if (overage) {
        // The overage belongs to the cycle that just closed; its ref names that cycle's start.
        const closingStart = new Date(overage.ref.replace(/^cycle:/, ''));
        const inv = await openCycleInvoice(ctx, {
          tenantId: input.tenantId, kind: 'overage', item: `${overage.detail.overageRequests ?? '?'} requests over quota`, amountCents: overage.amount,
          cycleStart: closingStart, now: at, detail: { requestsUsed: overage.detail.requestsUsed, cycle: cycleRef(closingStart) },
        });
        result.overage = { id: inv.id, amountCents: inv.amountCents, url: inv.url };
      }
      const renewal = await openCycleInvoice(ctx, {
        tenantId: input.tenantId, kind: 'renewal', item: a.plan, amountCents: PLANS[a.plan].priceCents, cycleStart: a.cycleStart, now: at,
      });
      result.renewal = { id: renewal.id, amountCents: renewal.amountCents, url: renewal.url };
      return result;
    },

    /** true: the invoice is still unpaid and new requests are now blocked until it is paid. */
    async blockIfUnpaid(input: { invoiceId: string; at: string }): Promise<boolean> {
      if (!input.invoiceId) throw ApplicationFailure.nonRetryable('no invoice to check', 'BadInput');
      return blockForUnpaid(sql, input.invoiceId, new Date(input.at));
    },
  };
}
