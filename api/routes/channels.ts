// The tenant's Telegram connections: its bot (customers, provider chats, the admin chat)
// and the owner's userbot session for dispatch. Tokens and sessions are sealed at rest.
// Connecting the bot asks Telegram who it is, registers the webhook when the service knows
// its public URL, and (re)starts its polling in this process.
import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerSecurity, requireTenant, tenantOf } from '../plugins/auth.js';
import { ErrorSchema, errorResponses } from '../schemas/common.js';
import {
  TelegramChannelBodySchema,
  TelegramChannelViewSchema,
  TelegramLinkBodySchema,
  TelegramLinkSchema,
  UserbotBodySchema,
} from '../schemas/channels.js';
import { HttpError } from '../plugins/error-handler.js';
import {
  readTelegramBot,
  readTelegramBotUsername,
  saveTelegramBot,
  saveTelegramBotUsername,
  saveUserbot,
} from '../../infra/tenants/channels.js';
import { readBotUsername, registerWebhook, webhookPath, webhookUrl } from '../telegram/setup.js';
import { issueLinkToken } from '../telegram/links.js';

export const channelRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', requireTenant);
  const { sql, box, telegram } = app.deps;

  app.put('/channels/telegram', {
    schema: { tags: ['channels'], summary: 'Connect the shop\'s Telegram bot', security: bearerSecurity, body: TelegramChannelBodySchema, response: { 200: TelegramChannelViewSchema, ...errorResponses, 503: ErrorSchema } },
  }, async (req) => {
    const tenant = tenantOf(req);
    const { token, mode } = req.body;
    const adminChatId = req.body.adminChatId ?? null;
    const botUsername = await readBotUsername(telegram.apiRoot, token);
    const previous = await readTelegramBot(sql, box, tenant.id);
    // Keep the webhook secret across updates, so a running webhook keeps working.
    const webhookSecret = mode === 'webhook' ? (previous?.webhookSecret ?? randomBytes(24).toString('base64url')) : null;
    await saveTelegramBot(sql, box, tenant.id, { token, mode, adminChatId, webhookSecret });
    await saveTelegramBotUsername(sql, tenant.id, botUsername);
    let registered: string | null = null;
    if (webhookSecret && telegram.publicUrl) {
      registered = webhookUrl(telegram.publicUrl, tenant.id);
      await registerWebhook(telegram.apiRoot, token, registered, webhookSecret);
    }
    // Polling starts (and drops any webhook); a move to webhook mode stops it.
    await app.bots.reload(tenant.id);
    return {
      mode,
      adminChatId,
      tokenSet: true,
      webhookPath: mode === 'webhook' ? webhookPath(tenant.id) : null,
      botUsername,
      webhookUrl: registered,
    };
  });

  app.post('/channels/telegram/link', {
    schema: {
      tags: ['channels'],
      summary: 'A deep link that links a Telegram user to a panel customer',
      description: 'Give the URL to the customer (for example on their account page). Opening it sends `/start <token>` to the shop\'s bot, which links that Telegram user to this customer. The token is signed, valid 24 hours and works once.',
      security: bearerSecurity,
      body: TelegramLinkBodySchema,
      response: { 200: TelegramLinkSchema, ...errorResponses, 409: ErrorSchema },
    },
  }, async (req) => {
    const tenant = tenantOf(req);
    const username = await readTelegramBotUsername(sql, tenant.id);
    if (!username) throw new HttpError(409, 'Connect the Telegram bot first (PUT /v1/channels/telegram).');
    const { token, expiresAt } = await issueLinkToken(sql, telegram.linkKey, tenant.id, req.body.customer);
    return { token, url: `https://t.me/${username}?start=${token}`, expiresAt: expiresAt.toISOString() };
  });

  app.put('/channels/userbot', {
    schema: { tags: ['channels'], summary: 'Connect the owner\'s Telegram account (a GramJS string session) for userbot dispatch', security: bearerSecurity, body: UserbotBodySchema, response: { 200: z.object({ sessionSet: z.boolean() }), ...errorResponses } },
  }, async (req) => {
    await saveUserbot(sql, box, tenantOf(req).id, req.body);
    return { sessionSet: true };
  });
};
