// What every feature of a tenant's bot works with: the tenant's environment and the update's
// context, with the customer's link once the gate has found it.
import type { Context } from 'grammy';
import type { Client } from '@temporalio/client';
import type { Sql } from '../../infra/db/database.js';
import type { SecretBox } from '../../infra/crypto.js';
import type { Logger } from '../../infra/logger.js';
import type { Attachment } from '../../workflows/definitions.js';
import { handToConversation } from './conversation.js';
import type { TelegramLink } from './links.js';
import { textsFor } from './bot-texts.js';
import type { AdmissionLimits } from '../../app/message-inbox.js';

/** Shared by every tenant's bot in this process. */
export interface TelegramBotDeps {
  sql: Sql;
  box: SecretBox;
  temporal: Client;
  taskQueue: string;
  admission?: AdmissionLimits;
  logger: Logger;
  /** https://api.telegram.org, or a compatible server (TELEGRAM_API_ROOT). */
  apiRoot: string;
  /** Signs deep-link tokens and one-time codes. */
  linkKey: Buffer;
}

export interface BotEnv extends TelegramBotDeps {
  tenantId: string;
  mode: 'polling' | 'webhook';
  adminChatId: string | null;
}

export type BotContext = Context & { link?: TelegramLink };

export function linkOf(ctx: BotContext): TelegramLink {
  if (!ctx.link) throw new Error('the link gate did not run before this feature');
  return ctx.link;
}

/**
 * Hands a customer's message to the conversation. If Temporal cannot take it, a webhook
 * update fails (Telegram delivers it again, and the workflow handles it once); a polled
 * update is already confirmed, so the customer is asked to send it again.
 */
export async function passToConversation(
  ctx: BotContext,
  env: BotEnv,
  msg: { messageId: string; text: string; attachments?: Attachment[]; receivedAt?: Date },
): Promise<boolean> {
  const chatId = ctx.chat?.id;
  if (chatId === undefined) return false;
  try {
    await handToConversation(env, {
      chatId,
      link: linkOf(ctx),
      messageId: msg.messageId,
      text: msg.text,
      attachments: msg.attachments ?? [],
      receivedAt: msg.receivedAt ?? new Date(),
    });
    return true;
  } catch (err) {
    if (env.mode === 'webhook') throw err;
    env.logger.error({ err, tenantId: env.tenantId }, 'telegram: could not hand a message to its conversation');
    await ctx.reply(textsFor(ctx).notAccepted);
    return false;
  }
}
