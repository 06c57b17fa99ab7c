// A fake Telegram Bot API on 127.0.0.1, in the real wire format: `/bot<token>/<method>` with
// JSON, form or multipart bodies, `{ok, result}` or `{ok: false, error_code, description}`.
// Several bots at once; long polling that answers as soon as an update arrives; webhooks
// (loopback only) delivered with the secret-token header and retried until accepted, as
// Telegram does. Tests push customer or provider messages in and read what the bots sent.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { listenLoopback, sendJson } from './http.js';

export interface SimUser { id: number; is_bot: boolean; first_name: string; username?: string; language_code?: string }
export interface SimChat { id: number; type: 'private' | 'group' | 'supergroup' | 'channel'; title?: string; username?: string; first_name?: string }
export interface SimPhotoSize { file_id: string; file_unique_id: string; width: number; height: number; file_size: number }
export interface SimMessage {
  message_id: number;
  from?: SimUser;
  chat: SimChat;
  date: number;
  edit_date?: number;
  text?: string;
  /** Telegram marks a leading /command, and bots (grammY's `command`) rely on it. */
  entities?: Array<{ type: 'bot_command'; offset: number; length: number }>;
  caption?: string;
  photo?: SimPhotoSize[];
  reply_to_message?: SimMessage;
  reply_markup?: unknown;
}
export interface SimCallbackQuery { id: string; from: SimUser; message: SimMessage; chat_instance: string; data: string }
export interface SimUpdate { update_id: number; message?: SimMessage; callback_query?: SimCallbackQuery }
export interface SimWebhook { url: string; secretToken: string | null; lastErrorDate?: number; lastErrorMessage?: string }

export interface SimBot {
  token: string;
  user: SimUser;
  /** Updates not yet confirmed (polling) or not yet accepted by the webhook. */
  updates: SimUpdate[];
  webhook: SimWebhook | null;
  chats: Map<string, SimChat>;
  /** Every message of each chat, the bot's and the users', in order. */
  messages: Map<string, SimMessage[]>;
  callbackAnswers: Array<{ callback_query_id: string; text?: string; show_alert?: boolean }>;
  /** Chat IDs that answer 403 (the user blocked the bot, the bot was removed from the group). */
  blocked: Set<string>;
  /** Every API call in order: method (lower case) and its parameters. */
  calls: Array<{ method: string; params: Record<string, unknown> }>;
}

export interface PushMessage {
  chatId: number;
  from: number | (Partial<SimUser> & { id: number });
  text?: string;
  replyToMessageId?: number;
  /** A photo's bytes; the text becomes its caption. */
  photo?: Uint8Array;
  chat?: Partial<SimChat>;
}

export interface TelegramSimulatorOptions {
  port?: number;
  bots?: Array<string | { token: string; username?: string; firstName?: string }>;
  /** Accept sendMessage to a numeric chat the bot has never seen (default true). */
  acceptUnknownChats?: boolean;
  /** First pause before re-delivering an update a webhook refused (default 100 ms, doubling to 2 s). */
  webhookRetryMs?: number;
}

export interface TelegramSimulator {
  /** The apiRoot for grammY. */
  url: string;
  bots: ReadonlyMap<string, SimBot>;
  addBot(token: string, info?: { username?: string; firstName?: string }): SimBot;
  pushMessage(token: string, msg: PushMessage): SimUpdate;
  pushCallback(token: string, cb: { chatId: number; from: PushMessage['from']; messageId: number; data: string }): SimUpdate;
  /** Messages the bot sent (as edited since), optionally in one chat. */
  sent(token: string, chatId?: number | string): SimMessage[];
  waitForSent(token: string, predicate: (m: SimMessage) => boolean, timeoutMs?: number): Promise<SimMessage>;
  /** The next `count` API calls of this bot fail, e.g. { code: 429, retryAfter: 1 }. */
  failNext(token: string, count: number, fault?: { code?: number; description?: string; retryAfter?: number }): void;
  close(): Promise<void>;
}

