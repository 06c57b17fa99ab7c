// Cryptomus, and Heleket which speaks the same protocol on another host. Requests and
// callbacks are signed md5(base64(json) + payment key); in a callback the `sign` sits inside
// the body and the rest is re-encoded the way PHP's json_encode does, which escapes '/'.
import { createHash } from 'node:crypto';
import {
  centsToDecimal, GatewayError, gatewayJson, parseJsonObject, safeEqual,
  type CallbackClaim, type GatewayInvoice, type GatewayState, type InvoiceStatus, type NewGatewayInvoice, type PaymentGateway,
} from './gateway.js';

export interface CryptomusOptions {
  name: 'cryptomus' | 'heleket';
  apiRoot: string;
  merchant: string;
  paymentKey: string;
  /** Seconds a payment page stays open (the API accepts 300–43200). */
  lifetimeSeconds?: number;
}

export function cryptomusSign(json: string, paymentKey: string): string {
  return createHash('md5').update(Buffer.from(json, 'utf8').toString('base64') + paymentKey).digest('hex');
}

/** JSON as PHP's json_encode(..., JSON_UNESCAPED_UNICODE) writes it: like JSON.stringify, but '/' → '\/'. */
export function phpJsonEncode(value: unknown): string {
  return JSON.stringify(value).replace(/\//g, '\\/');
}

const STATUSES: Record<string, InvoiceStatus> = {
  paid: 'paid',
  paid_over: 'paid',
  wrong_amount_waiting: 'underpaid_open',
  wrong_amount: 'underpaid_final',
  cancel: 'expired',
  fail: 'failed',
  system_fail: 'failed',
  refund_process: 'refunded',
  refund_fail: 'refunded',
  refund_paid: 'refunded',
};

export function cryptomusStatus(status: string): InvoiceStatus {
  // check, process, confirm_check, locked: the payment is still under way.
  return STATUSES[status] ?? (status.startsWith('refund') ? 'refunded' : 'pending');
}

interface PaymentResult {
  uuid: string;
  order_id: string;
  url: string;
  expired_at?: number | null;
  payment_status?: string;
  status?: string;
}

export function createCryptomusGateway(opts: CryptomusOptions): PaymentGateway {
  const call = async (path: string, body: Record<string, unknown>): Promise<PaymentResult> => {
    const json = JSON.stringify(body);
    const answer = (await gatewayJson(opts.name, `${opts.apiRoot.replace(/\/$/, '')}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', merchant: opts.merchant, sign: cryptomusSign(json, opts.paymentKey) },
      body: json,
    })) as { state?: number; result?: PaymentResult; message?: string };
    if (answer.state !== 0 || !answer.result) throw new GatewayError(`${opts.name} ${path} refused: ${answer.message ?? JSON.stringify(answer).slice(0, 200)}`);
    return answer.result;
  };

  return {
    name: opts.name,
    async createInvoice(input: NewGatewayInvoice): Promise<GatewayInvoice> {
      // order_id is unique per merchant: a retried create returns the same invoice.
      const r = await call('/v1/payment', {
        amount: centsToDecimal(input.amountCents),
        currency: input.currency,
        order_id: input.orderId,
        url_callback: input.callbackUrl,
        lifetime: opts.lifetimeSeconds ?? 3600,
        additional_data: input.description,
      });
      return { ref: r.uuid, url: r.url, expiresAt: r.expired_at ? new Date(r.expired_at * 1000) : null };
    },
    async fetchInvoice(ref: string): Promise<GatewayState> {
      const r = await call('/v1/payment/info', { uuid: ref });
      return { ref: r.uuid, orderId: r.order_id, status: cryptomusStatus(r.payment_status ?? r.status ?? '') };
    },
    verifyCallback(rawBody: Buffer): CallbackClaim | null {
      const body = parseJsonObject(rawBody);
      if (!body) return null;
      const { sign, ...rest } = body;
      if (typeof sign !== 'string') return null;
      if (!safeEqual(cryptomusSign(phpJsonEncode(rest), opts.paymentKey), sign.toLowerCase())) return null;
      if (typeof rest.order_id !== 'string' || typeof rest.uuid !== 'string') return null;
      return { orderId: rest.order_id, ref: rest.uuid };
    },
  };
}
