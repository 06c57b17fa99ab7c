import { z } from 'zod';

export const TelegramChannelBodySchema = z.object({
  token: z.string().regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'a Bot API token such as 123456:ABC-...'),
  mode: z.enum(['polling', 'webhook']).default('polling'),
  adminChatId: z.string().regex(/^-?\d+$/, 'a numeric chat ID').optional(),
});

export const TelegramChannelViewSchema = z.object({
  mode: z.enum(['polling', 'webhook']),
  adminChatId: z.string().nullable(),
  tokenSet: z.boolean(),
  /** Where Telegram must send updates in webhook mode. */
  webhookPath: z.string().nullable(),
  /** The bot's @username, read from Telegram; t.me links use it. */
  botUsername: z.string(),
  /** The webhook registered with Telegram (webhook mode with PUBLIC_URL configured), else null. */
  webhookUrl: z.string().nullable(),
});

export const TelegramLinkBodySchema = z.object({
  /** The panel username the Telegram user will be linked to. */
  customer: z.string().trim().min(1).max(100),
});

export const TelegramLinkSchema = z.object({
  /** The /start parameter: signed, single-use, valid 24 hours. */
  token: z.string(),
  url: z.string(),
  expiresAt: z.string(),
});

export const UserbotBodySchema = z.object({
  apiId: z.number().int().positive(),
  apiHash: z.string().regex(/^[0-9a-f]{32}$/, '32 hex characters'),
  session: z.string().min(20).max(4096),
});

export const ProviderReplyBodySchema = z
  .object({
    text: z.string().trim().min(1).max(4000),
    /** The provider's own order ID the reply is about. */
    externalOrderId: z.string().regex(/^\d{1,18}$/, 'digits only').optional(),
    /** The Telegram message of ours the reply answers. */
    replyToMessageId: z.string().regex(/^\d{1,18}$/, 'digits only').optional(),
    /** Unique per reply; the same ID sent twice is read once. */
    replyId: z.string().min(1).max(200),
  })
  .refine((b) => b.externalOrderId || b.replyToMessageId, { path: ['externalOrderId'], message: 'give externalOrderId or replyToMessageId' });
