// A fake WhatsApp Cloud API on 127.0.0.1, in Meta's wire format: the Graph API calls the
// service makes (`GET /<version>/<phone-number-id>`, `POST /<version>/<phone-number-id>/messages`,
// media lookups) with bearer-token checks, Meta's error shapes and the 24-hour window
// (error 131047), and Meta's side of the webhook: the GET handshake when subscribing, then
// event deliveries signed with the app secret (X-Hub-Signature-256), which can be sent twice,
// late, or retried until accepted as Meta does. Tests and the demo drive it directly or over
// its control routes (`/_sim/...`), and read what the shop's number sent.
import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { Faults, listenLoopback, readBody, sendJson } from './http.js';

export const GRAPH_VERSION = 'v21.0';
const WINDOW_MS = 24 * 3600_000;

export interface SimWhatsAppNumber {
  phoneNumberId: string;
  accessToken: string;
  displayPhoneNumber: string;
}

export interface SentWhatsAppMessage {
  id: string;
  phoneNumberId: string;
  to: string;
  type: 'text' | 'interactive';
  text: string;
  /** Reply buttons of an interactive message. */
  buttons: Array<{ id: string; title: string }>;
  at: Date;
}

export interface IncomingOptions {
  /** Meta's timestamp of the customer's message (default now): an old one arrives late. */
  sentAt?: Date;
  /** Deliver the same payload this many times (Meta repeats deliveries). */
  times?: number;
  /** The customer's profile name. */
  name?: string;
  /** Retry a refused delivery (non-2xx) like Meta, up to this many attempts in all (default 1). */
  attempts?: number;
}

export interface Delivery {
  /** The message's wamid. */
  messageId: string;
  /** The HTTP status of each delivery of the payload, in order (retries included). */
  statuses: number[];
}

export interface WhatsAppSimulator {
  url: string;
  /** What the service's WHATSAPP_API_ROOT should be. */
  apiRoot: string;
  appSecret: string;
  numbers: SimWhatsAppNumber[];
  /** Every message the shop's numbers sent, in order. */
  sent: SentWhatsAppMessage[];
  faults: Faults;
  /** Meta's subscription handshake: GET with hub.challenge, which must come back as the body. */
  subscribe(callbackUrl: string, verifyToken: string): Promise<void>;
  sendText(from: string, text: string, opts?: IncomingOptions): Promise<Delivery>;
  sendImage(from: string, caption: string | undefined, opts?: IncomingOptions): Promise<Delivery>;
  /** The customer presses a reply button under one of the shop's messages. */
  pressButton(from: string, message: SentWhatsAppMessage, buttonId: string, opts?: IncomingOptions): Promise<Delivery>;
  /** The customer wrote at this time without a delivery from here: opens Meta's window. */
  customerWrote(from: string, sentAt?: Date): void;
  /** Posts any body with any signature header (forgeries, malformed payloads). */
  deliverRaw(body: string, signature: string | null): Promise<number>;
  /** Messages sent to one customer. */
  sentTo(waId: string): SentWhatsAppMessage[];
  close(): Promise<void>;
}

export interface WhatsAppSimulatorOptions {
  port?: number;
  numbers?: SimWhatsAppNumber[];
  appSecret?: string;
}

/** The demo's number: npm start connects the demo tenant to it. */
export const DEMO_WHATSAPP: SimWhatsAppNumber & { appSecret: string; verifyToken: string } = {
  phoneNumberId: '109000000000001',
  accessToken: 'EAAGdemoWhatsAppAccessTokenForTheSimulator',
  displayPhoneNumber: '+1 555 010 0001',
  appSecret: 'demo-whatsapp-app-secret-0001',
  verifyToken: 'demo-verify-token',
};

