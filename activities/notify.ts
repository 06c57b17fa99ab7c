// Telling people things: the owner (escalations, provider refusals, reminders) and the
// customers who asked about a request (its outcome). Each notice is written once by key;
// the owner's copy also goes to the tenant's Telegram admin chat when one is set.
import { ApplicationFailure } from '@temporalio/common';
import type { Sql } from '../infra/db/database.js';
import type { SecretBox } from '../infra/crypto.js';
import { readTelegramBot } from '../infra/tenants/channels.js';
import { sendBotMessage } from './telegram/bot-sender.js';
import { deliverToAll } from './delivery.js';
import { TelegramPermanentError } from './telegram/bot-sender.js';
import { escalationKeyboard } from './telegram/keyboards.js';
import { failFastOnRejectedData } from './db-rejections.js';

export interface NotifyDeps {
  sql: Sql;
  box: SecretBox;
  telegramApiRoot: string;
}

export function createNotifyActivities(deps: NotifyDeps) {
  const { sql, box } = deps;
  return failFastOnRejectedData({
    async notifyOwner(input: { tenantId: string; requestId: string | null; key: string; kind: string; text: string }): Promise<void> {
      const [row] = await sql<{ id: string; delivered_at: Date | null }[]>`
        insert into notifications (tenant_id, request_id, notify_key, kind, text)
        values (${input.tenantId}, ${input.requestId}, ${input.key}, ${input.kind}, ${input.text})
        on conflict (tenant_id, notify_key) do update set notify_key = excluded.notify_key
        returning id::text, delivered_at`;
      if (!row || row.delivered_at) return;
      const bot = await readTelegramBot(sql, box, input.tenantId);
      if (bot?.adminChatId) {
        // Escalations carry the decision buttons; pressing one is the same as the API call.
        const decidable = input.requestId && (input.kind === 'escalation' || input.kind === 'reminder');
        try {
          await sendBotMessage({
            token: bot.token,
            apiRoot: deps.telegramApiRoot,
            chatId: bot.adminChatId,
            text: input.text,
            inlineKeyboard: decidable ? escalationKeyboard(input.requestId!).inline_keyboard : undefined,
          });
        } catch (err) {
          if (!(err instanceof TelegramPermanentError)) throw err;
          // The notice is in the read model already; the admin chat refused its copy for good.
          await sql`update notifications set delivery_error = ${err.message} where id = ${row.id}`;
          throw ApplicationFailure.create({ type: 'DeliveryRefused', message: `the admin chat refused the notice: ${err.message}`, nonRetryable: true });
        }
      }
      await sql`update notifications set delivered_at = now() where id = ${row.id}`;
    },

    /** The outcome goes to every conversation that asked: the one that opened it and those that joined. */
    async tellCustomers(input: { requestId: string; replyKey: string; text: string }): Promise<number> {
      const conversations = await sql<{ conversation_id: string }[]>`
        select conversation_id from requests where id = ${input.requestId}
        union
        select conversation_id from request_joins where request_id = ${input.requestId}`;
      await deliverToAll(deps, conversations.map((c) => c.conversation_id), input.replyKey, input.text);
      return conversations.length;
    },

    async recordDispatchTarget(input: { requestId: string; provider: string; externalId: string }): Promise<void> {
      await sql`update requests set provider = ${input.provider}, external_id = ${input.externalId} where id = ${input.requestId}`;
    },
  });
}
