// GET /v1/conversations/{id}: what the customer asked, what was decided, what we replied.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, requireTenant, tenantOf } from '../plugins/auth.js';
import { errorResponses } from '../schemas/common.js';
import { ConversationSchema, IdParamsSchema } from '../schemas/tickets.js';
import { HttpError } from '../plugins/error-handler.js';
import type { RequestState } from '../../workflows/definitions.js';

export const conversationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', requireTenant);
  const { sql } = app.deps;

  app.get('/conversations/:id', {
    schema: { tags: ['inspection'], summary: 'A conversation: its requests and the replies sent', security: bearerSecurity, params: IdParamsSchema, response: { 200: ConversationSchema, ...errorResponses } },
  }, async (req) => {
    const tenant = tenantOf(req);
    const [conv] = await sql<{ id: string; channel: string; customer: string; created_at: Date }[]>`
      select id, channel, customer, created_at from conversations where id = ${req.params.id} and tenant_id = ${tenant.id}`;
    if (!conv) throw new HttpError(404, 'No such conversation.');
    const requests = await sql<{ id: string; order_id: string; intent: string; decision: string | null; state: RequestState; joined: boolean }[]>`
      select id::text, order_id, intent, decision, state, false as joined, opened_at as at
        from requests where conversation_id = ${conv.id}
      union all
      select r.id::text, r.order_id, r.intent, r.decision, r.state, true as joined, j.joined_at as at
        from request_joins j join requests r on r.id = j.request_id
        where j.conversation_id = ${conv.id} and r.tenant_id = ${tenant.id}
      order by at, id`;
    const replies = await sql<{ text: string; at: Date }[]>`
      select text, at from replies where conversation_id = ${conv.id} order by at, id`;
    return {
      id: conv.id,
      channel: conv.channel,
      customer: conv.customer,
      createdAt: conv.created_at.toISOString(),
      requests: requests.map((r) => ({ id: r.id, orderId: r.order_id, intent: r.intent, decision: r.decision, state: r.state, joined: r.joined })),
      replies: replies.map((r) => ({ text: r.text, at: r.at.toISOString() })),
    };
  });
};
