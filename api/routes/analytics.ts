// The owner's analytics over a time window (SPEC 10.5); definitions are in the README.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerSecurity, requireTenant, tenantOf } from '../plugins/auth.js';
import { HttpError } from '../plugins/error-handler.js';
import { errorResponses } from '../schemas/common.js';
import { analyticsReport } from '../../infra/analytics/report.js';

const DAY_MS = 86_400_000;

const AnalyticsQuerySchema = z.object({
  from: z.iso.datetime({ offset: true }).optional().describe('start of the window (default: 30 days before `to`)'),
  to: z.iso.datetime({ offset: true }).optional().describe('end of the window, exclusive (default: now)'),
});

const Agreement = z.object({ drafts: z.number(), approvedUnchanged: z.number(), agreement: z.number().nullable() });
const Percentiles = z.object({ p50: z.number().nullable(), p95: z.number().nullable() });
const AnalyticsSchema = z.object({
  from: z.string(),
  to: z.string(),
  requests: z.object({ total: z.number(), byIntent: z.record(z.string(), z.number()), byDecision: z.record(z.string(), z.number()), byChannel: z.record(z.string(), z.number()) }),
  automationRate: z.number().nullable(),
  resolutionRate: z.number().nullable(),
  escalationRate: z.number().nullable(),
  firstReplySeconds: Percentiles,
  resolutionSeconds: Percentiles,
  followUpsPerRequest: z.number().nullable(),
  pilot: Agreement.extend({ byIntent: z.record(z.string(), Agreement), byDecision: z.record(z.string(), Agreement) }),
  usage: z.object({ requests: z.number(), trackingCredits: z.number() }),
});

export const analyticsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireTenant);

  app.get('/analytics', {
    schema: { tags: ['analytics'], summary: 'Requests, automation, resolution, escalation, reply times and pilot agreement over a window', security: bearerSecurity, querystring: AnalyticsQuerySchema, response: { 200: AnalyticsSchema, ...errorResponses } },
  }, async (req) => {
    const to = req.query.to ? new Date(req.query.to) : new Date();
    const from = req.query.from ? new Date(req.query.from) : new Date(to.getTime() - 30 * DAY_MS);
    if (from >= to) throw new HttpError(400, 'The request is not valid.', [{ field: 'from', message: 'must be before `to`' }]);
    return analyticsReport(app.deps.sql, tenantOf(req).id, from, to);
  });
};
