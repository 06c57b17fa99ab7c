// A NOWPayments-protocol gateway on loopback: invoices created with `x-api-key`, payments
// read by ID, and IPN callbacks signed in `x-nowpayments-sig` with HMAC-SHA512 over the
// body with its keys sorted: at the top level only by default (the documented one-liner),
// recursively when `recursiveSort` is set. The IPN carries a nested `fee` object, so the
// two ways differ.
import { listenLoopback, readBody, sendJson } from '../http.js';
import { nowPaymentsSign, recursivelySortedJson, topLevelSortedJson } from '../../../infra/payments/nowpayments.js';
import { centsToDecimal } from '../../../infra/payments/gateway.js';
import { createCallbackSender, type CallbackSender } from './callbacks.js';
import { escapeHtml, payPage } from './page.js';

interface NpInvoice {
  id: string;
  orderId: string;
  amountCents: number;
  callbackUrl: string;
  paymentId: string | null;
}

interface NpPayment {
  paymentId: string;
  invoiceId: string;
  orderId: string;
  amountCents: number;
  paidCents: number;
  status: string;
}

export interface NowPaymentsSim {
  url: string;
  apiKey: string;
  ipnSecret: string;
  invoices: Map<string, NpInvoice>;
  payments: Map<string, NpPayment>;
  callbacks: CallbackSender;
  recursiveSort: boolean;
  /** Pays the invoice (all, or `cents`: partially_paid). Sends the IPN. */
  pay(invoiceId: string, cents?: number): Promise<number | null>;
  expire(invoiceId: string): Promise<number | null>;
  replay(invoiceId: string): Promise<number | null>;
  forge(invoiceId: string): Promise<number | null>;
  close(): Promise<void>;
}

export async function startNowPaymentsSim(opts: { apiKey: string; ipnSecret: string; port?: number; recursiveSort?: boolean; callbackRetry?: { maxAttempts?: number; firstDelayMs?: number } }): Promise<NowPaymentsSim> {
  const invoices = new Map<string, NpInvoice>();
  const payments = new Map<string, NpPayment>();
  const callbacks = createCallbackSender(opts.callbackRetry);
  let seq = 5_000_000;
  let base = '';

  const paymentView = (p: NpPayment) => ({
    payment_id: Number(p.paymentId), invoice_id: Number(p.invoiceId), payment_status: p.status, pay_address: 'TXsimulatedaddress',
    price_amount: Number(centsToDecimal(p.amountCents)), price_currency: 'usd', pay_amount: Number(centsToDecimal(p.amountCents)),
    actually_paid: Number(centsToDecimal(p.paidCents)), pay_currency: 'usdttrc20', order_id: p.orderId, order_description: null,
    outcome_amount: Number(centsToDecimal(p.paidCents)), outcome_currency: 'usdttrc20',
    fee: { currency: 'usdttrc20', depositFee: 0, withdrawalFee: 0, serviceFee: 0.01 },
  });
  const ipn = (p: NpPayment, secret: string) => {
    const body = paymentView(p);
    const signed = sim.recursiveSort ? recursivelySortedJson(body) : topLevelSortedJson(body);
    return callbacks.send(invoices.get(p.invoiceId)!.callbackUrl, JSON.stringify(body), { 'x-nowpayments-sig': nowPaymentsSign(signed, secret) });
  };
  const paymentOf = (inv: NpInvoice): NpPayment => {
    if (!inv.paymentId) {
      inv.paymentId = String(++seq);
      payments.set(inv.paymentId, { paymentId: inv.paymentId, invoiceId: inv.id, orderId: inv.orderId, amountCents: inv.amountCents, paidCents: 0, status: 'waiting' });
    }
    return payments.get(inv.paymentId)!;
  };
  const need = (id: string) => {
    const inv = invoices.get(id);
    if (!inv) throw new Error(`nowpayments sim: no invoice ${id}`);
    return inv;
  };
  const pay = (inv: NpInvoice, cents?: number) => {
    const p = paymentOf(inv);
    p.paidCents += cents ?? p.amountCents - p.paidCents;
    p.status = p.paidCents >= p.amountCents ? 'finished' : 'partially_paid';
    return ipn(p, opts.ipnSecret);
  };

  const server = await listenLoopback(async (req, res) => {
    const url = new URL(req.url ?? '/', base);
    if (url.pathname.startsWith('/v1/')) {
      if (req.headers['x-api-key'] !== opts.apiKey) return sendJson(res, 403, { statusCode: 403, code: 'INVALID_API_KEY', message: 'Invalid api key' });
      if (req.method === 'POST' && url.pathname === '/v1/invoice') {
        const b = JSON.parse(await readBody(req)) as { price_amount: number; order_id: string; ipn_callback_url: string };
        // price_amount arrives as a JSON number with at most two decimals.
        const cents = Math.round(b.price_amount * 100);
        if (!(cents > 0) || Math.abs(b.price_amount * 100 - cents) > 1e-6) return sendJson(res, 400, { code: 'INVALID_REQUEST_PARAMS', message: 'price_amount' });
        const inv: NpInvoice = { id: String(++seq), orderId: b.order_id, amountCents: cents, callbackUrl: b.ipn_callback_url, paymentId: null };
        invoices.set(inv.id, inv);
        return sendJson(res, 200, { id: inv.id, order_id: inv.orderId, price_amount: String(b.price_amount), price_currency: 'usd', invoice_url: `${base}/invoice/${inv.id}`, created_at: new Date().toISOString() });
      }
      const m = /^\/v1\/payment\/(\d+)$/.exec(url.pathname);
      const p = m ? payments.get(m[1]!) : undefined;
      if (req.method === 'GET' && p) return sendJson(res, 200, paymentView(p));
      return sendJson(res, 404, { code: 'NOT_FOUND', message: 'Not found' });
    }
    const page = /^\/invoice\/(\d+)(\/pay)?$/.exec(url.pathname);
    const inv = page ? invoices.get(page[1]!) : undefined;
    if (!page || !inv) return sendJson(res, 404, { message: 'Not found' });
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(payPage({ title: `Invoice ${escapeHtml(inv.orderId)}`, amountCents: inv.amountCents, status: inv.paymentId ? payments.get(inv.paymentId)!.status : 'waiting', payPath: `/invoice/${inv.id}/pay` }));
    }
    void pay(inv);
    return sendJson(res, 200, paymentView(paymentOf(inv)));
  }, opts.port ?? 0);
  base = server.url;

  const sim: NowPaymentsSim = {
    url: server.url,
    apiKey: opts.apiKey,
    ipnSecret: opts.ipnSecret,
    invoices,
    payments,
    callbacks,
    recursiveSort: opts.recursiveSort ?? false,
    pay: (id, cents) => pay(need(id), cents),
    expire: (id) => {
      const p = paymentOf(need(id));
      p.status = 'expired';
      return ipn(p, opts.ipnSecret);
    },
    replay: (id) => ipn(paymentOf(need(id)), opts.ipnSecret),
    forge: (id) => ipn(paymentOf(need(id)), 'a-guessed-secret'),
    close: async () => {
      await callbacks.idle();
      await server.close();
    },
  };
  return sim;
}
