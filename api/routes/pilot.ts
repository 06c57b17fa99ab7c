// Pilot mode's review queue (SPEC 10.4): pending drafts, and staff's verdict on one. The
// verdict is an update with a validator on the workflow waiting for the draft; the answer
// comes once that workflow accepted it, and the verdict is then kept.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerSecurity, requireTenant, tenantOf } from '../plugins/auth.js';
import { HttpError } from '../plugins/error-handler.js';
import { ErrorSchema, errorResponses } from '../schemas/common.js';
import { DraftDecisionBodySchema, DraftDecisionResultSchema, DraftIdParamsSchema, DraftSchema } from '../schemas/pilot.js';
import { pendingDrafts } from '../../infra/pilot/drafts.js';
import { decidePilotDraft } from '../pilot/decide-draft.js';

export const pilotRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireTenant);
  const { sql } = app.deps;

  app.get('/pilot/drafts', {
    schema: { tags: ['pilot'], summary: 'Drafts waiting for a verdict, oldest first', security: bearerSecurity, response: { 200: z.object({ drafts: z.array(DraftSchema) }), ...errorResponses } },
  }, async (req) => ({
    drafts: (await pendingDrafts(sql, tenantOf(req).id)).map((d) => ({
      id: d.id, kind: d.kind, conversationId: d.conversationId, text: d.text, createdAt: d.createdAt,
      ...(d.requestId ? { requestId: d.requestId } : {}),
      ...(d.intent ? { intent: d.intent } : {}),
      ...(d.decision ? { decision: d.decision } : {}),
    })),
  }));

  app.post('/pilot/drafts/:id/decision', {
    schema: {
      tags: ['pilot'],
      summary: 'Approve, edit then approve, or reject a draft',
      description: 'Answers once the waiting workflow carried the verdict out. 409 when the draft was already decided or nothing waits for it.',
      security: bearerSecurity,
      params: DraftIdParamsSchema,
      body: DraftDecisionBodySchema,
      response: { 200: DraftDecisionResultSchema, ...errorResponses, 409: ErrorSchema },
    },
  }, async (req) => {
    const tenant = tenantOf(req);
    const { action, text } = req.body;
    if (action === 'edit' && !text) throw new HttpError(400, 'The request is not valid.', [{ field: 'text', message: 'required for "edit"' }]);
    const outcome = await decidePilotDraft(app.deps, tenant.id, req.params.id, { action, ...(text ? { text } : {}), by: `api:${tenant.name}` });
    switch (outcome.kind) {
      case 'not_found':
        throw new HttpError(404, 'No such draft.');
      case 'already_decided':
        throw new HttpError(409, `The draft was already decided (${outcome.status}).`);
      case 'refused':
        throw new HttpError(409, `The verdict cannot apply: ${outcome.reason}`);
    }
    return { id: req.params.id, action, sentText: outcome.sentText };
  });
};
