// Gateways call back here. The body is kept as raw bytes (a parser scoped to this route):
// signatures are computed over exactly what was sent, never over a re-serialisation.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema } from '../schemas/common.js';
import { CallbackAnswerSchema } from '../schemas/billing.js';
import { receivePaymentCallback } from '../../activities/payments.js';

export const paymentRoutes: FastifyPluginAsyncZod = async (app) => {
  // Scoped to this plugin: every other route keeps Fastify's JSON parser.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.post('/payments/:gateway/callback', {
    schema: {
      tags: ['billing'],
      summary: "A payment gateway's signed callback: a bad signature → 401 and nothing changes; a replay → 200 and nothing changes",
      params: z.object({ gateway: z.string().max(40) }),
      response: { 200: CallbackAnswerSchema, 401: ErrorSchema, 404: ErrorSchema, 503: ErrorSchema },
    },
  }, async (req, reply) => {
    const payments = app.deps.payments;
    if (!payments) return reply.status(404).send({ error: 'Not Found', message: 'No payment gateway is configured.' });
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const outcome = await receivePaymentCallback(
      { sql: app.deps.sql, box: app.deps.box, telegramApiRoot: app.deps.telegram.apiRoot, gateway: payments.gateway },
      req.params.gateway, raw, req.headers,
    );
    if (outcome.status !== 200) {
      req.log.warn({ gateway: req.params.gateway, status: outcome.status }, outcome.message);
      const error = { 401: 'Unauthorized', 404: 'Not Found', 503: 'Service Unavailable' }[outcome.status];
      return reply.status(outcome.status).send({ error, message: outcome.message });
    }
    if (outcome.notifyError) req.log.warn({ err: outcome.notifyError, invoiceId: outcome.invoiceId }, 'telling the owner about a payment failed');
    req.log.info({ invoiceId: outcome.invoiceId, status: outcome.invoiceStatus, changed: outcome.changed }, 'payment callback');
    return { invoiceId: outcome.invoiceId, status: outcome.invoiceStatus, changed: outcome.changed };
  });
};
