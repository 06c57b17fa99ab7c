// The widget's own calls, made from the customer's browser on the panel's site. Every call
// names its widget in the path; its Origin must be one the owner allowed (CORS answers only
// those), and the customer is who the panel's signature says, or an anonymous visitor.
// Verified customers' messages go to their conversation by the intake step every channel
// uses; replies come back over Server-Sent Events, or a long poll behind buffering proxies.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError } from '../plugins/error-handler.js';
import { errorResponses, ErrorSchema } from '../schemas/common.js';
import { readWidget, type WidgetChannel } from '../../infra/tenants/widget.js';
import { handMessageToConversation } from '../../app/hand-message.js';
import { announceWidgetThread } from '../../activities/widget/announce.js';
import { identify } from './identity.js';
import { anonymousThread, customerThread, readThread, saveWidgetMessage } from './threads.js';
import { answerAnonymousVisitor } from './anonymous.js';
import { createKnowledgeActivities } from '../../activities/knowledge.js';
import { ACCEPTED_TYPES, findAttachment, MAX_ATTACHMENT_BYTES, sniffType, storeAttachment } from './attachments.js';
import { WidgetLive } from './live.js';
import {
  PollQuerySchema,
  ThreadSchema,
  WidgetIdentityQuerySchema,
  WidgetMessageBodySchema,
  WidgetParamsSchema,
} from './schemas.js';

const SCRIPT_FILE = fileURLToPath(new URL('../../public/widget/widget.js', import.meta.url));
/** Long polls end before common proxy idle timeouts (30-60 s). */
const POLL_WAIT_MS = 25_000;
const SSE_HEARTBEAT_MS = 15_000;

interface Caller {
  widget: WidgetChannel;
  origin: string;
  thread: string;
  customer: string | null;
}

