// Public webhooks (no bearer key: Telegram, and any `/…/webhook` or payment callback route)
// are rate limited per client address, so a flood cannot tie up the API or the database
// behind the secret checks. Senders that exceed it get 429 and retry later, as Telegram does.
import type { FastifyInstance } from 'fastify';
import { HttpError } from './error-handler.js';

const WINDOW_MS = 60_000;
const PUBLIC_WEBHOOK = /^\/(telegram|whatsapp)\/[^/]+\/webhook|^\/v1\/payments\//;

export function limitPublicWebhooks(app: FastifyInstance, perMinute = 600): void {
  const seen = new Map<string, { count: number; since: number }>();
  app.addHook('onRequest', async (request) => {
    if (!PUBLIC_WEBHOOK.test(request.url)) return;
    const now = Date.now();
    const entry = seen.get(request.ip);
    if (!entry || now - entry.since >= WINDOW_MS) {
      seen.set(request.ip, { count: 1, since: now });
      if (seen.size > 10_000) for (const [ip, e] of seen) if (now - e.since >= WINDOW_MS) seen.delete(ip);
      return;
    }
    if (++entry.count > perMinute) throw new HttpError(429, 'Too many webhook calls from this address; retry later.');
  });
}
