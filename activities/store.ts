// The read model of conversations and requests, and request admission. Every write is an
// idempotent upsert keyed by business IDs, so an activity retried after a crash changes
// nothing the first attempt already wrote.
import type { TransactionSql } from 'postgres';
import type { Sql } from '../infra/db/database.js';
import { readTenantSettings } from '../infra/tenants/settings.js';
import { unlimitedQuota, type RequestQuota } from './quota.js';
import { failFastOnRejectedData } from './db-rejections.js';
import type { TenantSettings } from '../infra/tenants/settings.js';
import {
  supportRequestWorkflowId,
  type Attachment,
  type Channel,
  type RequestState,
} from '../workflows/definitions.js';
import type { Decision, Intent } from '../workflows/rules/types.js';
import { limitExceededDecision } from '../workflows/rules/decide.js';

export interface StoreDeps {
  sql: Sql;
  quota?: RequestQuota;
  /** Told when a customer hits the per-message or per-day limit. */
  notifyOwner?: (n: { tenantId: string; requestId: null; key: string; kind: string; text: string }) => Promise<void>;
}

export interface Admission {
  orderId: string;
  intent: Intent;
  requestId: string;
  workflowId: string;
  /** blocked: the tenant is at quota; the request is recorded, closed, and nothing runs. */
  outcome: 'opened' | 'duplicate' | 'blocked';
  /** Why a blocked request was refused, when it is not the quota (request.limit_exceeded). */
  decision?: Decision;
  /** The tenant's panel when the request was opened: it never acts on another one. */
  panelGeneration?: number | null;
}

export interface RequestProgress {
  requestId: string;
  state: RequestState;
  decision?: Decision;
  /** Unique per request: a retried write of the same event is ignored. */
  eventKey: string;
  kind: string;
  detail?: Record<string, unknown>;
  close?: boolean;
  /** When it happened (the workflow's clock); now when absent. Events are written in batches. */
  at?: string;
}

/** One event, once per key: a retried write of the same event changes nothing. */
async function applyProgress(tx: TransactionSql, p: RequestProgress): Promise<void> {
  const inserted = await tx`
    insert into request_events (request_id, event_key, kind, detail, at)
    values (${p.requestId}, ${p.eventKey}, ${p.kind}, ${tx.json((p.detail ?? {}) as never)}, coalesce(${p.at ?? null}::timestamptz, now()))
    on conflict (request_id, event_key) do nothing
    returning id`;
  if (inserted.length === 0) return;
  await tx`
    update requests set
      state = ${p.state},
      decision = coalesce(${p.decision?.code ?? null}, decision),
      decision_detail = coalesce(${p.decision ? tx.json(p.decision as never) : null}, decision_detail),
      closed_at = case when ${p.close ?? false} then coalesce(closed_at, now()) else closed_at end,
      updated_at = now()
    where id = ${p.requestId}`;
}

