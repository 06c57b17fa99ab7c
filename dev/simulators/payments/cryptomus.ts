// A Cryptomus-protocol gateway on loopback (Heleket speaks the same): signed JSON requests
// with `merchant` and `sign` headers, payment pages, and callbacks with `sign` inside the
// body over PHP-style JSON. Tests pay, underpay, expire, replay and forge through it.
import { randomUUID } from 'node:crypto';
import { listenLoopback, readBody, sendJson } from '../http.js';
import { cryptomusSign, phpJsonEncode } from '../../../infra/payments/cryptomus.js';
import { centsToDecimal } from '../../../infra/payments/gateway.js';
import { createCallbackSender, type CallbackSender } from './callbacks.js';
import { escapeHtml, payPage } from './page.js';

interface Payment {
  uuid: string;
  orderId: string;
  amount: string;
  amountCents: number;
  paidCents: number;
  status: string;
  callbackUrl: string;
  additionalData: string | null;
  expiredAt: number;
}

export interface CryptomusSim {
  url: string;
  merchant: string;
  paymentKey: string;
  payments: Map<string, Payment>;
  callbacks: CallbackSender;
  /** Pays (all, or `cents` of it); under the amount → wrong_amount_waiting. Calls back. */
  pay(uuid: string, cents?: number): Promise<number | null>;
  expire(uuid: string): Promise<number | null>;
  replay(uuid: string): Promise<number | null>;
  forge(uuid: string): Promise<number | null>;
  close(): Promise<void>;
}

export async function startCryptomusSim(opts: { merchant: string; paymentKey: string; port?: number; callbackRetry?: { maxAttempts?: number; firstDelayMs?: number } }): Promise<CryptomusSim> {
  const payments = new Map<string, Payment>();
  const callbacks = createCallbackSender(opts.callbackRetry);
  let base = '';

  const result = (p: Payment) => ({
    uuid: p.uuid, order_id: p.orderId, amount: p.amount, payment_amount: centsToDecimal(p.paidCents), currency: 'USD',
    url: `${base}/pay/${p.uuid}`, expired_at: p.expiredAt, payment_status: p.status, status: p.status,
    is_final: ['paid', 'paid_over', 'wrong_amount', 'cancel', 'fail', 'system_fail'].includes(p.status), additional_data: p.additionalData,
  });
  const callbackBody = (p: Payment, key: string) => {
    const body: Record<string, unknown> = {
      type: 'payment', uuid: p.uuid, order_id: p.orderId, amount: p.amount, payment_amount: centsToDecimal(p.paidCents),
      merchant_amount: centsToDecimal(p.paidCents), is_final: result(p).is_final, status: p.status, payer_currency: 'USDT', currency: 'USD',
      additional_data: p.additionalData,
    };
    return JSON.stringify({ ...body, sign: cryptomusSign(phpJsonEncode(body), key) });
  };
  const callBack = (p: Payment, key = opts.paymentKey) => callbacks.send(p.callbackUrl, callbackBody(p, key), {});
  const need = (uuid: string) => {
    const p = payments.get(uuid);
    if (!p) throw new Error(`cryptomus sim: no payment ${uuid}`);
    return p;
  };
  const pay = (p: Payment, cents?: number) => {
    p.paidCents += cents ?? p.amountCents - p.paidCents;
    p.status = p.paidCents > p.amountCents ? 'paid_over' : p.paidCents === p.amountCents ? 'paid' : 'wrong_amount_waiting';
    return callBack(p);
  };

  const server = await listenLoopback(async (req, res) => {
    const url = new URL(req.url ?? '/', base);
    if (url.pathname.startsWith('/v1/')) {
      const raw = await readBody(req);
      if (req.headers.merchant !== opts.merchant || req.headers.sign !== cryptomusSign(raw, opts.paymentKey)) {
        return sendJson(res, 401, { state: 1, message: 'Invalid Sign' });
      }
      const b = JSON.parse(raw) as Record<string, unknown>;
      if (url.pathname === '/v1/payment') {
        const existing = [...payments.values()].find((p) => p.orderId === b.order_id);
        if (existing) return sendJson(res, 200, { state: 0, result: result(existing) });
        const amount = String(b.amount);
        if (!/^\d+(\.\d{1,2})?$/.test(amount)) return sendJson(res, 422, { state: 1, errors: { amount: ['validation.numeric'] } });
        const [whole, frac = ''] = amount.split('.');
        const lifetime = Number(b.lifetime ?? 3600);
        if (lifetime < 300 || lifetime > 43200) return sendJson(res, 422, { state: 1, errors: { lifetime: ['validation.between'] } });
        const p: Payment = {
          uuid: randomUUID(), orderId: String(b.order_id), amount, amountCents: Number(whole) * 100 + Number(frac.padEnd(2, '0')), paidCents: 0,
          status: 'check', callbackUrl: String(b.url_callback), additionalData: typeof b.additional_data === 'string' ? b.additional_data : null,
          expiredAt: Math.floor(Date.now() / 1000) + lifetime,
        };
        payments.set(p.uuid, p);
        return sendJson(res, 200, { state: 0, result: result(p) });
      }
      if (url.pathname === '/v1/payment/info') {
        const p = [...payments.values()].find((x) => x.uuid === b.uuid || x.orderId === b.order_id);
        return p ? sendJson(res, 200, { state: 0, result: result(p) }) : sendJson(res, 404, { state: 1, message: 'Payment not found' });
      }
      return sendJson(res, 404, { state: 1, message: 'Not found' });
    }
    const page = /^\/pay\/([^/]+)(\/pay)?$/.exec(url.pathname);
    const p = page ? payments.get(page[1]!) : undefined;
    if (!page || !p) return sendJson(res, 404, { state: 1, message: 'Not found' });
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(payPage({ title: `Payment ${escapeHtml(p.orderId)}`, amountCents: p.amountCents, status: p.status, payPath: `/pay/${p.uuid}/pay` }));
    }
    void pay(p);
    return sendJson(res, 200, { state: 0, result: result(p) });
  }, opts.port ?? 0);
  base = server.url;

  return {
    url: server.url,
    merchant: opts.merchant,
    paymentKey: opts.paymentKey,
    payments,
    callbacks,
    pay: (uuid, cents) => pay(need(uuid), cents),
    expire: (uuid) => {
      const p = need(uuid);
      p.status = 'cancel';
      return callBack(p);
    },
    replay: (uuid) => callBack(need(uuid)),
    forge: (uuid) => callBack(need(uuid), 'a-guessed-key'),
    close: async () => {
      await callbacks.idle();
      await server.close();
    },
  };
}
