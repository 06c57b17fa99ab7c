// Autonomous refunds through the panel (SPEC 10.3): reading the facts the criteria need, and
// executing a refund exactly once per order. The order's row in `refunds` is claimed before
// the panel is called; a retry (after a crash or a lost answer) finds the claim and asks the
// panel whether the refund took effect instead of calling again, and any other request about
// the same order finds it and never refunds again.
import { ApplicationFailure } from '@temporalio/common';
import type { Sql } from '../infra/db/database.js';
import type { SecretBox } from '../infra/crypto.js';
import { appendLedger } from '../infra/billing/ledger.js';
import { readPanel, readProvider } from '../infra/tenants/connections.js';
import { readTenantSettings } from '../infra/tenants/settings.js';
import { normalizeOrderStatus } from '../workflows/rules/order-status.js';
import type { RefundAction, RefundCriterion, RefundFacts } from '../workflows/rules/refund.js';
import { PanelError, type PanelAdapter, type PanelOrder } from './panel/adapter.js';
import { PerfectPanelClient } from './panel/perfect-panel.js';
import { ProviderApiClient } from './providers/api-v2.js';
import { activityLog } from './llm/activity-log.js';

export interface RefundDeps {
  sql: Sql;
  box: SecretBox;
  /** Tests wrap the panel client (to crash right after a call). */
  panelFactory?: (conn: { url: string; apiKey: string }) => PanelAdapter;
}

export interface RefundExecution {
  tenantId: string;
  requestId: string;
  orderId: string;
  customer: string;
  action: RefundAction;
  amount: number;
  currency: string;
  criteria: RefundCriterion[];
  /** set_partial: what the provider left undelivered (from the facts); the panel's own figure otherwise. */
  remains?: number;
}

export interface RefundOutcome {
  /** executed: the panel refunded (now or on an earlier try); already_refunded: another request's refund; rejected: the panel refused. */
  status: 'executed' | 'already_refunded' | 'rejected';
  detail: string;
}

interface RefundRow {
  request_id: string;
  status: 'sending' | 'done' | 'rejected';
  detail: string | null;
}

