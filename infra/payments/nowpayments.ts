// NOWPayments: `x-api-key` on requests; IPN callbacks carry `x-nowpayments-sig`, the hex
// HMAC-SHA512 of the body's JSON with its keys sorted. The documented one-liner sorts only
// the top level (a nested object then serialises as {}), newer clients sort recursively:
// both are accepted.
import { createHmac } from 'node:crypto';
import {
  centsToDecimal, GatewayError, gatewayJson, headerOf, parseJsonObject, safeEqual,
  type CallbackClaim, type CallbackHeaders, type GatewayInvoice, type GatewayState, type InvoiceStatus, type NewGatewayInvoice, type PaymentGateway,
} from './gateway.js';

export interface NowPaymentsOptions {
  apiRoot: string;
  apiKey: string;
  ipnSecret: string;
}

/** JSON.stringify(body, Object.keys(body).sort()): the replacer list applies at every depth. */
export function topLevelSortedJson(body: Record<string, unknown>): string {
  return JSON.stringify(body, Object.keys(body).sort());
}

export function recursivelySortedJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort)
      : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]))
        : v;
  return JSON.stringify(sort(value));
}

export function nowPaymentsSign(json: string, ipnSecret: string): string {
  return createHmac('sha512', ipnSecret).update(json).digest('hex');
}

const STATUSES: Record<string, InvoiceStatus> = {
  finished: 'paid',
  partially_paid: 'underpaid_open',
  failed: 'failed',
  refunded: 'refunded',
  expired: 'expired',
};

export function nowPaymentsStatus(status: string): InvoiceStatus {
  // waiting, confirming, confirmed, sending: the payment is still under way.
  return STATUSES[status] ?? 'pending';
}

export function createNowPaymentsGateway(opts: NowPaymentsOptions): PaymentGateway {
  const root = opts.apiRoot.replace(/\/$/, '');
  const headers = { 'content-type': 'application/json', 'x-api-key': opts.apiKey };
  return {
    name: 'nowpayments',
    async createInvoice(input: NewGatewayInvoice): Promise<GatewayInvoice> {
      const r = (await gatewayJson('nowpayments', `${root}/v1/invoice`, {
        method: 'POST',
        headers,
        // The API takes a JSON number; the decimal string is exact, so is the number it parses to.
        body: `{"price_amount":${centsToDecimal(input.amountCents)},"price_currency":"usd","order_id":${JSON.stringify(input.orderId)},` +
          `"order_description":${JSON.stringify(input.description)},"ipn_callback_url":${JSON.stringify(input.callbackUrl)}}`,
      })) as { id?: string | number; invoice_url?: string };
      if (r.id === undefined || !r.invoice_url) throw new GatewayError(`nowpayments invoice answer lacks id/invoice_url: ${JSON.stringify(r).slice(0, 200)}`);
      return { ref: String(r.id), url: r.invoice_url, expiresAt: null };
    },
    /** The IPN names the payment; its status is re-read by payment ID. */
    async fetchInvoice(ref: string): Promise<GatewayState> {
      const r = (await gatewayJson('nowpayments', `${root}/v1/payment/${encodeURIComponent(ref)}`, { headers })) as {
        payment_id?: string | number; order_id?: string; payment_status?: string;
      };
      if (!r.payment_status || typeof r.order_id !== 'string') throw new GatewayError(`nowpayments payment ${ref} answer lacks payment_status/order_id`);
      return { ref: String(r.payment_id ?? ref), orderId: r.order_id, status: nowPaymentsStatus(r.payment_status) };
    },
    verifyCallback(rawBody: Buffer, reqHeaders: CallbackHeaders): CallbackClaim | null {
      const sig = headerOf(reqHeaders, 'x-nowpayments-sig')?.toLowerCase();
      if (!sig) return null;
      const b = parseJsonObject(rawBody);
      if (!b) return null;
      const candidates = [topLevelSortedJson(b), recursivelySortedJson(b)];
      // Both candidates are always computed and compared, so timing says nothing about which matched.
      const matches = candidates.map((json) => safeEqual(nowPaymentsSign(json, opts.ipnSecret), sig));
      if (!matches.some(Boolean)) return null;
      if (typeof b.order_id !== 'string' || (typeof b.payment_id !== 'string' && typeof b.payment_id !== 'number')) return null;
      return { orderId: b.order_id, ref: String(b.payment_id) };
    },
  };
}