export const widgetRoutes: FastifyPluginAsyncZod = async (app) => {
  const { sql, box, temporal, taskQueue, admission } = app.deps;
  // Anonymous visitors get knowledge-base answers; never an order.
  const knowledge = createKnowledgeActivities({ sql, embeddings: app.deps.embeddings ?? null, timeoutMs: 5_000 });
  const live = new WidgetLive();
  await live.start(sql);
  app.addHook('onClose', () => live.stop());
  const script = await readFile(SCRIPT_FILE, 'utf8');

  app.get('/widget.js', { schema: { hide: true } }, async (_req, reply) => {
    return reply.type('application/javascript; charset=utf-8').header('cache-control', 'public, max-age=300').send(script);
  });

  // CORS preflight: answered only for the widget's allowed origins.
  app.options('/:widgetId/*', { schema: { hide: true } }, async (req, reply) => {
    const { widgetId } = req.params as { widgetId: string };
    const widget = await readWidget(sql, box, widgetId);
    const origin = req.headers.origin;
    if (!widget || !origin || !widget.allowedOrigins.includes(origin)) throw new HttpError(403, 'This origin may not use the widget.');
    return reply
      .headers(corsHeaders(origin))
      .header('access-control-allow-methods', 'GET, POST')
      .header('access-control-allow-headers', 'content-type, x-file-name')
      .header('access-control-max-age', '600')
      .status(204)
      .send();
  });

  /** Widget, origin and identity of a call; CORS headers set once the origin is known good. */
  const caller = async (req: FastifyRequest, reply: FastifyReply, widgetId: string, q: z.infer<typeof WidgetIdentityQuerySchema>): Promise<Caller> => {
    const widget = await readWidget(sql, box, widgetId);
    if (!widget) throw new HttpError(404, 'No such widget.');
    const origin = req.headers.origin;
    if (!origin || !widget.allowedOrigins.includes(origin)) throw new HttpError(403, `Origin ${origin ?? '(none)'} may not use this widget: add it to allowedOrigins.`);
    reply.headers(corsHeaders(origin));
    const who = identify(widget.secret, q);
    if ('invalid' in who) throw new HttpError(401, `The customer could not be verified: ${who.invalid}.`);
    return who.verified
      ? { widget, origin, thread: customerThread(widget.widgetId, who.customer), customer: who.customer }
      : { widget, origin, thread: anonymousThread(q.visitor), customer: null };
  };

  const threadView = async (c: Caller) => ({
    verified: c.customer !== null,
    customer: c.customer,
    items: await readThread(sql, c.widget.tenantId, c.thread),
  });

  app.get('/:widgetId/thread', {
    schema: { tags: ['widget'], summary: 'The chat so far (the widget reads it on open)', params: WidgetParamsSchema, querystring: WidgetIdentityQuerySchema, response: { 200: ThreadSchema, ...errorResponses, 403: ErrorSchema } },
  }, async (req, reply) => threadView(await caller(req, reply, req.params.widgetId, req.query)));

  app.post('/:widgetId/messages', {
    schema: { tags: ['widget'], summary: 'The customer writes', params: WidgetParamsSchema, querystring: WidgetIdentityQuerySchema, body: WidgetMessageBodySchema, response: { 202: z.object({ accepted: z.boolean() }), ...errorResponses, 403: ErrorSchema, 503: ErrorSchema } },
  }, async (req, reply) => {
    const c = await caller(req, reply, req.params.widgetId, req.query);
    const tenantId = c.widget.tenantId;
    const { clientId, text, attachmentId, language } = req.body;
    if (attachmentId) {
      const file = await findAttachment(sql, tenantId, attachmentId);
      if (!file || file.thread !== c.thread) throw new HttpError(400, 'attachmentId: no such attachment in this chat.', [{ field: 'attachmentId', message: 'no such attachment in this chat' }]);
    }
    await saveWidgetMessage(sql, { tenantId, thread: c.thread, author: 'customer', text, attachment: attachmentId ?? null, clientId });
    if (c.customer) {
      const url = `${req.protocol}://${req.host}/widget/v1/${c.widget.widgetId}/attachments/${attachmentId ?? ''}`;
      try {
        await handMessageToConversation(
          { sql, temporal, taskQueue, admission },
          { tenantId, conversationId: c.thread, channel: 'widget', customer: c.customer, externalRef: c.thread },
          { messageId: `wg-${clientId}`, text, attachments: attachmentId ? [{ kind: 'image', url, name: 'widget attachment' }] : [], receivedAt: new Date().toISOString() },
        );
      } catch (err) {
        req.log.error({ err }, 'could not hand the widget message to its conversation');
        throw new HttpError(503, 'The message could not be accepted right now; the widget retries it.');
      }
    } else {
      const answer = await answerAnonymousVisitor(knowledge, { tenantId, text, language }, (meta, message) => req.log.warn(meta, message));
      await saveWidgetMessage(sql, { tenantId, thread: c.thread, author: 'agent', text: answer, attachment: null, clientId: `${clientId}-answer` });
    }
    await announceWidgetThread(sql, tenantId, c.thread);
    return reply.status(202).send({ accepted: true });
  });

  // Raw image/PDF bytes in the body; the content type is checked on the bytes themselves.
  app.addContentTypeParser(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES }, (_req, body, done) => done(null, body));

  app.post('/:widgetId/attachments', {
    bodyLimit: MAX_ATTACHMENT_BYTES,
    schema: { tags: ['widget'], summary: 'Attach a screenshot or receipt (PNG, JPEG, WebP, GIF or PDF, up to 5 MB)', params: WidgetParamsSchema, querystring: WidgetIdentityQuerySchema, response: { 201: z.object({ id: z.string() }), ...errorResponses, 403: ErrorSchema, 413: ErrorSchema, 415: ErrorSchema } },
  }, async (req, reply) => {
    const c = await caller(req, reply, req.params.widgetId, req.query);
    const bytes = req.body;
    if (!Buffer.isBuffer(bytes) || bytes.length === 0) throw new HttpError(400, 'body: send the file\'s bytes.', [{ field: 'body', message: 'empty' }]);
    const mimeType = sniffType(bytes);
    if (!mimeType) throw new HttpError(415, `body: not an accepted file; send one of ${ACCEPTED_TYPES.join(', ')}.`, [{ field: 'body', message: 'unsupported type' }]);
    const rawName = req.headers['x-file-name'];
    const name = typeof rawName === 'string' ? decodeURIComponent(rawName).slice(0, 200) : null;
    const id = await storeAttachment(sql, { tenantId: c.widget.tenantId, thread: c.thread, mimeType, name, bytes });
    return reply.status(201).send({ id });
  });

  // Served by its unguessable ID, to the customer's widget and to staff following the link.
  app.get('/:widgetId/attachments/:id', { schema: { hide: true } }, async (req, reply) => {
    const { widgetId, id } = req.params as { widgetId: string; id: string };
    const widget = await readWidget(sql, box, widgetId);
    const file = widget && /^[A-Za-z0-9_-]{22}$/.test(id) ? await findAttachment(sql, widget.tenantId, id) : null;
    if (!file) throw new HttpError(404, 'No such attachment.');
    return reply.type(file.mime_type).header('content-disposition', 'inline').header('x-content-type-options', 'nosniff').send(file.bytes);
  });

  // Server-Sent Events: the whole thread at once, then again whenever it changes.
  app.get('/:widgetId/events', {
    schema: { tags: ['widget'], summary: 'Live chat (Server-Sent Events: `thread` events carry the thread)', params: WidgetParamsSchema, querystring: WidgetIdentityQuerySchema },
  }, async (req, reply) => {
    const c = await caller(req, reply, req.params.widgetId, req.query);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      ...corsHeaders(c.origin),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    });
    let sending = Promise.resolve();
    const push = () => {
      sending = sending.then(async () => {
        const view = await threadView(c);
        if (!res.writableEnded) res.write(`event: thread\ndata: ${JSON.stringify(view)}\n\n`);
      }).catch((err: unknown) => req.log.warn({ err }, 'widget event failed'));
    };
    const off = live.subscribe(c.widget.tenantId, c.thread, push);
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), SSE_HEARTBEAT_MS);
    res.once('close', () => {
      off();
      clearInterval(heartbeat);
    });
    push();
  });

  // The fallback: answers at once when the thread has more than the widget shows, else on
  // the next change or after 25 s.
  app.get('/:widgetId/poll', {
    schema: { tags: ['widget'], summary: 'Live chat by long polling (for proxies that buffer event streams)', params: WidgetParamsSchema, querystring: PollQuerySchema, response: { 200: ThreadSchema, ...errorResponses, 403: ErrorSchema } },
  }, async (req, reply) => {
    const c = await caller(req, reply, req.params.widgetId, req.query);
    const view = await threadView(c);
    if (view.items.length > req.query.seen) return view;
    const aborted = new AbortController();
    reply.raw.once('close', () => aborted.abort());
    await live.next(c.widget.tenantId, c.thread, POLL_WAIT_MS, aborted.signal);
    return threadView(c);
  });
};

function corsHeaders(origin: string): Record<string, string> {
  return { 'access-control-allow-origin': origin, vary: 'Origin' };
}
