// POST /v1/tickets: a message on behalf of a customer. The message is handed to its
// conversation workflow (signal-with-start) before the 202: once accepted it is durable.
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, requireTenant, tenantOf } from '../plugins/auth.js';
import { ErrorSchema, errorResponses } from '../schemas/common.js';
import { IdempotencyHeadersSchema, TicketAcceptedSchema, TicketBodySchema } from '../schemas/tickets.js';
import { HttpError } from '../plugins/error-handler.js';
import { handMessageToConversation } from '../../app/hand-message.js';

export const ticketRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', requireTenant);
  const { sql, temporal, taskQueue, admission } = app.deps;

  app.post('/tickets', {
    schema: {
      tags: ['intake'],
      summary: 'Accept a customer message (for panels that push)',
      description: 'Send `Idempotency-Key` to make retries safe: the same key answers with the same conversation and the message is handled once.',
      security: bearerSecurity,
      headers: IdempotencyHeadersSchema,
      body: TicketBodySchema,
      response: { 202: TicketAcceptedSchema, ...errorResponses, 409: ErrorSchema, 503: ErrorSchema },
    },
  }, async (req, reply) => {
    const tenant = tenantOf(req);
    const key = req.headers['idempotency-key'];
    const { customer, text, attachments } = req.body;
    const messageId = key ? `key-${digest(key)}` : randomUUID();
    const conversationId = req.body.conversationId ?? (key ? `api-${digest(`${tenant.id}:${key}`)}` : randomUUID());

    if (req.body.conversationId) {
      const [conv] = await sql<{ customer: string }[]>`select customer from conversations where id = ${conversationId} and tenant_id = ${tenant.id}`;
      if (!conv) throw new HttpError(404, 'No such conversation.');
      if (conv.customer !== customer) throw new HttpError(409, 'The conversation belongs to another customer.');
    }

    try {
      await handMessageToConversation(
        { sql, temporal, taskQueue, admission },
        { tenantId: tenant.id, conversationId, channel: 'api', customer },
        { messageId, text, attachments, receivedAt: new Date().toISOString() },
      );
    } catch (err) {
      req.log.error({ err }, 'could not hand the message to its conversation');
      throw new HttpError(503, 'The message could not be accepted right now; retry with the same Idempotency-Key.');
    }
    return reply.status(202).send({ conversationId, messageId });
  });
};

function digest(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 32);
}
