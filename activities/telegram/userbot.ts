// Messages from the owner's own Telegram account (a "userbot", MTProto through GramJS), and
// the "userbot first, bot if that fails" delivery some owners choose because providers
// answer people faster than bots. The account's session string is made once, interactively,
// elsewhere: here a missing, unreadable or logged-out session is a UserbotUnavailableError,
// never a login prompt. Each send connects, sends and disconnects: dispatches are rare, and
// a long-lived MTProto connection per tenant would be a worse thing to keep alive.
import { Api, Logger, TelegramClient } from 'telegram';
import { LogLevel } from 'telegram/extensions/Logger.js';
import { StringSession } from 'telegram/sessions/index.js';

export interface UserbotSender {
  send(chatId: string, text: string): Promise<{ messageId: number }>;
}

export type UserbotUnavailableReason = 'not_configured' | 'no_session' | 'invalid_session' | 'unauthorized' | 'peer_unreachable';

/** The userbot cannot send at all until the owner acts (new session, chat access). */
export class UserbotUnavailableError extends Error {
  override readonly name = 'UserbotUnavailableError';

  constructor(message: string, readonly reason: UserbotUnavailableReason = 'not_configured') {
    super(message);
  }
}

export interface GramJsUserbotOptions {
  apiId: number;
  apiHash: string;
  /** A GramJS StringSession string, already decrypted. */
  session: string;
  connectTimeoutMs?: number;
  sendTimeoutMs?: number;
}

const DEFAULT_CONNECT_TIMEOUT_MS = 15_000;
const DEFAULT_SEND_TIMEOUT_MS = 30_000;
const SESSION_GONE = /AUTH_KEY_UNREGISTERED|AUTH_KEY_INVALID|AUTH_KEY_DUPLICATED|SESSION_REVOKED|SESSION_EXPIRED|USER_DEACTIVATED/;
const PEER_UNREACHABLE = /PEER_ID_INVALID|CHAT_WRITE_FORBIDDEN|USER_IS_BLOCKED|CHANNEL_PRIVATE|CHAT_ADMIN_REQUIRED|USERNAME_NOT_OCCUPIED|USERNAME_INVALID|YOU_BLOCKED_USER|Could not find the input entity|Cannot find any entity/;

export function createGramJsUserbot(opts: GramJsUserbotOptions): UserbotSender {
  return { send: (chatId, text) => sendOnce(opts, chatId, text) };
}

async function sendOnce(opts: GramJsUserbotOptions, chatId: string, text: string): Promise<{ messageId: number }> {
  if (!opts.apiId || !opts.apiHash) throw new UserbotUnavailableError('userbot: api_id and api_hash are required');
  const session = await openSession(opts.session);
  const connectMs = opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  let lastNetworkError: unknown;
  const client = new TelegramClient(session, opts.apiId, opts.apiHash, {
    // One try per call: the activity's retry policy paces the rest.
    connectionRetries: 1,
    retryDelay: 0,
    autoReconnect: false,
    requestRetries: 1,
    timeout: Math.max(1, Math.ceil(connectMs / 1000)),
    baseLogger: new Logger(LogLevel.NONE),
  });
  client.onError = (err: Error) => {
    lastNetworkError = err;
    return Promise.resolve();
  };
  try {
    const connected = await within(client.connect(), connectMs, 'userbot: connecting to Telegram timed out');
    if (!connected) throw new Error('userbot: could not connect to Telegram', { cause: lastNetworkError });
    const sent = await within(sendResolvingPeer(client, chatId, text), opts.sendTimeoutMs ?? DEFAULT_SEND_TIMEOUT_MS, 'userbot: sending timed out');
    return { messageId: sent.id };
  } catch (err) {
    throw classifyUserbotError(err);
  } finally {
    await disconnect(client);
  }
}

/** A StringSession that names a server and holds an auth key, or UserbotUnavailableError. */
async function openSession(raw: string): Promise<StringSession> {
  if (!raw.trim()) throw new UserbotUnavailableError('userbot: no session string; log the account in first', 'no_session');
  try {
    const session = new StringSession(raw.trim());
    await session.load();
    if (session.authKey?.getKey() && session.serverAddress) return session;
  } catch {
    // Falls through: any decoding failure means the same to the owner.
  }
  throw new UserbotUnavailableError('userbot: the session string is not a valid GramJS session', 'invalid_session');
}

async function sendResolvingPeer(client: TelegramClient, chatId: string, text: string): Promise<Api.Message> {
  const id = chatId.trim();
  const peer = /^-?\d+$/.test(id) ? Number(id) : id;
  try {
    return await client.sendMessage(peer, { message: text, linkPreview: false });
  } catch (err) {
    // A fresh session knows no access hashes; numeric IDs resolve once dialogs are loaded.
    if (typeof peer !== 'number' || !/Could not find the input entity/.test(String(err))) throw err;
    await client.getDialogs({ limit: 200 });
    return client.sendMessage(peer, { message: text, linkPreview: false });
  }
}

function classifyUserbotError(err: unknown): Error {
  if (err instanceof UserbotUnavailableError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const rpc = (err as { errorMessage?: unknown }).errorMessage;
  const text = `${typeof rpc === 'string' ? rpc : ''} ${message}`;
  if (SESSION_GONE.test(text)) return new UserbotUnavailableError(`userbot: the session was logged out (${message})`, 'unauthorized');
  if (PEER_UNREACHABLE.test(text)) return new UserbotUnavailableError(`userbot: cannot write to this chat (${message})`, 'peer_unreachable');
  // Network trouble, FLOOD_WAIT, timeouts: worth another try later.
  return err instanceof Error ? err : new Error(message);
}

async function within<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    // The loser of the race may still fail after the client is destroyed; that is expected.
    work.catch(() => undefined);
  }
}

async function disconnect(client: TelegramClient): Promise<void> {
  try {
    await within(client.destroy(), 5_000, 'userbot: disconnect timed out');
  } catch {
    // Nothing depends on a clean goodbye; the socket is gone with the client either way.
  }
}

export type BotSend = (chatId: string, text: string) => Promise<{ messageId: number }>;

export interface FallbackDelivery {
  messageId: number;
  channel: 'userbot' | 'telegram_bot';
  /** Why the userbot did not deliver, when the bot did. */
  userbotError?: string;
}

/**
 * The userbot first; on any failure of it, silently the bot. A missing userbot counts as a
 * failure. When both fail, the bot's error is thrown (its kind decides retry or not). The
 * chat IDs differ when the owner's account and the bot see the provider in different chats.
 */
export async function sendViaUserbotThenBot(
  userbot: UserbotSender | null,
  botSend: BotSend,
  msg: { chatId: string; botChatId?: string; text: string },
): Promise<FallbackDelivery> {
  let userbotError: string;
  if (userbot) {
    try {
      const sent = await userbot.send(msg.chatId, msg.text);
      return { messageId: sent.messageId, channel: 'userbot' };
    } catch (err) {
      userbotError = err instanceof Error ? err.message : String(err);
    }
  } else {
    userbotError = 'no userbot connected';
  }
  const sent = await botSend(msg.botChatId ?? msg.chatId, msg.text);
  return { messageId: sent.messageId, channel: 'telegram_bot', userbotError };
}