export function createStoreActivities({ sql, quota = unlimitedQuota, notifyOwner }: StoreDeps) {
  // A write PostgreSQL refuses for its content fails once, clearly, instead of forever.
  return failFastOnRejectedData({
    async recordConversation(input: {
      tenantId: string;
      conversationId: string;
      channel: Channel;
      customer: string;
    }): Promise<void> {
      await sql`
        insert into conversations (id, tenant_id, channel, customer)
        values (${input.conversationId}, ${input.tenantId}, ${input.channel}, ${input.customer})
        on conflict (id) do nothing`;
    },

    async recordMessage(input: {
      tenantId: string;
      conversationId: string;
      messageId: string;
      text: string;
      attachments: Attachment[];
      language: string | null;
      receivedAt: string;
    }): Promise<void> {
      await sql`
        insert into messages (id, conversation_id, tenant_id, text, attachments, language, received_at)
        values (${input.messageId}, ${input.conversationId}, ${input.tenantId}, ${input.text},
                ${sql.json(input.attachments as never)}, ${input.language}, ${input.receivedAt})
        on conflict (conversation_id, id) do update set language = excluded.language`;
    },

    /**
     * Opens one request per (order, intent), or joins the one already open. Retrying the same
     * message returns the same requests; the partial unique index makes concurrent
     * admissions of the same order+intent agree on one open request.
     */
    async admitRequests(input: {
      tenantId: string;
      conversationId: string;
      messageId: string;
      items: Array<{ orderId: string; intent: Intent }>;
    }): Promise<Admission[]> {
      const settings = await readTenantSettings(sql, input.tenantId);
      const [conv] = await sql<{ customer: string }[]>`select customer from conversations where id = ${input.conversationId}`;
      const limits: CustomerLimits = {
        customer: conv?.customer ?? null,
        perDay: settings.maxRequestsPerCustomerPerDay,
        // The orders this message may open: the first maxOrdersPerMessage distinct order IDs.
        allowedOrders: new Set([...new Set(input.items.filter((i) => i.intent !== 'other').map((i) => i.orderId))].slice(0, settings.maxOrdersPerMessage)),
      };
      const out: Admission[] = [];
      for (const item of input.items) {
        out.push(await admitOne(sql, quota, input.tenantId, input.conversationId, input.messageId, item, limits));
      }
      const refused = out.filter((a) => a.decision?.code === 'request.limit_exceeded');
      if (refused.length && notifyOwner) {
        await notifyOwner({
          tenantId: input.tenantId, requestId: null, key: `limit:${input.conversationId}:${input.messageId}`, kind: 'limit',
          text: `Customer ${limits.customer ?? '?'} asked about more orders than the limits allow (${settings.maxOrdersPerMessage} per message, ` +
            `${settings.maxRequestsPerCustomerPerDay} per day): ${refused.map((a) => a.orderId).join(', ')} were not opened and were told to write again later.`,
        });
      }
      return out;
    },

    async recordRequestProgress(p: RequestProgress): Promise<void> {
      await sql.begin((tx) => applyProgress(tx, p));
    },

    /** A request's timeline events since its last write, in order, in one transaction. */
    async recordRequestTimeline(input: { events: RequestProgress[] }): Promise<void> {
      if (input.events.length === 0) return;
      await sql.begin(async (tx) => {
        for (const p of input.events) await applyProgress(tx, p);
      });
    },

    /** The conversation's open requests (opened or joined here), for "any update?" and screenshots. */
    async openRequestsOf(input: { conversationId: string }): Promise<Array<{ requestId: string; workflowId: string; orderId: string; intent: Intent; state: RequestState; decision: Decision | null }>> {
      const rows = await sql<{ id: string; workflow_id: string; order_id: string; intent: Intent; state: RequestState; decision_detail: Decision | null }[]>`
        select id::text, workflow_id, order_id, intent, state, decision_detail from requests
        where closed_at is null and (conversation_id = ${input.conversationId}
           or id in (select request_id from request_joins where conversation_id = ${input.conversationId}))
        order by id`;
      return rows.map((r) => ({ requestId: r.id, workflowId: r.workflow_id, orderId: r.order_id, intent: r.intent, state: r.state, decision: r.decision_detail }));
    },

    async loadTenantSettings(input: { tenantId: string }): Promise<TenantSettings> {
      return readTenantSettings(sql, input.tenantId);
    },
  });
}

interface CustomerLimits {
  customer: string | null;
  perDay: number;
  allowedOrders: Set<string>;
}

