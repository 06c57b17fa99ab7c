// Bot tests without a network: the bot's identity given as botInfo, a transformer that
// records every outgoing Bot API call and answers it, and updates built here and passed to
// bot.handleUpdate. Plus reading what a conversation workflow was started with and sent.
import type { Bot, Context } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import type { Client } from '@temporalio/client';
import { pino } from 'pino';
import { createTenantBot } from '../../api/telegram/bot.js';
import type { BotEnv } from '../../api/telegram/context.js';
import type { Sql } from '../../infra/db/database.js';
import { newTenant, testBox, testLinkKey } from './database.js';
import { defaultPayloadConverter } from '@temporalio/common';
import type { ConversationInput, CustomerMessage } from '../../workflows/definitions.js';

export const BOT_INFO: UserFromGetMe = {
  id: 4242,
  is_bot: true,
  first_name: 'Shop Support',
  username: 'shop_support_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export interface OutgoingCall {
  method: string;
  payload: Record<string, unknown>;
}

/** Records the bot's calls; sendMessage answers with a message so replies can be pressed. */
export function recordCalls<C extends Context>(bot: Bot<C>): OutgoingCall[] {
  const calls: OutgoingCall[] = [];
  let nextId = 9000;
  bot.api.config.use(async (_prev, method, payload) => {
    const p = payload as Record<string, unknown>;
    calls.push({ method, payload: p });
    const result = method === 'sendMessage'
      ? { message_id: nextId++, date: Math.floor(Date.now() / 1000), chat: { id: p.chat_id, type: 'private' }, text: p.text, reply_markup: p.reply_markup }
      : true;
    return { ok: true, result } as never;
  });
  return calls;
}

export const textsSent = (calls: OutgoingCall[]): string[] =>
  calls.filter((c) => c.method === 'sendMessage').map((c) => String(c.payload.text));

let updateId = 1;
let messageId = 100;

interface From {
  id: number;
  username?: string;
  /** The language the user's Telegram app reports ("es", "pt-br"). */
  languageCode?: string;
}

function chatOf(chatId: number, from: From) {
  return chatId > 0 ? { id: chatId, type: 'private' as const, first_name: `User ${from.id}` } : { id: chatId, type: 'supergroup' as const, title: `Chat ${chatId}` };
}

function user(from: From) {
  return {
    id: from.id, is_bot: false, first_name: `User ${from.id}`,
    ...(from.username ? { username: from.username } : {}),
    ...(from.languageCode ? { language_code: from.languageCode } : {}),
  };
}

export function textUpdate(from: From, text: string, opts: { chatId?: number; messageId?: number; replyTo?: number } = {}): Update {
  const chatId = opts.chatId ?? from.id;
  const entities = text.startsWith('/') ? [{ type: 'bot_command' as const, offset: 0, length: text.split(/\s/)[0]!.length }] : undefined;
  return {
    update_id: updateId++,
    message: {
      message_id: opts.messageId ?? messageId++,
      date: Math.floor(Date.now() / 1000),
      chat: chatOf(chatId, from),
      from: user(from),
      text,
      ...(entities ? { entities } : {}),
      ...(opts.replyTo ? { reply_to_message: { message_id: opts.replyTo, date: 0, chat: chatOf(chatId, from), from: { ...BOT_INFO }, text: 'ours' } } : {}),
    },
  } as Update;
}

export function photoUpdate(from: From, caption: string | undefined, opts: { messageId?: number } = {}): Update {
  return {
    update_id: updateId++,
    message: {
      message_id: opts.messageId ?? messageId++,
      date: Math.floor(Date.now() / 1000),
      chat: chatOf(from.id, from),
      from: user(from),
      photo: [
        { file_id: 'small-file', file_unique_id: 'u-small', width: 90, height: 160, file_size: 1200 },
        { file_id: 'large-file', file_unique_id: 'u-large', width: 720, height: 1280, file_size: 98_000 },
      ],
      ...(caption === undefined ? {} : { caption }),
    },
  } as Update;
}

/** A press on a button of the bot's message `messageId` in `chatId`. */
export function callbackUpdate(from: From, data: string, opts: { chatId?: number; messageId: number; text?: string }): Update {
  const chatId = opts.chatId ?? from.id;
  return {
    update_id: updateId++,
    callback_query: {
      id: `cb-${updateId}`,
      from: user(from),
      chat_instance: String(chatId),
      data,
      message: { message_id: opts.messageId, date: Math.floor(Date.now() / 1000), chat: chatOf(chatId, from), from: { ...BOT_INFO }, text: opts.text ?? 'Escalation' },
    },
  } as Update;
}

/** What a conversation workflow was started with and every customer message signalled to it. */
export async function conversationSeen(client: Client, workflowId: string): Promise<{ input: ConversationInput; messages: CustomerMessage[] }> {
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  let input: ConversationInput | undefined;
  const messages: CustomerMessage[] = [];
  for (const e of history.events ?? []) {
    const started = e.workflowExecutionStartedEventAttributes?.input?.payloads?.[0];
    if (started) input = defaultPayloadConverter.fromPayload<ConversationInput>(started);
    const signal = e.workflowExecutionSignaledEventAttributes;
    const payload = signal?.input?.payloads?.[0];
    if (signal?.signalName === 'customerMessage' && payload) messages.push(defaultPayloadConverter.fromPayload<CustomerMessage>(payload));
  }
  if (!input) throw new Error(`no start event in ${workflowId}`);
  return { input, messages };
}

/** A new tenant's bot in webhook mode, recording its calls (no worker runs on `taskQueue`). */
export async function tenantTestBot(deps: { sql: Sql; client: Client; taskQueue: string }, name: string, opts: { token: string; adminChatId: string | null }) {
  const { tenantId } = await newTenant(deps.sql, name);
  const env: BotEnv = {
    sql: deps.sql, box: testBox, temporal: deps.client, taskQueue: deps.taskQueue, logger: pino({ level: 'silent' }), apiRoot: 'http://127.0.0.1:9',
    linkKey: testLinkKey, tenantId, mode: 'webhook', adminChatId: opts.adminChatId,
  };
  const bot = createTenantBot(env, { token: opts.token, botInfo: BOT_INFO });
  return { tenantId, bot, calls: recordCalls(bot), env };
}
