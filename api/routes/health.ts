// GET /health: 200 only when the API, the database and Temporal all answer.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const Check = z.enum(['ok', 'unreachable']);
const HealthSchema = z.object({ status: z.enum(['ok', 'degraded']), database: Check, temporal: Check });

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/health', { schema: { tags: ['health'], summary: 'Liveness of the API, the database and Temporal', response: { 200: HealthSchema, 503: HealthSchema } } }, async (_req, reply) => {
    const [database, temporal] = await Promise.all([
      withTimeout(app.deps.sql`select 1`.then(() => 'ok' as const), 3000),
      withTimeout(app.deps.temporal.workflowService.getSystemInfo({}).then(() => 'ok' as const), 3000),
    ]);
    const ok = database === 'ok' && temporal === 'ok';
    return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', database, temporal });
  });
};

async function withTimeout(p: Promise<'ok'>, ms: number): Promise<'ok' | 'unreachable'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'unreachable'>((resolve) => {
    timer = setTimeout(() => resolve('unreachable'), ms);
  });
  try {
    return await Promise.race([p.catch(() => 'unreachable' as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
