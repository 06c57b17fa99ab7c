// One pino logger per process, level from config. No secret reaches a log line: known secret
// fields are redacted, and errors are logged through a serializer that keeps only what helps
// (type, message, stack, codes, cause) with Telegram bot tokens scrubbed, never the objects
// they carry (grammY's context holds the bot token and the whole update).
import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers["x-telegram-bot-api-secret-token"]',
  'token', '*.token', 'apiKey', '*.apiKey', 'api.key', '*.api.key', 'password', '*.password',
  'session', '*.session', 'webhookSecret', '*.webhookSecret', 'secretToken', '*.secretToken',
];

export function createLogger(config: Pick<Config, 'LOG_LEVEL'>, name = 'supportai', destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    name,
    level: config.LOG_LEVEL,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { err: safeError, error: safeError },
  };
  return destination ? pino(options, destination) : pino(options);
}

// A bot token is `<bot id>:<35 characters>`; in Bot API URLs it follows `/bot`.
const BOT_TOKEN = /\b\d{3,}:[A-Za-z0-9_-]{20,}/g;

/** The text with bot tokens (and any of the given secrets) replaced by a marker. */
export function scrubSecrets(text: string, secrets: string[] = []): string {
  let out = text.replace(BOT_TOKEN, '<redacted>');
  for (const s of secrets) if (s) out = out.split(s).join('<redacted>');
  return out;
}

interface SafeError {
  type: string;
  message: string;
  stack?: string;
  code?: string | number;
  method?: string;
  description?: string;
  error_code?: number;
  cause?: SafeError;
}

/** An error as logged: its story, without the objects hanging off it. */
export function safeError(err: unknown, depth = 0): SafeError | unknown {
  if (!(err instanceof Error) && (typeof err !== 'object' || err === null)) return typeof err === 'string' ? scrubSecrets(err) : err;
  const e = err as Error & { code?: unknown; method?: unknown; description?: unknown; error_code?: unknown; error?: unknown };
  const out: SafeError = { type: e.constructor?.name ?? 'Error', message: scrubSecrets(String(e.message ?? '')) };
  if (typeof e.stack === 'string') out.stack = scrubSecrets(e.stack);
  if (typeof e.code === 'string' || typeof e.code === 'number') out.code = e.code;
  if (typeof e.method === 'string') out.method = e.method;
  if (typeof e.description === 'string') out.description = scrubSecrets(e.description);
  if (typeof e.error_code === 'number') out.error_code = e.error_code;
  // grammY's BotError keeps its cause in `error`; everything else in `cause`.
  const cause = e.error ?? e.cause;
  if (cause !== undefined && depth < 5) out.cause = safeError(cause, depth + 1) as SafeError;
  return out;
}