async function admitOne(
  sql: Sql,
  quota: RequestQuota,
  tenantId: string,
  conversationId: string,
  messageId: string,
  item: { orderId: string; intent: Intent },
  limits: CustomerLimits,
): Promise<Admission> {
  const counted = item.intent !== 'other';
  return sql.begin(async (tx) => {
    // One customer's admissions queue here (always before the order lock below, so two
    // locks are always taken in the same order) and the daily count is exact.
    if (counted && limits.customer !== null) await tx`select pg_advisory_xact_lock(hashtext(${`${tenantId}:customer:${limits.customer}`}))`;
    // Serialise admissions of one order+intent so "is one open?" and "open one" are atomic.
    const lockKey = item.intent === 'other' ? `${tenantId}:other:${conversationId}` : `${tenantId}:${item.orderId}:${item.intent}`;
    await tx`select pg_advisory_xact_lock(hashtext(${lockKey}))`;
    const [mine] = await tx<{ id: string; workflow_id: string; state: string; decision: string | null; panel_generation: number | null }[]>`
      select id::text, workflow_id, state, decision, panel_generation from requests
      where conversation_id = ${conversationId} and message_id = ${messageId}
        and order_id = ${item.orderId} and intent = ${item.intent}`;
    if (mine) {
      const known = { ...item, requestId: mine.id, workflowId: mine.workflow_id, panelGeneration: mine.panel_generation };
      if (mine.state !== 'blocked') return { ...known, outcome: 'opened' as const };
      return { ...known, outcome: 'blocked' as const, ...(mine.decision === LIMIT_EXCEEDED ? { decision: limitExceededDecision() } : {}) };
    }
    const [joined] = await tx<{ id: string; workflow_id: string }[]>`
      select r.id::text, r.workflow_id from request_joins j join requests r on r.id = j.request_id
      where j.conversation_id = ${conversationId} and j.message_id = ${messageId}
        and r.order_id = ${item.orderId} and r.intent = ${item.intent}`;
    if (joined) return { ...item, requestId: joined.id, workflowId: joined.workflow_id, outcome: 'duplicate' as const };

    const [open] = await tx<{ id: string; workflow_id: string }[]>`
      select id::text, workflow_id from requests
      where tenant_id = ${tenantId} and order_id = ${item.orderId} and intent = ${item.intent} and closed_at is null
        and (intent <> 'other' or conversation_id = ${conversationId})`;
    if (open) {
      await tx`
        insert into request_joins (request_id, conversation_id, message_id)
        values (${open.id}, ${conversationId}, ${messageId}) on conflict do nothing`;
      return { ...item, requestId: open.id, workflowId: open.workflow_id, outcome: 'duplicate' as const };
    }

    const [panel] = await tx<{ generation: number }[]>`select generation from tenant_panels where tenant_id = ${tenantId}`;
    const panelGeneration = panel?.generation ?? null;
    const [seq] = await tx<{ id: string }[]>`select nextval('requests_id_seq')::text as id`;
    const id = seq!.id;
    const workflowId = supportRequestWorkflowId(tenantId, item.orderId, item.intent, id);
    // The customer's limits come before the plan: what they refuse is not counted.
    const overLimit = counted && (!limits.allowedOrders.has(item.orderId) || (await openedToday(tx, tenantId, limits.customer)) >= limits.perDay);
    // Only order requests count against the plan; `other` has no order.
    const admitted = !overLimit && (!counted || (await quota.tryConsume(tx, tenantId, id)));
    const refusal = overLimit ? LIMIT_EXCEEDED : 'quota.blocked';
    await tx`
      insert into requests (id, tenant_id, conversation_id, message_id, order_id, intent, workflow_id, state, decision, closed_at, panel_generation)
      values (${id}, ${tenantId}, ${conversationId}, ${messageId}, ${item.orderId}, ${item.intent}, ${workflowId},
              ${admitted ? 'received' : 'blocked'}, ${admitted ? null : refusal},
              case when ${admitted} then null else now() end, ${panelGeneration})`;
    if (admitted) return { ...item, requestId: id, workflowId, outcome: 'opened' as const, panelGeneration };
    return { ...item, requestId: id, workflowId, outcome: 'blocked' as const, panelGeneration, ...(overLimit ? { decision: limitExceededDecision() } : {}) };
  });
}

const LIMIT_EXCEEDED = limitExceededDecision().code;

/** Order requests the customer opened (not refused) in the last 24 hours. */
async function openedToday(tx: TransactionSql, tenantId: string, customer: string | null): Promise<number> {
  if (customer === null) return 0;
  const [row] = await tx<{ n: number }[]>`
    select count(*)::int as n from requests r join conversations c on c.id = r.conversation_id
    where r.tenant_id = ${tenantId} and c.customer = ${customer} and r.intent <> 'other'
      and r.state <> 'blocked' and r.opened_at > now() - interval '1 day'`;
  return row?.n ?? 0;
}
