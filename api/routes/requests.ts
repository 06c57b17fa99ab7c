// Request inspection: one request with its timeline, or a filtered list.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerSecurity, requireTenant, tenantOf } from '../plugins/auth.js';
import { errorResponses } from '../schemas/common.js';
import { IdParamsSchema, RequestDetailSchema, RequestListQuerySchema, RequestSummarySchema } from '../schemas/tickets.js';
import { HttpError } from '../plugins/error-handler.js';
import type { RequestState } from '../../workflows/definitions.js';

interface RequestRow {
  id: string;
  conversation_id: string;
  workflow_id: string;
  order_id: string;
  intent: string;
  state: RequestState;
  decision: string | null;
  decision_detail: Record<string, unknown> | null;
  opened_at: Date;
  closed_at: Date | null;
}

export const requestRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', requireTenant);
  const { sql } = app.deps;

  app.get('/requests/:id', {
    schema: { tags: ['inspection'], summary: 'One request: decision, state and timeline', security: bearerSecurity, params: IdParamsSchema, response: { 200: RequestDetailSchema, ...errorResponses } },
  }, async (req) => {
    const tenant = tenantOf(req);
    if (!/^\d{1,18}$/.test(req.params.id)) throw new HttpError(404, 'No such request.');
    const [row] = await sql<RequestRow[]>`
      select id::text, conversation_id, workflow_id, order_id, intent, state, decision, decision_detail, opened_at, closed_at
      from requests where id = ${req.params.id} and tenant_id = ${tenant.id}`;
    if (!row) throw new HttpError(404, 'No such request.');
    const events = await sql<{ at: Date; kind: string; detail: Record<string, unknown> }[]>`
      select at, kind, detail from request_events where request_id = ${row.id} order by id`;
    const joins = await sql<{ conversation_id: string; message_id: string; joined_at: Date }[]>`
      select conversation_id, message_id, joined_at from request_joins where request_id = ${row.id} order by joined_at`;
    return {
      id: row.id,
      conversationId: row.conversation_id,
      workflowId: row.workflow_id,
      orderId: row.order_id,
      intent: row.intent,
      state: row.state,
      decision: row.decision,
      decisionDetail: row.decision_detail,
      openedAt: row.opened_at.toISOString(),
      closedAt: row.closed_at?.toISOString() ?? null,
      timeline: events.map((e) => ({ at: e.at.toISOString(), kind: e.kind, detail: e.detail })),
      joinedBy: joins.map((j) => ({ conversationId: j.conversation_id, messageId: j.message_id, at: j.joined_at.toISOString() })),
    };
  });

  app.get('/requests', {
    schema: { tags: ['inspection'], summary: 'Recent requests, newest first', security: bearerSecurity, querystring: RequestListQuerySchema, response: { 200: z.object({ requests: z.array(RequestSummarySchema) }), ...errorResponses } },
  }, async (req) => {
    const tenant = tenantOf(req);
    const { state, orderId, limit } = req.query;
    const rows = await sql<RequestRow[]>`
      select id::text, order_id, intent, decision, state from requests
      where tenant_id = ${tenant.id}
        ${state ? sql`and state = ${state}` : sql``}
        ${orderId ? sql`and order_id = ${orderId}` : sql``}
      order by id desc limit ${limit}`;
    return { requests: rows.map((r) => ({ id: r.id, orderId: r.order_id, intent: r.intent, decision: r.decision, state: r.state, joined: false })) };
  });
};
