// Where Meta calls a tenant's WhatsApp webhook. GET is the subscription handshake: the
// challenge is echoed when the verify token matches. POST carries events; no bearer key: the
// X-Hub-Signature-256 HMAC of the raw body with the app secret is the proof, checked on the
// bytes as they arrived (a parser scoped to this plugin keeps them) before anything is read.
// A forged delivery is refused with 401 and changes nothing. Handling a message is a database
// write and a signal, so Meta gets its 200 quickly; a failure answers 500 so Meta retries.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema } from '../schemas/common.js';
import { HttpError } from '../plugins/error-handler.js';
import { readWhatsApp, type WhatsAppChannel } from '../../infra/tenants/whatsapp.js';
import { WebhookPayloadSchema, WhatsAppMessageSchema } from './payload.js';
import { receiveWhatsAppMessage, type Outcome } from './inbound.js';

export const SIGNATURE_HEADER = 'x-hub-signature-256';

const ParamsSchema = z.object({ tenantId: z.string().min(1).max(100) });

export function webhookPath(tenantId: string): string {
  return `/whatsapp/${encodeURIComponent(tenantId)}/webhook`;
}

/** Constant-time: `sha256=<hex HMAC-SHA256(raw body, app secret)>`. */
export function signatureMatches(raw: Buffer, header: string | undefined, appSecret: string): boolean {
  if (!header?.startsWith('sha256=')) return false;
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  const expected = createHmac('sha256', appSecret).update(raw).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function sameSecret(a: string, b: string): boolean {
  const x = createHmac('sha256', 'verify-token').update(a).digest();
  const y = createHmac('sha256', 'verify-token').update(b).digest();
  return timingSafeEqual(x, y);
}

export const whatsappWebhookRoutes: FastifyPluginAsyncZod = async (app) => {
  const { sql, box, temporal, taskQueue } = app.deps;
  // Scoped to this plugin: every other route keeps Fastify's JSON parser.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.get('/whatsapp/:tenantId/webhook', {
    schema: {
      tags: ['channels'],
      summary: 'Meta verifies the WhatsApp webhook here (hub.challenge is echoed when hub.verify_token matches)',
      params: ParamsSchema,
      querystring: z.looseObject({ 'hub.mode': z.string().optional(), 'hub.verify_token': z.string().optional(), 'hub.challenge': z.string().max(200).optional() }),
      response: { 200: z.string(), 403: ErrorSchema },
    },
  }, async (req, reply) => {
    const wa = await readWhatsApp(sql, box, req.params.tenantId);
    const q = req.query;
    const token = q['hub.verify_token'];
    if (!wa || q['hub.mode'] !== 'subscribe' || token === undefined || !sameSecret(token, wa.verifyToken) || q['hub.challenge'] === undefined) {
      throw new HttpError(403, 'Wrong verify token or mode.');
    }
    return reply.type('text/plain; charset=utf-8').send(q['hub.challenge']);
  });

  app.post('/whatsapp/:tenantId/webhook', {
    schema: {
      tags: ['channels'],
      summary: 'Meta delivers WhatsApp events here',
      description: 'Called by Meta, not by API clients: authenticated by `X-Hub-Signature-256` (HMAC-SHA256 of the raw body with the app secret). A wrong or missing signature is answered 401 and nothing changes. A message delivered again is handled once.',
      params: ParamsSchema,
      response: { 200: z.object({ ok: z.literal(true), handled: z.number().int() }), 400: ErrorSchema, 401: ErrorSchema, 500: ErrorSchema },
    },
  }, async (req, reply) => {
    const { tenantId } = req.params;
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const header = req.headers[SIGNATURE_HEADER];
    const wa = await readWhatsApp(sql, box, tenantId);
    if (!wa || !signatureMatches(raw, typeof header === 'string' ? header : undefined, wa.appSecret)) {
      throw new HttpError(401, 'Wrong or missing X-Hub-Signature-256.');
    }
    let payload: z.infer<typeof WebhookPayloadSchema>;
    try {
      payload = WebhookPayloadSchema.parse(JSON.parse(raw.toString('utf8')));
    } catch {
      throw new HttpError(400, 'body: not a WhatsApp webhook payload.', [{ field: 'body', message: 'expected {"object","entry":[{"changes":[...]}]}' }]);
    }
    const deps = { sql, box, temporal, taskQueue, admission: app.deps.admission, linkKey: app.deps.telegram.linkKey, whatsappApiRoot: app.deps.whatsappApiRoot, log: req.log };
    const outcomes: Outcome[] = [];
    try {
      for (const message of messagesFor(payload, wa)) {
        const parsed = WhatsAppMessageSchema.safeParse(message);
        if (!parsed.success) {
          req.log.warn({ tenantId, problem: parsed.error.issues[0]?.message }, 'whatsapp: a message of an unknown shape was skipped');
          continue;
        }
        outcomes.push(await receiveWhatsAppMessage(deps, tenantId, wa, parsed.data));
      }
    } catch (err) {
      req.log.error({ err, tenantId }, 'whatsapp: a message could not be handled; Meta will deliver it again');
      return reply.status(500).send({ error: 'Internal Server Error', message: 'The event could not be handled right now; deliver it again.' });
    }
    req.log.info({ tenantId, outcomes }, 'whatsapp: delivery handled');
    return { ok: true as const, handled: outcomes.filter((o) => o !== 'duplicate').length };
  });
};

/** Messages sent to this tenant's number; events for another number are not ours to read. */
function messagesFor(payload: z.infer<typeof WebhookPayloadSchema>, wa: WhatsAppChannel): unknown[] {
  const out: unknown[] = [];
  for (const entry of payload.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages') continue;
      if (change.value.metadata && change.value.metadata.phone_number_id !== wa.phoneNumberId) continue;
      out.push(...(change.value.messages ?? []));
    }
  }
  return out;
}
