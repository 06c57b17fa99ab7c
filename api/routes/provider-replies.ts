// POST /v1/providers/{name}/replies: a provider's answer pushed by an integration (the
// Telegram provider chats arrive through the bot instead).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerSecurity, requireTenant, tenantOf } from '../plugins/auth.js';
import { errorResponses } from '../schemas/common.js';
import { ProviderNameSchema } from '../schemas/connections.js';
import { ProviderReplyBodySchema } from '../schemas/channels.js';
import { routeProviderReply } from '../../app/route-provider-reply.js';

export const providerReplyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireTenant);

  app.post('/providers/:name/replies', {
    schema: {
      tags: ['connections'],
      summary: 'Record a provider\'s reply and pass it to the requests it is about',
      security: bearerSecurity,
      params: ProviderNameSchema,
      body: ProviderReplyBodySchema,
      response: { 202: z.object({ requestIds: z.array(z.string()), verdict: z.string(), duplicate: z.boolean() }), ...errorResponses },
    },
  }, async (req, reply) => {
    const routed = await routeProviderReply(app.deps.sql, app.deps.temporal, {
      tenantId: tenantOf(req).id,
      provider: req.params.name,
      text: req.body.text,
      source: 'api',
      externalRef: req.body.replyId,
      externalOrderId: req.body.externalOrderId,
      replyToMessageId: req.body.replyToMessageId,
    });
    return reply.status(202).send(routed);
  });
};
