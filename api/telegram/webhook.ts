// POST /telegram/:tenantId/webhook: where Telegram delivers a tenant's updates in webhook
// mode. No bearer key: the X-Telegram-Bot-Api-Secret-Token header (set with setWebhook) is
// the proof, checked before the body is parsed. The handler only hands the update to the
// bot, whose features signal workflows and return. A failed update is retried by Telegram
// only while a retry can help (failed-updates.ts); its log line carries no token or update.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { z } from 'zod';
import { ErrorSchema } from '../schemas/common.js';
import { HttpError } from '../plugins/error-handler.js';
import type { BotContext } from './context.js';
import { failuresSoFar, isTransient, MAX_REDELIVERIES, recordFailedUpdate, summariseFailure } from './failed-updates.js';

export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

const ParamsSchema = z.object({ tenantId: z.string().min(1).max(100) });
const UpdateSchema = z.looseObject({ update_id: z.number().int().nonnegative() });

export const telegramWebhookRoutes: FastifyPluginAsyncZod = async (app) => {
  const verified = new WeakMap<FastifyRequest, Bot<BotContext>>();

  app.post('/telegram/:tenantId/webhook', {
    schema: {
      tags: ['channels'],
      summary: 'Telegram delivers the shop bot\'s updates here (webhook mode)',
      description: 'Called by Telegram, not by API clients: authenticated by the `X-Telegram-Bot-Api-Secret-Token` header registered with setWebhook. A wrong or missing secret is answered 401 and the update is ignored.',
      params: ParamsSchema,
      body: UpdateSchema,
      response: { 200: z.object({ ok: z.literal(true) }), 400: ErrorSchema, 401: ErrorSchema, 500: ErrorSchema },
    },
    onRequest: async (req) => {
      const { tenantId } = req.params as { tenantId?: unknown };
      const header = req.headers[SECRET_HEADER];
      const secret = typeof header === 'string' ? header : undefined;
      const bot = typeof tenantId === 'string' ? await app.bots.webhookBot(tenantId, secret) : null;
      if (!bot) throw new HttpError(401, 'Wrong or missing secret token.');
      verified.set(req, bot);
    },
  }, async (req, reply) => {
    const bot = verified.get(req);
    if (!bot) throw new HttpError(401, 'Wrong or missing secret token.');
    const { tenantId } = req.params;
    const updateId = req.body.update_id;
    try {
      await bot.handleUpdate(req.body as unknown as Update);
      return { ok: true as const };
    } catch (err) {
      const failure = summariseFailure(err, bot.token);
      const retry = isTransient(err) && (await failuresSoFar(app.deps.sql, tenantId, updateId).catch(() => 0)) < MAX_REDELIVERIES;
      const attempts = await recordFailedUpdate(app.deps.sql, tenantId, updateId, failure, !retry).catch(() => null);
      req.log.warn({ tenantId, updateId, failure, attempts, redeliver: retry }, retry ? 'telegram: an update failed; Telegram will deliver it again' : 'telegram: an update failed for good; recorded and acknowledged');
      if (retry || attempts === null) {
        return reply.status(500).send({ error: 'Internal Server Error', message: 'The update could not be handled right now; deliver it again.' });
      }
      return { ok: true as const };
    }
  });
};
