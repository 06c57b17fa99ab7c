// The development payment gateway: what `npm start` and the tests pay with. An invoice's
// page is served here on 127.0.0.1; `POST <page>/pay` pays it (optionally short, with
// {"amountCents": n}) and `POST <page>/expire` lets it lapse; each change is called back to
// the shop signed and retried like a real gateway's callback.
import { listenLoopback, readBody, sendJson } from '../http.js';
import { DEV_SIGNATURE_HEADER, devSign } from '../../../infra/payments/dev.js';
import type { InvoiceStatus } from '../../../infra/payments/gateway.js';
import { createCallbackSender, type CallbackSender } from './callbacks.js';
import { escapeHtml, payPage } from './page.js';

interface Invoice {
  id: string;
  orderId: string;
  amountCents: number;
  paidCents: number;
  currency: string;
  description: string;
  status: InvoiceStatus;
  callbackUrl: string;
  expiresAt: Date;
}

export interface DevGatewaySim {
  url: string;
  secret: string;
  invoices: Map<string, Invoice>;
  callbacks: CallbackSender;
  /** Sends the invoice's current callback again, exactly as before (a replay). */
  replay(id: string): Promise<number | null>;
  /** Sends the current callback with a wrong signature. */
  forge(id: string): Promise<number | null>;
  close(): Promise<void>;
}

export async function startDevGateway(opts: { secret: string; port?: number; lifetimeMs?: number; callbackRetry?: { maxAttempts?: number; firstDelayMs?: number } }): Promise<DevGatewaySim> {
  const invoices = new Map<string, Invoice>();
  const callbacks = createCallbackSender(opts.callbackRetry);
  let seq = 0;
  let base = '';

  const bodyOf = (inv: Invoice) => JSON.stringify({ id: inv.id, order_id: inv.orderId, status: inv.status, amount_cents: inv.amountCents, paid_cents: inv.paidCents, currency: inv.currency });
  const view = (inv: Invoice) => ({ id: inv.id, order_id: inv.orderId, url: `${base}/invoices/${inv.id}`, status: inv.status, amount_cents: inv.amountCents, paid_cents: inv.paidCents, expires_at: inv.expiresAt.toISOString() });
  const callBack = (inv: Invoice, signature?: string) => {
    const body = bodyOf(inv);
    return callbacks.send(inv.callbackUrl, body, { [DEV_SIGNATURE_HEADER]: signature ?? devSign(body, opts.secret) });
  };

  const server = await listenLoopback(async (req, res) => {
    const url = new URL(req.url ?? '/', base);
    const api = /^\/api\/invoices(?:\/([^/]+))?$/.exec(url.pathname);
    if (api) {
      if (req.headers['x-api-key'] !== opts.secret) return sendJson(res, 401, { error: 'bad api key' });
      if (req.method === 'POST' && !api[1]) {
        const b = JSON.parse(await readBody(req)) as { order_id: string; amount_cents: number; currency: string; callback_url: string; description?: string };
        if (!Number.isInteger(b.amount_cents) || b.amount_cents <= 0) return sendJson(res, 400, { error: 'amount_cents must be a positive integer' });
        const existing = [...invoices.values()].find((i) => i.orderId === b.order_id);
        if (existing) return sendJson(res, 200, view(existing));
        const inv: Invoice = {
          id: `dev_${++seq}`, orderId: b.order_id, amountCents: b.amount_cents, paidCents: 0, currency: b.currency, description: b.description ?? '',
          status: 'pending', callbackUrl: b.callback_url, expiresAt: new Date(Date.now() + (opts.lifetimeMs ?? 3_600_000)),
        };
        invoices.set(inv.id, inv);
        return sendJson(res, 201, view(inv));
      }
      const inv = api[1] ? invoices.get(api[1]) : undefined;
      if (req.method === 'GET' && inv) return sendJson(res, 200, view(inv));
      return sendJson(res, 404, { error: 'no such invoice' });
    }

    const page = /^\/invoices\/([^/]+)(\/pay|\/expire)?$/.exec(url.pathname);
    const inv = page ? invoices.get(page[1]!) : undefined;
    if (!page || !inv) return sendJson(res, 404, { error: 'no such invoice' });
    if (req.method === 'GET' && !page[2]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(payPage({ title: `Invoice ${escapeHtml(inv.orderId)}`, amountCents: inv.amountCents, status: inv.status, payPath: `/invoices/${inv.id}/pay` }));
    }
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'method not allowed' });
    if (inv.status === 'paid' || inv.status === 'expired') return sendJson(res, 409, { error: `invoice is ${inv.status}` });
    if (page[2] === '/expire' || Date.now() >= inv.expiresAt.getTime()) {
      inv.status = 'expired';
    } else {
      const raw = await readBody(req);
      const asked = raw && (req.headers['content-type'] ?? '').includes('json') ? (JSON.parse(raw) as { amountCents?: number }).amountCents : undefined;
      inv.paidCents += asked ?? inv.amountCents - inv.paidCents;
      inv.status = inv.paidCents >= inv.amountCents ? 'paid' : 'underpaid_open';
    }
    void callBack(inv);
    return sendJson(res, 200, view(inv));
  }, opts.port ?? 0);
  base = server.url;

  const need = (id: string) => {
    const inv = invoices.get(id);
    if (!inv) throw new Error(`dev gateway: no invoice ${id}`);
    return inv;
  };
  return {
    url: server.url,
    secret: opts.secret,
    invoices,
    callbacks,
    replay: (id) => callBack(need(id)),
    forge: (id) => callBack(need(id), devSign(bodyOf(need(id)), 'not-the-secret')),
    close: async () => {
      await callbacks.idle();
      await server.close();
    },
  };
}
