// For the platform, not the tenants: GET /livez (the process answers), GET /readyz (database
// and Temporal answer, and the process is not stopping; load balancers route on it) and
// GET /metrics (Prometheus text).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { metricsRegistry } from '../../infra/metrics.js';

export const opsRoutes: FastifyPluginAsyncZod = async (app) => {
  let stopping = false;
  app.addHook('preClose', async () => {
    stopping = true;
  });

  app.get('/livez', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    const ok = !stopping && (await Promise.all([
      app.deps.sql`select 1`.then(() => true, () => false),
      app.deps.temporal.workflowService.getSystemInfo({}).then(() => true, () => false),
    ])).every(Boolean);
    return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable' });
  });

  app.get('/metrics', { schema: { hide: true } }, async (_req, reply) => {
    return reply.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
};