class BotApiError extends Error {
  constructor(readonly code: number, readonly description: string, readonly parameters?: object) {
    super(description);
  }
}
const bad = (what: string): BotApiError => new BotApiError(400, `Bad Request: ${what}`);
const unixNow = (): number => Math.floor(Date.now() / 1000);

/** Parameters as JSON sends them or as strings from a form; `obj` reads JSON inside forms. */
class Params {
  constructor(readonly raw: Record<string, unknown>) {}
  str(name: string): string | undefined {
    const v = this.raw[name];
    return v === undefined || v === null ? undefined : typeof v === 'string' ? v : JSON.stringify(v);
  }
  int(name: string): number | undefined {
    const s = this.str(name);
    if (s === undefined || s === '') return undefined;
    const n = Number(s);
    if (!Number.isInteger(n)) throw bad(`field "${name}" must be an integer`);
    return n;
  }
  bool(name: string): boolean {
    return this.raw[name] === true || this.raw[name] === 'true';
  }
  obj(name: string): unknown {
    const v = this.raw[name];
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      throw bad(`can't parse ${name} JSON object`);
    }
  }
}

type Method = (bot: SimBot, p: Params, res?: ServerResponse) => unknown;

export async function startTelegramSimulator(opts: TelegramSimulatorOptions = {}): Promise<TelegramSimulator> {
  const bots = new Map<string, SimBot>();
  const files = new Map<string, { token: string; path: string; bytes: Uint8Array }>();
  const faults = new Map<string, { count: number; code: number; description: string; retryAfter?: number }>();
  const sentListeners = new Set<(token: string, m: SimMessage) => void>();
  const updateWaiters = new Map<string, Set<() => void>>();
  const openCallbacks = new Set<string>();
  const polls = new Map<string, number>();
  const deliveries = new Set<Promise<void>>();
  const delivering = new Set<string>();
  const closing = new AbortController();
  let nextUpdateId = 1;
  let nextFile = 1;

  const botOf = (token: string): SimBot => {
    const bot = bots.get(token);
    if (!bot) throw new Error(`no simulated bot with token ${token}`);
    return bot;
  };
  const addBot = (token: string, info: { username?: string; firstName?: string } = {}): SimBot => {
    const id = Number(/^(\d+):/.exec(token)?.[1] ?? 1_000_000 + bots.size);
    const username = info.username ?? `sim_${id}_bot`;
    const bot: SimBot = {
      token, user: { id, is_bot: true, first_name: info.firstName ?? username, username },
      updates: [], webhook: null, chats: new Map(), messages: new Map(), callbackAnswers: [], blocked: new Set(), calls: [],
    };
    bots.set(token, bot);
    return bot;
  };
  for (const b of opts.bots ?? []) addBot(typeof b === 'string' ? b : b.token, typeof b === 'string' ? {} : b);

  const userOf = (from: PushMessage['from']): SimUser =>
    typeof from === 'number' ? { id: from, is_bot: false, first_name: `User ${from}` } : { is_bot: false, first_name: `User ${from.id}`, ...from };
  const chatOf = (bot: SimBot, id: number, extra: Partial<SimChat> = {}, user?: SimUser): SimChat => {
    const known = bot.chats.get(String(id));
    if (known) return known;
    const type = id > 0 ? 'private' : String(id).startsWith('-100') ? 'supergroup' : 'group';
    const chat: SimChat = type === 'private' ? { id, type, first_name: user?.first_name ?? `User ${id}`, ...extra } : { id, type, title: `Chat ${id}`, ...extra };
    bot.chats.set(String(id), chat);
    return chat;
  };
  const store = (bot: SimBot, chat: SimChat, fields: Omit<SimMessage, 'message_id' | 'chat' | 'date'>): SimMessage => {
    const list = bot.messages.get(String(chat.id)) ?? [];
    bot.messages.set(String(chat.id), list);
    const msg: SimMessage = { message_id: (list.at(-1)?.message_id ?? 0) + 1, chat, date: unixNow(), ...fields };
    list.push(msg);
    if (fields.from?.id === bot.user.id) notifySent(bot, msg);
    return msg;
  };
  // New and edited bot messages both wake waitForSent.
  const notifySent = (bot: SimBot, msg: SimMessage): void => {
    for (const listener of sentListeners) listener(bot.token, msg);
  };
  const findMessage = (bot: SimBot, chatId: number | string, messageId: number | undefined): SimMessage | undefined =>
    bot.messages.get(String(chatId))?.find((m) => m.message_id === messageId);

  const enqueue = (bot: SimBot, fields: Omit<SimUpdate, 'update_id'>): SimUpdate => {
    const update: SimUpdate = { update_id: nextUpdateId++, ...fields };
    bot.updates.push(update);
    if (bot.webhook) startDelivery(bot);
    for (const wake of updateWaiters.get(bot.token) ?? []) wake();
    return update;
  };

  // Webhook delivery: one update at a time, in order, retried with backoff until accepted.
  const startDelivery = (bot: SimBot): void => {
    if (delivering.has(bot.token)) return;
    delivering.add(bot.token);
    const run = deliver(bot).finally(() => {
      delivering.delete(bot.token);
      deliveries.delete(run);
    });
    deliveries.add(run);
  };
  const deliver = async (bot: SimBot): Promise<void> => {
    let pause = opts.webhookRetryMs ?? 100;
    for (let hook = bot.webhook, update = bot.updates[0]; hook && update && !closing.signal.aborted; hook = bot.webhook, update = bot.updates[0]) {
      const error = await postUpdate(bot, hook, update);
      if (error === null) {
        bot.updates = bot.updates.filter((u) => u !== update);
        pause = opts.webhookRetryMs ?? 100;
        continue;
      }
      Object.assign(hook, { lastErrorDate: unixNow(), lastErrorMessage: error });
      // An aborted pause means the simulator is closing; the loop condition ends it.
      await sleep(pause, undefined, { signal: closing.signal }).catch(() => undefined);
      pause = Math.min(pause * 2, 2_000);
    }
  };
  const postUpdate = async (bot: SimBot, hook: SimWebhook, update: SimUpdate): Promise<string | null> => {
    try {
      const res = await fetch(hook.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(hook.secretToken ? { 'x-telegram-bot-api-secret-token': hook.secretToken } : {}) },
        body: JSON.stringify(update),
        signal: AbortSignal.any([closing.signal, AbortSignal.timeout(10_000)]),
      });
      const body = await res.text();
      if (!res.ok) return `Wrong response from the webhook: ${res.status} ${res.statusText}`;
      await webhookReply(bot, body);
      return null;
    } catch (err) {
      return `Connection failed: ${err instanceof Error ? err.message : String(err)}`;
    }
  };
  // A webhook may answer with a method call in its response body, as Telegram allows.
  const webhookReply = async (bot: SimBot, body: string): Promise<void> => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return;
    }
    if (!parsed || typeof parsed !== 'object' || !('method' in parsed) || typeof parsed.method !== 'string') return;
    const method = METHODS[parsed.method.toLowerCase()];
    if (!method) return;
    try {
      await method(bot, new Params(parsed as Record<string, unknown>));
    } catch {
      // Telegram does not report failures of webhook replies either.
    }
  };

  const waitForUpdate = (bot: SimBot, ms: number, res?: ServerResponse): Promise<void> =>
    new Promise<void>((resolve) => {
      const waiters = updateWaiters.get(bot.token) ?? new Set<() => void>();
      updateWaiters.set(bot.token, waiters);
      const done = (): void => {
        clearTimeout(timer);
        waiters.delete(done);
        res?.off('close', done);
        closing.signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      res?.once('close', done);
      closing.signal.addEventListener('abort', done, { once: true });
      waiters.add(done);
    });
  const confirm = (bot: SimBot, offset: number | undefined): void => {
    if (offset === undefined || offset === 0) return;
    bot.updates = offset > 0 ? bot.updates.filter((u) => u.update_id >= offset) : bot.updates.slice(offset);
  };
  const sendTarget = (bot: SimBot, p: Params): SimChat => {
    const key = p.str('chat_id')?.trim();
    if (!key) throw bad('chat_id is empty');
    const chat = key.startsWith('@') ? [...bot.chats.values()].find((c) => `@${c.username}` === key) : bot.chats.get(key);
    if (chat && bot.blocked.has(String(chat.id))) {
      throw new BotApiError(403, chat.type === 'private' ? 'Forbidden: bot was blocked by the user' : 'Forbidden: bot was kicked from the group chat');
    }
    if (chat) return chat;
    if (opts.acceptUnknownChats === false || !/^-?\d+$/.test(key)) throw bad('chat not found');
    if (bot.blocked.has(key)) throw new BotApiError(403, 'Forbidden: bot was blocked by the user');
    return chatOf(bot, Number(key));
  };
  const editable = (bot: SimBot, p: Params): SimMessage => {
    if (p.str('inline_message_id')) throw bad('inline messages are not simulated');
    const msg = findMessage(bot, sendTarget(bot, p).id, p.int('message_id'));
    if (!msg) throw bad('message to edit not found');
    if (msg.from?.id !== bot.user.id) throw bad("message can't be edited");
    return msg;
  };
  const edit = (bot: SimBot, msg: SimMessage, text: string | undefined, markup: unknown): SimMessage => {
    if (text === msg.text && JSON.stringify(markup) === JSON.stringify(msg.reply_markup)) {
      throw bad('message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message');
    }
    Object.assign(msg, { text, edit_date: unixNow(), reply_markup: markup });
    if (markup === undefined) delete msg.reply_markup;
    notifySent(bot, msg);
    return msg;
  };

  const dropWebhook = (bot: SimBot, p: Params): true => {
    bot.webhook = null;
    if (p.bool('drop_pending_updates')) bot.updates = [];
    return true;
  };

  const METHODS: Record<string, Method> = {
    getme: (bot) => ({ ...bot.user, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false }),
    getupdates: async (bot, p, res) => {
      const webhookConflict = (): BotApiError =>
        new BotApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
      if (bot.webhook) throw webhookConflict();
      confirm(bot, p.int('offset'));
      const limit = Math.min(Math.max(p.int('limit') ?? 100, 1), 100);
      const timeout = Math.min(Math.max(p.int('timeout') ?? 0, 0), 50);
      // A newer getUpdates ends a waiting one with 409, as Telegram does.
      const poll = (polls.get(bot.token) ?? 0) + 1;
      polls.set(bot.token, poll);
      for (const wake of updateWaiters.get(bot.token) ?? []) wake();
      if (bot.updates.length === 0 && timeout > 0) await waitForUpdate(bot, timeout * 1000, res);
      if (polls.get(bot.token) !== poll) {
        throw new BotApiError(409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running');
      }
      if (bot.webhook) throw webhookConflict();
      return bot.updates.slice(0, limit);
    },
    sendmessage: (bot, p) => {
      const chat = sendTarget(bot, p);
      const text = p.str('text') ?? '';
      if (text.trim() === '') throw bad('message text is empty');
      if (text.length > 4096) throw bad('message is too long');
      const replyParams = p.obj('reply_parameters') as { message_id?: number; allow_sending_without_reply?: boolean } | undefined;
      const replyId = replyParams?.message_id ?? p.int('reply_to_message_id');
      const replyTo = replyId === undefined ? undefined : findMessage(bot, chat.id, replyId);
      if (replyId !== undefined && !replyTo && !(replyParams?.allow_sending_without_reply ?? p.bool('allow_sending_without_reply'))) {
        throw bad('message to be replied not found');
      }
      const markup = p.obj('reply_markup');
      return store(bot, chat, { from: bot.user, text, ...(replyTo ? { reply_to_message: replyTo } : {}), ...(markup ? { reply_markup: markup } : {}) });
    },
    sendchataction: (bot, p) => Boolean(sendTarget(bot, p)),
    editmessagetext: (bot, p) => {
      const text = p.str('text') ?? '';
      if (text.trim() === '') throw bad('message text is empty');
      return edit(bot, editable(bot, p), text, p.obj('reply_markup'));
    },
    editmessagereplymarkup: (bot, p) => {
      const msg = editable(bot, p);
      return edit(bot, msg, msg.text, p.obj('reply_markup'));
    },
    answercallbackquery: (bot, p) => {
      const id = p.str('callback_query_id') ?? '';
      if (!openCallbacks.delete(`${bot.token}/${id}`)) throw bad('query is too old and response timeout expired or query ID is invalid');
      bot.callbackAnswers.push({ callback_query_id: id, text: p.str('text'), show_alert: p.bool('show_alert') });
      return true;
    },
    getfile: (bot, p) => {
      const id = p.str('file_id') ?? '';
      const file = files.get(id);
      if (!file || file.token !== bot.token) throw bad('invalid file_id');
      return { file_id: id, file_unique_id: `u${id}`, file_size: file.bytes.length, file_path: file.path };
    },
    setwebhook: (bot, p) => {
      const url = p.str('url') ?? '';
      if (url === '') return dropWebhook(bot, p);
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        throw bad('invalid webhook URL specified');
      }
      // The simulator sends nothing beyond this machine.
      if (!/^https?:$/.test(target.protocol) || target.hostname !== '127.0.0.1') throw bad('bad webhook: the simulator delivers to http(s)://127.0.0.1 only');
      const secret = p.str('secret_token') ?? null;
      if (secret !== null && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) throw bad('secret token contains unallowed characters');
      if (p.bool('drop_pending_updates')) bot.updates = [];
      bot.webhook = { url, secretToken: secret };
      // A waiting getUpdates learns about the webhook the way Telegram tells it: 409.
      for (const wake of updateWaiters.get(bot.token) ?? []) wake();
      startDelivery(bot);
      return true;
    },
    deletewebhook: dropWebhook,
    getwebhookinfo: (bot) => ({
      url: bot.webhook?.url ?? '',
      has_custom_certificate: false,
      pending_update_count: bot.updates.length,
      ...(bot.webhook?.lastErrorDate ? { last_error_date: bot.webhook.lastErrorDate, last_error_message: bot.webhook.lastErrorMessage } : {}),
    }),
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const fileRoute = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (fileRoute) {
      const file = [...files.values()].find((f) => f.token === decodeURIComponent(fileRoute[1] ?? '') && f.path === fileRoute[2]);
      if (!file) return sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.bytes.length });
      res.end(file.bytes);
      return;
    }
    const route = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    const bot = route ? bots.get(decodeURIComponent(route[1] ?? '')) : undefined;
    if (!route || !bot) return sendJson(res, route ? 401 : 404, { ok: false, error_code: route ? 401 : 404, description: route ? 'Unauthorized' : 'Not Found' });
    try {
      const methodName = (route[2] ?? '').toLowerCase();
      const p = new Params(await readParams(req, url));
      bot.calls.push({ method: methodName, params: p.raw });
      const fault = faults.get(bot.token);
      if (fault && fault.count > 0) {
        fault.count -= 1;
        throw new BotApiError(fault.code, fault.description, fault.retryAfter === undefined ? undefined : { retry_after: fault.retryAfter });
      }
      const method = METHODS[methodName];
      if (!method) throw new BotApiError(404, 'Not Found');
      const result = await method(bot, p, res);
      if (!res.writableEnded) sendJson(res, 200, { ok: true, result });
    } catch (err) {
      if (!(err instanceof BotApiError)) throw err;
      sendJson(res, err.code, { ok: false, error_code: err.code, description: err.description, ...(err.parameters ? { parameters: err.parameters } : {}) });
    }
  };
  const server = await listenLoopback(handle, opts.port ?? 0);
  const sent = (token: string, chatId?: number | string): SimMessage[] => {
    const bot = botOf(token);
    const lists = chatId === undefined ? [...bot.messages.values()] : [bot.messages.get(String(chatId)) ?? []];
    return lists.flat().filter((m) => m.from?.id === bot.user.id);
  };

  return {
    url: server.url,
    bots,
    addBot,
    pushMessage(token, msg) {
      const bot = botOf(token);
      const from = userOf(msg.from);
      const chat = chatOf(bot, msg.chatId, msg.chat, from);
      const replyTo = findMessage(bot, chat.id, msg.replyToMessageId);
      let photo: SimPhotoSize[] | undefined;
      if (msg.photo) {
        const id = `sim-photo-${nextFile}`;
        files.set(id, { token, path: `photos/file_${nextFile++}.jpg`, bytes: msg.photo });
        photo = [{ file_id: id, file_unique_id: `u${id}`, width: 1280, height: 720, file_size: msg.photo.length }];
      }
      const command = msg.text === undefined || photo ? null : /^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?/.exec(msg.text);
      const text = msg.text === undefined
        ? {}
        : photo
          ? { caption: msg.text }
          : { text: msg.text, ...(command ? { entities: [{ type: 'bot_command' as const, offset: 0, length: command[0].length }] } : {}) };
      return enqueue(bot, { message: store(bot, chat, { from, ...text, ...(photo ? { photo } : {}), ...(replyTo ? { reply_to_message: replyTo } : {}) }) });
    },
    pushCallback(token, cb) {
      const bot = botOf(token);
      const message = findMessage(bot, cb.chatId, cb.messageId);
      if (!message) throw new Error(`no message ${cb.messageId} in chat ${cb.chatId}`);
      const id = `cb-${nextUpdateId}`;
      openCallbacks.add(`${token}/${id}`);
      return enqueue(bot, { callback_query: { id, from: userOf(cb.from), message, chat_instance: String(cb.chatId), data: cb.data } });
    },
    sent,
    waitForSent(token, predicate, timeoutMs = 5_000) {
      const already = sent(token).find(predicate);
      if (already) return Promise.resolve(already);
      return new Promise<SimMessage>((resolve, reject) => {
        const listener = (t: string, m: SimMessage): void => {
          if (t !== token || !predicate(m)) return;
          clearTimeout(timer);
          sentListeners.delete(listener);
          resolve(m);
        };
        const timer = setTimeout(() => {
          sentListeners.delete(listener);
          reject(new Error(`no matching message within ${timeoutMs} ms; sent: ${JSON.stringify(sent(token).map((m) => m.text))}`));
        }, timeoutMs);
        sentListeners.add(listener);
      });
    },
    failNext(token, count, fault = {}) {
      const code = fault.code ?? 500;
      const description = fault.description ?? (code === 429 ? `Too Many Requests: retry after ${fault.retryAfter ?? 1}` : 'Internal Server Error');
      faults.set(botOf(token).token, { count, code, description, retryAfter: code === 429 ? fault.retryAfter ?? 1 : fault.retryAfter });
    },
    async close() {
      closing.abort();
      await Promise.allSettled([...deliveries]);
      await server.close();
    },
  };
}

async function readParams(req: IncomingMessage, url: URL): Promise<Record<string, unknown>> {
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  if (body.length === 0) return params;
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) {
    try {
      return { ...params, ...(JSON.parse(body.toString('utf8')) as Record<string, unknown>) };
    } catch {
      throw bad("can't parse JSON body");
    }
  }
  // Form and multipart bodies alike; uploaded files are kept as File objects.
  const form = await new Response(body, { headers: { 'content-type': type || 'application/x-www-form-urlencoded' } }).formData();
  for (const [key, value] of form) params[key] = value;
  return params;
}
