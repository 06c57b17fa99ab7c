import { z } from 'zod';

export const WidgetParamsSchema = z.object({ widgetId: z.string().regex(/^wg_[A-Za-z0-9_-]{16}$/, 'a widget ID such as wg_...') });

/** Identity travels in the query: EventSource cannot send headers. */
export const WidgetIdentityQuerySchema = z.object({
  visitor: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, '16 to 64 URL-safe characters'),
  customer: z.string().trim().min(1).max(100).optional(),
  signature: z.string().max(128).optional(),
  token: z.string().max(4096).optional(),
});

export const WidgetMessageBodySchema = z
  .object({
    /** The widget's ID for this message: a retried send is stored and handled once. */
    clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8 to 64 URL-safe characters'),
    text: z.string().max(4000).default(''),
    attachmentId: z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'an ID returned by the attachments call').optional(),
    /** The browser's language, for answers the service writes itself. */
    language: z.string().max(35).optional(),
  })
  .refine((b) => b.text.trim().length > 0 || b.attachmentId, { path: ['text'], message: 'empty: send text, an attachment, or both' });

export const ThreadItemSchema = z.object({
  key: z.string(),
  author: z.enum(['customer', 'agent']),
  text: z.string(),
  attachment: z.string().nullable(),
  at: z.string(),
});

export const ThreadSchema = z.object({
  verified: z.boolean(),
  customer: z.string().nullable(),
  items: z.array(ThreadItemSchema),
});

export const PollQuerySchema = WidgetIdentityQuerySchema.extend({
  /** How many items the widget already shows; the poll answers as soon as there are more. */
  seen: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const WidgetChannelBodySchema = z.object({
  allowedOrigins: z
    .array(z.url({ protocol: /^https?$/ }).transform((u) => new URL(u).origin))
    .min(1, 'name at least one origin, e.g. https://panel.example')
    .max(20),
});

export const WidgetChannelSchema = z.object({
  widgetId: z.string(),
  /** Signs customers: HMAC-SHA256(secret, username) in hex, or an HS256 JWT. Keep it on the panel's server. */
  secret: z.string(),
  /** The one `<script>` tag for the panel's pages. */
  snippet: z.string(),
  allowedOrigins: z.array(z.string()),
});