export async function startWhatsAppSimulator(opts: WhatsAppSimulatorOptions = {}): Promise<WhatsAppSimulator> {
  const numbers = opts.numbers ?? [DEMO_WHATSAPP];
  const appSecret = opts.appSecret ?? DEMO_WHATSAPP.appSecret;
  const sent: SentWhatsAppMessage[] = [];
  const faults = new Faults();
  /** The latest message of each customer (Meta's timestamp): the window Meta enforces. */
  const lastFromCustomer = new Map<string, number>();
  const media = new Map<string, { bytes: Buffer; mimeType: string }>();
  let callback: string | null = null;
  let seq = 0;
  const wamid = () => `wamid.SIM${Date.now().toString(36)}${(++seq).toString(36)}${randomBytes(4).toString('hex')}`;

  const graphError = (res: ServerResponse, status: number, code: number, message: string) =>
    sendJson(res, status, { error: { message, type: code === 190 ? 'OAuthException' : 'GraphMethodException', code, fbtrace_id: randomBytes(6).toString('hex') } });

  const numberFor = (req: IncomingMessage, id: string): SimWhatsAppNumber | null => {
    const n = numbers.find((x) => x.phoneNumberId === id);
    return n && req.headers.authorization === `Bearer ${n.accessToken}` ? n : null;
  };

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/_sim/')) return control(req, res, url);
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] !== GRAPH_VERSION) return graphError(res, 400, 2500, 'Unknown path components');
    faults.count(`${req.method} ${parts.length === 3 ? parts[2] : 'node'}`);
    if (await faults.before()) return graphError(res, 500, 2, 'Service temporarily unavailable');
    const id = parts[1] ?? '';

    if (req.method === 'GET' && parts.length === 2 && media.has(id)) {
      if (!numbers.some((n) => req.headers.authorization === `Bearer ${n.accessToken}`)) return graphError(res, 401, 190, 'Invalid OAuth access token.');
      const m = media.get(id)!;
      return sendJson(res, 200, { messaging_product: 'whatsapp', id, mime_type: m.mimeType, url: `${base}/_sim/media/${id}` });
    }
    if (req.method === 'GET' && parts.length === 2) {
      const n = numberFor(req, id);
      if (!n) return graphError(res, 401, 190, 'Invalid OAuth access token.');
      return sendJson(res, 200, { id: n.phoneNumberId, display_phone_number: n.displayPhoneNumber, verified_name: 'Demo Panel' });
    }
    if (req.method === 'POST' && parts.length === 3 && parts[2] === 'messages') {
      const n = numberFor(req, id);
      if (!n) return graphError(res, 401, 190, 'Invalid OAuth access token.');
      const body = JSON.parse((await readBody(req)) || '{}') as Record<string, any>;
      const to = String(body.to ?? '');
      if (body.messaging_product !== 'whatsapp' || !/^\d{5,20}$/.test(to)) return graphError(res, 400, 100, 'Invalid parameter');
      let message: Omit<SentWhatsAppMessage, 'id' | 'at' | 'phoneNumberId' | 'to'>;
      if (body.type === 'text' && typeof body.text?.body === 'string' && body.text.body.length <= 4096) {
        message = { type: 'text', text: body.text.body, buttons: [] };
      } else if (body.type === 'interactive' && body.interactive?.type === 'button') {
        const buttons = (body.interactive.action?.buttons ?? []) as Array<{ type: string; reply: { id: string; title: string } }>;
        if (buttons.length < 1 || buttons.length > 3 || buttons.some((b) => b.type !== 'reply' || !b.reply?.id || !b.reply.title || b.reply.title.length > 20)) {
          return graphError(res, 400, 100, 'Invalid parameter: between 1 and 3 reply buttons with titles of at most 20 characters');
        }
        message = { type: 'interactive', text: String(body.interactive.body?.text ?? ''), buttons: buttons.map((b) => ({ id: b.reply.id, title: b.reply.title })) };
      } else {
        return graphError(res, 400, 100, 'Invalid parameter');
      }
      const last = lastFromCustomer.get(`${n.phoneNumberId}:${to}`);
      if (last === undefined || Date.now() - last >= WINDOW_MS) {
        return graphError(res, 400, 131047, 'Re-engagement message: more than 24 hours have passed since the recipient last replied');
      }
      const record: SentWhatsAppMessage = { id: wamid(), phoneNumberId: n.phoneNumberId, to, ...message, at: new Date() };
      sent.push(record);
      return sendJson(res, 200, { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id: record.id }] });
    }
    return graphError(res, 400, 100, 'Unsupported request');
  };

  /** Control routes for a test or a person in another process (the demo). */
  const control = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const mediaMatch = /^\/_sim\/media\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && mediaMatch) {
      const m = media.get(mediaMatch[1]!);
      if (!m || !numbers.some((n) => req.headers.authorization === `Bearer ${n.accessToken}`)) return sendJson(res, 404, { error: 'not found' });
      res.writeHead(200, { 'content-type': m.mimeType, 'content-length': m.bytes.length });
      return void res.end(m.bytes);
    }
    const customer = /^\/_sim\/customers\/(\d{5,20})\/(messages|buttons)$/.exec(url.pathname);
    if (req.method === 'POST' && customer) {
      const body = JSON.parse((await readBody(req)) || '{}') as { text?: string; buttonId?: string; times?: number; sentAt?: string };
      const [, from, what] = customer as unknown as [string, string, string];
      const opts = { times: body.times, attempts: 5, ...(body.sentAt ? { sentAt: new Date(body.sentAt) } : {}) };
      if (what === 'messages') return sendJson(res, 200, await sim.sendText(from, String(body.text ?? ''), opts));
      const under = [...sent].reverse().find((m) => m.to === from && m.buttons.some((b) => b.id === body.buttonId));
      if (!under) return sendJson(res, 404, { error: 'no message to this customer has that button' });
      return sendJson(res, 200, await sim.pressButton(from, under, String(body.buttonId), opts));
    }
    if (req.method === 'GET' && url.pathname === '/_sim/messages') {
      const to = url.searchParams.get('to');
      return sendJson(res, 200, { messages: to ? sim.sentTo(to) : sent });
    }
    return sendJson(res, 404, { error: 'no such control route' });
  };

  const listening = await listenLoopback(handler, opts.port);
  const base = listening.url;

  const post = async (body: string, signature: string | null): Promise<number> => {
    if (!callback) throw new Error('no webhook subscribed: call subscribe() first');
    const res = await fetch(callback, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature === null ? {} : { 'x-hub-signature-256': signature }) },
      body,
    });
    await res.arrayBuffer();
    return res.status;
  };
  const customerWrote = (from: string, sentAt = new Date()) => {
    const key = `${numbers[0]!.phoneNumberId}:${from}`;
    lastFromCustomer.set(key, Math.max(lastFromCustomer.get(key) ?? 0, sentAt.getTime()));
  };
  const sign = (body: string) => `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;

  const deliverMessage = async (from: string, message: Record<string, unknown>, opts: IncomingOptions = {}): Promise<Delivery> => {
    const number = numbers[0]!;
    const sentAt = opts.sentAt ?? new Date();
    const id = wamid();
    customerWrote(from, sentAt);
    const payload = {
      object: 'whatsapp_business_account',
      entry: [{
        id: 'WABA-SIM',
        changes: [{
          field: 'messages',
          value: {
            messaging_product: 'whatsapp',
            metadata: { display_phone_number: number.displayPhoneNumber.replace(/\D/g, ''), phone_number_id: number.phoneNumberId },
            contacts: [{ profile: { name: opts.name ?? 'Customer' }, wa_id: from }],
            messages: [{ from, id, timestamp: String(Math.floor(sentAt.getTime() / 1000)), ...message }],
          },
        }],
      }],
    };
    const body = JSON.stringify(payload);
    const statuses: number[] = [];
    for (let copy = 0; copy < (opts.times ?? 1); copy++) {
      for (let attempt = 1; ; attempt++) {
        const status = await post(body, sign(body));
        statuses.push(status);
        if ((status >= 200 && status < 300) || attempt >= (opts.attempts ?? 1)) break;
        await sleep(Math.min(250 * 2 ** attempt, 4_000));
      }
    }
    return { messageId: id, statuses };
  };

  const sim: WhatsAppSimulator = {
    url: base,
    apiRoot: `${base}/${GRAPH_VERSION}`,
    appSecret,
    numbers,
    sent,
    faults,
    async subscribe(callbackUrl, verifyToken) {
      const challenge = String(Math.floor(Math.random() * 1e9));
      const q = new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.verify_token': verifyToken, 'hub.challenge': challenge });
      const res = await fetch(`${callbackUrl}?${q.toString()}`);
      const answer = await res.text();
      if (res.status !== 200 || answer !== challenge) throw new Error(`webhook verification failed: ${res.status} ${answer.slice(0, 200)}`);
      callback = callbackUrl;
    },
    sendText: (from, text, o) => deliverMessage(from, { type: 'text', text: { body: text } }, o),
    async sendImage(from, caption, o) {
      const id = String(1e15 + ++seq);
      // A 1x1 PNG stands in for the screenshot.
      media.set(id, { bytes: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'), mimeType: 'image/png' });
      return deliverMessage(from, { type: 'image', image: { id, mime_type: 'image/png', sha256: 'sim', ...(caption === undefined ? {} : { caption }) } }, o);
    },
    pressButton(from, message, buttonId, o) {
      const button = message.buttons.find((b) => b.id === buttonId);
      if (!button) throw new Error(`message ${message.id} has no button ${buttonId}`);
      return deliverMessage(from, { type: 'interactive', context: { from: message.phoneNumberId, id: message.id }, interactive: { type: 'button_reply', button_reply: { id: button.id, title: button.title } } }, o);
    },
    customerWrote,
    deliverRaw: post,
    sentTo: (waId) => sent.filter((m) => m.to === waId),
    close: () => listening.close(),
  };
  return sim;
}
