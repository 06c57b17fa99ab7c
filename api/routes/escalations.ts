// Escalations: what waits for a person, with everything needed to decide, and the
// decision itself, delivered to the request's workflow as an update with a validator.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerSecurity, requireTenant, tenantOf } from '../plugins/auth.js';
import { ErrorSchema, errorResponses } from '../schemas/common.js';
import { EscalationDecisionBodySchema, EscalationDecisionResultSchema, EscalationSchema, RequestIdParamsSchema } from '../schemas/escalations.js';
import { HttpError } from '../plugins/error-handler.js';
import { decideEscalation } from '../../app/decide-escalation.js';
import { loadEscalations } from './escalation-context.js';

export const escalationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', requireTenant);
  const { sql, temporal } = app.deps;

  app.get('/escalations', {
    schema: { tags: ['escalations'], summary: 'Open escalations with their whole context', security: bearerSecurity, response: { 200: z.object({ escalations: z.array(EscalationSchema) }), ...errorResponses } },
  }, async (req) => ({ escalations: await loadEscalations(sql, tenantOf(req).id) }));

  app.post('/escalations/:requestId/decision', {
    schema: {
      tags: ['escalations'],
      summary: 'Decide an escalated request: resolve, retry, reply or close',
      description: 'Answers once the request\'s workflow has carried the decision out. 409 when the request is not waiting for a decision.',
      security: bearerSecurity,
      params: RequestIdParamsSchema,
      body: EscalationDecisionBodySchema,
      response: { 200: EscalationDecisionResultSchema, ...errorResponses, 409: ErrorSchema, 504: ErrorSchema },
    },
  }, async (req) => {
    const tenant = tenantOf(req);
    if (req.body.action === 'reply' && !req.body.message) {
      throw new HttpError(400, 'The request is not valid.', [{ field: 'message', message: 'required for "reply"' }]);
    }
    const taken = await decideEscalation({ sql, temporal }, tenant.id, req.params.requestId, { action: req.body.action, message: req.body.message, by: `api:${tenant.name}` });
    const outcome = taken.kind === 'accepted' ? await taken.done : taken;
    switch (outcome.kind) {
      case 'not_found':
        throw new HttpError(404, 'No such request.');
      case 'refused':
        throw new HttpError(409, `The decision cannot apply: ${outcome.reason}`);
      case 'finished':
        throw new HttpError(409, 'The request has already finished.');
      default:
        return { requestId: req.params.requestId, state: outcome.state };
    }
  });
};
