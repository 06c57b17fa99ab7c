import { z } from 'zod';

const secret = (what: string) => z.string().regex(/^[\x21-\x7e]+$/, `${what}: printable characters without spaces`);

export const WhatsAppChannelBodySchema = z.object({
  /** The phone-number ID from Meta's app dashboard (not the phone number itself). */
  phoneNumberId: z.string().regex(/^\d{5,30}$/, 'the numeric phone-number ID from Meta\'s app dashboard'),
  /** A system-user access token with whatsapp_business_messaging. */
  accessToken: secret('a Graph API access token').min(20, 'a Graph API access token (at least 20 characters)').max(1000),
  /** The Meta app's secret: Meta signs every delivery with it. */
  appSecret: secret('the Meta app secret').min(16, 'the Meta app secret (at least 16 characters)').max(200),
  /** Any string you choose; give Meta the same one when you subscribe the webhook. */
  verifyToken: secret('a verify token').min(8, 'a verify token of at least 8 characters').max(200),
});

export const WhatsAppChannelViewSchema = z.object({
  phoneNumberId: z.string(),
  /** The number customers write to, as Meta shows it. */
  displayPhoneNumber: z.string().nullable(),
  accessTokenSet: z.boolean(),
  /** Give Meta this path under the API's public URL as the callback URL. */
  webhookPath: z.string(),
  /** The full callback URL when PUBLIC_URL is configured, else null. */
  webhookUrl: z.string().nullable(),
});

export const WhatsAppLinkBodySchema = z.object({
  /** The panel username the WhatsApp number will be linked to. */
  customer: z.string().trim().min(1).max(100),
});

export const WhatsAppLinkSchema = z.object({
  /** Signed, single-use, valid 24 hours. */
  token: z.string(),
  /** What the customer sends to link their number. */
  text: z.string(),
  /** A wa.me link that opens the chat with the text filled in (null while the number is unknown). */
  url: z.string().nullable(),
  expiresAt: z.string(),
});
