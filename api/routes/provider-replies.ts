// POST /v1/providers/{name}/replies: a provider's answer pushed by an integration (the
// Telegram provider chats arrive through the bot instead).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerSecurity, requireTenant, tenantOf } from '../plugins/auth.js';
import { errorResponses } from '../schemas/common.js';
import { ProviderNameSchema } from '../schemas/connections.js';
import { ProviderReplyBodySchema } from '../schemas/channels.js';
import { routeProviderReply } from '../../app/route-provider-reply.js';
import { readProvider } from '../../infra/tenants/connections.js';
import { HttpError } from '../plugins/error-handler.js';

export const providerReplyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', requireTenant);

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
    // A reply can only be about a provider the tenant connected; anything else is a mistake.
    if (!(await readProvider(app.deps.sql, app.deps.box, tenantOf(req).id, req.params.name))) {
      throw new HttpError(404, `No provider named "${req.params.name}": connect it first with PUT /v1/providers/{name}.`);
    }
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
