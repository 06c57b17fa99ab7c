// The tenant's Telegram connections: its bot (customers, provider chats, the admin chat)
// and the owner's userbot session for dispatch. Tokens and sessions are sealed at rest.
import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerSecurity, requireTenant, tenantOf } from '../plugins/auth.js';
import { errorResponses } from '../schemas/common.js';
import { TelegramChannelBodySchema, TelegramChannelViewSchema, UserbotBodySchema } from '../schemas/channels.js';
import { readTelegramBot, saveTelegramBot, saveUserbot } from '../../infra/tenants/channels.js';

export const channelRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireTenant);
  const { sql, box } = app.deps;

  app.put('/channels/telegram', {
    schema: { tags: ['channels'], summary: 'Connect the shop\'s Telegram bot', security: bearerSecurity, body: TelegramChannelBodySchema, response: { 200: TelegramChannelViewSchema, ...errorResponses } },
  }, async (req) => {
    const tenant = tenantOf(req);
    const previous = await readTelegramBot(sql, box, tenant.id);
    // Keep the webhook secret across updates, so a running webhook keeps working.
    const webhookSecret = req.body.mode === 'webhook' ? (previous?.webhookSecret ?? randomBytes(24).toString('base64url')) : null;
    await saveTelegramBot(sql, box, tenant.id, { token: req.body.token, mode: req.body.mode, adminChatId: req.body.adminChatId ?? null, webhookSecret });
    return {
      mode: req.body.mode,
      adminChatId: req.body.adminChatId ?? null,
      tokenSet: true,
      webhookPath: req.body.mode === 'webhook' ? `/telegram/${tenant.id}/webhook` : null,
    };
  });

  app.put('/channels/userbot', {
    schema: { tags: ['channels'], summary: 'Connect the owner\'s Telegram account (a GramJS string session) for userbot dispatch', security: bearerSecurity, body: UserbotBodySchema, response: { 200: z.object({ sessionSet: z.boolean() }), ...errorResponses } },
  }, async (req) => {
    await saveUserbot(sql, box, tenantOf(req).id, req.body);
    return { sessionSet: true };
  });
};
