// Sending a text to a Telegram chat on the tenant's behalf, by the channel chosen for the
// provider: its bot, the owner's own account (userbot), or the userbot with a silent
// fallback to the bot.
import type { Sql } from '../../infra/db/database.js';
import type { SecretBox } from '../../infra/crypto.js';
import { readTelegramBot, readUserbot } from '../../infra/tenants/channels.js';
import type { ProviderDispatch } from '../../infra/tenants/connections.js';
import { sendBotMessage, TelegramPermanentError } from './bot-sender.js';
import { createGramJsUserbot, UserbotUnavailableError, type UserbotSender } from './userbot.js';

export interface TelegramDeps {
  sql: Sql;
  box: SecretBox;
  telegramApiRoot: string;
  /** Tests replace the MTProto client, which cannot be reached from a sandbox. */
  userbotFactory?: (creds: { apiId: number; apiHash: string; session: string }) => UserbotSender;
}

export async function deliverTelegram(
  deps: TelegramDeps,
  msg: { tenantId: string; dispatch: ProviderDispatch; chatId: string; text: string; replyToMessageId?: number },
): Promise<{ channel: 'telegram_bot' | 'userbot'; messageId: number }> {
  const viaBot = async () => {
    const bot = await readTelegramBot(deps.sql, deps.box, msg.tenantId);
    if (!bot) throw new TelegramPermanentError('no Telegram bot connected (PUT /v1/channels/telegram)');
    const sent = await sendBotMessage({ token: bot.token, apiRoot: deps.telegramApiRoot, chatId: msg.chatId, text: msg.text, replyToMessageId: msg.replyToMessageId });
    return { channel: 'telegram_bot' as const, messageId: sent.messageId };
  };
  const viaUserbot = async () => {
    const creds = await readUserbot(deps.sql, deps.box, msg.tenantId);
    if (!creds) throw new UserbotUnavailableError('no userbot session connected');
    const userbot = (deps.userbotFactory ?? ((c) => createGramJsUserbot({ ...c, connectTimeoutMs: 15_000 })))(creds);
    const sent = await userbot.send(msg.chatId, msg.text);
    return { channel: 'userbot' as const, messageId: sent.messageId };
  };

  if (msg.dispatch === 'userbot') return viaUserbot();
  if (msg.dispatch === 'userbot_then_bot') {
    try {
      return await viaUserbot();
    } catch {
      // Silent fallback, as the owner asked: the bot delivers instead.
      return viaBot();
    }
  }
  return viaBot();
}
