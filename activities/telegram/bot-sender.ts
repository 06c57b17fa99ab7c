// One message from a tenant's bot to a chat, through grammY's Api. Failures are sorted the
// way a retry policy needs them: Telegram busy or unreachable (429, 5xx, network) is a plain
// Error and worth retrying; a refusal about this bot or chat (bad token, chat not found, bot
// blocked or removed) is a TelegramPermanentError that no retry will change.
import { Api, GrammyError, HttpError } from 'grammy';

export type TelegramPermanentReason = 'unauthorized' | 'chat_not_found' | 'blocked' | 'bad_request' | 'not_configured';

export class TelegramPermanentError extends Error {
  override readonly name = 'TelegramPermanentError';

  constructor(
    message: string,
    readonly reason: TelegramPermanentReason = 'not_configured',
    /** Telegram's error_code, when Telegram answered. */
    readonly errorCode: number | null = null,
  ) {
    super(message);
  }
}

export interface BotMessage {
  token: string;
  /** https://api.telegram.org in production; a simulator's URL in tests. */
  apiRoot: string;
  /** A numeric chat ID ("-100…" for supergroups) or "@channel". */
  chatId: string;
  text: string;
  /** Answer this message in the chat; sent anyway if it is gone. */
  replyToMessageId?: number;
  /** Inline buttons under the message (escalation decisions in the admin chat). */
  inlineKeyboard?: Array<Array<{ text: string; callback_data: string }>>;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

export async function sendBotMessage(msg: BotMessage): Promise<{ messageId: number }> {
  const api = new Api(msg.token, {
    apiRoot: msg.apiRoot,
    timeoutSeconds: Math.max(1, Math.ceil((msg.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)),
  });
  const chatId = /^-?\d+$/.test(msg.chatId.trim()) ? Number(msg.chatId.trim()) : msg.chatId.trim();
  try {
    const sent = await api.sendMessage(chatId, msg.text, {
      link_preview_options: { is_disabled: true },
      ...(msg.inlineKeyboard ? { reply_markup: { inline_keyboard: msg.inlineKeyboard } } : {}),
      ...(msg.replyToMessageId === undefined
        ? {}
        : { reply_parameters: { message_id: msg.replyToMessageId, allow_sending_without_reply: true } }),
    });
    return { messageId: sent.message_id };
  } catch (err) {
    throw classifyTelegramError(err);
  }
}

/** A grammY failure as a retryable Error or a TelegramPermanentError. */
export function classifyTelegramError(err: unknown): Error {
  if (err instanceof GrammyError) {
    const code = err.error_code;
    const what = `telegram ${err.method}: ${code} ${err.description}`;
    if (code === 429) {
      const after = err.parameters.retry_after;
      return new Error(after === undefined ? what : `${what} (retry after ${after}s)`, { cause: err });
    }
    if (code >= 500 || code < 400) return new Error(what, { cause: err });
    return new TelegramPermanentError(what, permanentReason(code, err.description), code);
  }
  if (err instanceof HttpError) {
    // The fetch error underneath carries the socket's code (ECONNREFUSED and the like).
    return new Error(`telegram: ${err.message}`, { cause: err.error });
  }
  return err instanceof Error ? err : new Error(String(err));
}

function permanentReason(code: number, description: string): TelegramPermanentReason {
  // Telegram answers 404 to a token it cannot parse, 401 to one it does not know.
  if (code === 401 || code === 404) return 'unauthorized';
  if (code === 403) return 'blocked';
  if (/chat not found|user not found|peer_id_invalid/i.test(description)) return 'chat_not_found';
  return 'bad_request';
}
