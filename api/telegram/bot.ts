// A tenant's customer bot, built from its token and the Bot API root. The same bot serves
// three audiences, in this order: the admin chat (escalation buttons), the providers' chats
// (their replies), and customers in private chats (linking, then their requests).
import { Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { BotContext, BotEnv } from './context.js';
import { escalationsFeature } from './features/escalations.js';
import { pilotDraftsFeature } from './features/pilot-drafts.js';
import { providerChatFeature } from './features/provider-chat.js';
import { startFeature } from './features/start.js';
import { linkCodeFeature } from './features/link-code.js';
import { linkGate } from './features/link-gate.js';
import { statusFeature } from './features/status.js';
import { orderButtonsFeature } from './features/order-buttons.js';
import { messagesFeature } from './features/messages.js';

/** The updates the bot reads; edits, reactions and the rest are not requests. */
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

export function createTenantBot(env: BotEnv, opts: { token: string; botInfo?: UserFromGetMe }): Bot<BotContext> {
  const bot = new Bot<BotContext>(opts.token, {
    // Above the long poll's 30 s, far below grammY's default, so a stop never waits long.
    client: { apiRoot: env.apiRoot, timeoutSeconds: 60 },
    ...(opts.botInfo ? { botInfo: opts.botInfo } : {}),
  });

  bot.use(escalationsFeature(env));
  bot.use(pilotDraftsFeature(env));
  bot.use(providerChatFeature(env));

  const customers = bot.chatType('private');
  customers.use(startFeature(env));
  customers.use(linkCodeFeature(env));
  customers.use(linkGate(env));
  customers.use(statusFeature(env));
  customers.use(orderButtonsFeature(env));
  customers.use(messagesFeature(env));

  // Long polling only; a webhook update's error goes back to Telegram, which delivers again.
  bot.catch((err) => {
    env.logger.error({ err: err.error, tenantId: env.tenantId, updateId: err.ctx.update.update_id }, 'telegram: an update failed');
  });
  return bot;
}
