// Connecting a tenant's bot: who it is (getMe, for t.me links) and, in webhook mode, where
// Telegram must deliver its updates. Telegram's refusals become 400s the owner can act on;
// Telegram out of reach is a 503 worth retrying.
import { Api } from 'grammy';
import { classifyTelegramError, TelegramPermanentError } from '../../activities/telegram/bot-sender.js';
import { HttpError } from '../plugins/error-handler.js';
import { ALLOWED_UPDATES } from './bot.js';

const TIMEOUT_SECONDS = 15;

export function webhookPath(tenantId: string): string {
  return `/telegram/${encodeURIComponent(tenantId)}/webhook`;
}

export function webhookUrl(publicUrl: string, tenantId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${webhookPath(tenantId)}`;
}

export async function readBotUsername(apiRoot: string, token: string): Promise<string> {
  try {
    const me = await new Api(token, { apiRoot, timeoutSeconds: TIMEOUT_SECONDS }).getMe();
    return me.username;
  } catch (err) {
    throw asHttpError(err, 'Telegram did not accept this bot token');
  }
}

export async function registerWebhook(apiRoot: string, token: string, url: string, secret: string): Promise<void> {
  try {
    await new Api(token, { apiRoot, timeoutSeconds: TIMEOUT_SECONDS }).setWebhook(url, {
      secret_token: secret,
      allowed_updates: [...ALLOWED_UPDATES],
    });
  } catch (err) {
    throw asHttpError(err, `Telegram refused the webhook ${url}`);
  }
}

function asHttpError(err: unknown, refused: string): HttpError {
  const classified = classifyTelegramError(err);
  if (classified instanceof TelegramPermanentError) return new HttpError(400, `${refused}: ${classified.message}`);
  return new HttpError(503, `Telegram could not be reached (${classified.message}); try again.`);
}