export function createRefundActivities(deps: RefundDeps) {
  const { sql, box } = deps;

  async function panelOf(tenantId: string): Promise<PanelAdapter> {
    const conn = await readPanel(sql, box, tenantId);
    if (!conn) throw ApplicationFailure.create({ type: 'PanelNotConfigured', message: 'the tenant has no panel connected', nonRetryable: true });
    return deps.panelFactory?.(conn) ?? new PerfectPanelClient({ url: conn.url, apiKey: conn.apiKey });
  }

  async function finish(input: RefundExecution, detail: string): Promise<RefundOutcome> {
    await sql.begin(async (tx) => {
      await tx`update refunds set status = 'done', detail = ${detail}, updated_at = now()
               where tenant_id = ${input.tenantId} and order_id = ${input.orderId}`;
      await appendLedger(tx, {
        tenantId: input.tenantId,
        kind: 'customer_refund',
        ref: `order:${input.orderId}`,
        balance: 'customer_refund_cents',
        amount: -Math.round(input.amount * 100),
        at: new Date(),
        detail: { orderId: input.orderId, requestId: input.requestId, customer: input.customer, action: input.action, currency: input.currency },
      });
    });
    return { status: 'executed', detail };
  }

  /** The one panel call of a claimed refund; a transient failure keeps the claim for the retry. */
  async function callPanel(panel: PanelAdapter, input: RefundExecution): Promise<RefundOutcome> {
    try {
      if (input.action === 'cancel') await panel.cancelAndRefund(input.orderId);
      else {
        const order = await panel.getOrder(input.orderId);
        if (!order) throw new PanelError(`no order ${input.orderId}`, 'not_found');
        await panel.setPartial(input.orderId, input.remains ?? order.remains, order.startCount);
      }
    } catch (err) {
      if (err instanceof PanelError && err.code !== 'bad_response') {
        await sql`update refunds set status = 'rejected', detail = ${err.message}, updated_at = now()
                  where tenant_id = ${input.tenantId} and order_id = ${input.orderId}`;
        activityLog('panel refused the refund', { ...input, error: err.message });
        return { status: 'rejected', detail: err.message };
      }
      // Transient: the claim stays 'sending'; the retry checks the panel before calling again.
      throw err;
    }
    return finish(input, input.action === 'cancel' ? 'canceled and refunded on the panel' : 'marked partial on the panel; the undelivered part refunded');
  }

  return {
    /** What the refund criteria need, read now; parts that cannot be read come back null. */
    async readRefundFacts(input: { tenantId: string; orderId: string; customer: string; now: string }): Promise<RefundFacts | null> {
      const panel = await panelOf(input.tenantId);
      const order = await panel.getOrder(input.orderId);
      if (!order) return null;
      const settings = await readTenantSettings(sql, input.tenantId);
      const [history] = await sql<{ recent: number; this_order: number }[]>`
        select count(*) filter (where customer = ${input.customer} and status = 'done'
                                  and created_at > ${input.now}::timestamptz - interval '30 days')::int as recent,
               count(*) filter (where order_id = ${input.orderId} and status <> 'rejected')::int as this_order
        from refunds where tenant_id = ${input.tenantId}`;
      return {
        order: {
          id: order.id,
          status: normalizeOrderStatus(order.status) ?? 'pending',
          createdAt: order.createdAt,
          quantity: order.quantity,
          remains: order.remains,
          charge: order.charge,
        },
        providerStatus: await providerStatusOf(input.tenantId, order),
        customerRefunds30d: history?.recent ?? null,
        refundedBefore: history ? history.this_order > 0 : null,
        now: input.now,
        settings,
      };
    },

    /** Executes the refund through the panel, at most once per order, and writes it to the ledger. */
    async executeRefund(input: RefundExecution): Promise<RefundOutcome> {
      const claimed = await sql`
        insert into refunds (tenant_id, order_id, request_id, customer, action, amount, currency, status, criteria)
        values (${input.tenantId}, ${input.orderId}, ${input.requestId}, ${input.customer}, ${input.action},
                ${input.amount}, ${input.currency}, 'sending', ${sql.json(input.criteria as never)})
        on conflict (tenant_id, order_id) do nothing
        returning order_id`;
      const panel = await panelOf(input.tenantId);
      if (claimed.length === 0) {
        const [row] = await sql<RefundRow[]>`select request_id, status, detail from refunds where tenant_id = ${input.tenantId} and order_id = ${input.orderId}`;
        if (!row) throw new Error('refund row vanished');
        if (row.request_id !== input.requestId && row.status === 'rejected') {
          // The panel refused an earlier request: nothing was refunded, so this one may try.
          const taken = await sql`update refunds set request_id = ${input.requestId}, customer = ${input.customer}, action = ${input.action},
                      amount = ${input.amount}, currency = ${input.currency}, status = 'sending', detail = null,
                      criteria = ${sql.json(input.criteria as never)}, updated_at = now()
                    where tenant_id = ${input.tenantId} and order_id = ${input.orderId} and status = 'rejected'
                    returning order_id`;
          if (taken.length === 1) return callPanel(panel, input);
          return { status: 'already_refunded', detail: `order ${input.orderId} is being refunded by another request` };
        }
        if (row.request_id !== input.requestId) return { status: 'already_refunded', detail: `order ${input.orderId} was refunded (or is being refunded) by request ${row.request_id}` };
        if (row.status === 'done') return { status: 'executed', detail: row.detail ?? 'refunded earlier' };
        if (row.status === 'rejected') return { status: 'rejected', detail: row.detail ?? 'the panel refused' };
        // Our own claim, still 'sending': an earlier try may have reached the panel.
        const now = await panel.getOrder(input.orderId);
        if (now && refundVisible(now, input.action)) {
          activityLog('refund found applied on the panel after a retry; not sent again', { ...input });
          return finish(input, `the panel shows the order ${now.status} (refund applied on an earlier try)`);
        }
      }
      return callPanel(panel, input);
    },
  };

  async function providerStatusOf(tenantId: string, order: PanelOrder): Promise<RefundFacts['providerStatus']> {
    const provider = await readProvider(sql, box, tenantId, order.provider);
    if (!provider?.api || !order.externalId) return null;
    try {
      const s = await new ProviderApiClient({ url: provider.api.url, key: provider.api.key }).status(order.externalId);
      return { status: s.rawStatus, remains: s.remains ?? 0 };
    } catch {
      return null;
    }
  }
}

/** Whether the panel order already shows the refund of this kind. */
function refundVisible(order: PanelOrder, action: RefundAction): boolean {
  const status = normalizeOrderStatus(order.status);
  return action === 'cancel' ? status === 'canceled' || status === 'refunded' : status === 'partial';
}
