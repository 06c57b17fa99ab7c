// The development gateway's client. Its protocol is small (create, read, a signed callback)
// but it behaves like a real gateway: the callback is signed (hex HMAC-SHA256 of the raw
// body in `x-dev-signature`), retried until acknowledged, and may arrive more than once.
import { createHmac } from 'node:crypto';
import {
  gatewayJson, headerOf, parseJsonObject, safeEqual,
  type CallbackClaim, type CallbackHeaders, type GatewayInvoice, type GatewayState, type InvoiceStatus, type NewGatewayInvoice, type PaymentGateway,
} from './gateway.js';

export interface DevGatewayOptions {
  apiRoot: string;
  secret: string;
}

export const DEV_SIGNATURE_HEADER = 'x-dev-signature';

export function devSign(rawBody: string | Buffer, secret: string): string {
  return createHmac('sha256', secret).update(rawBody).digest('hex');
}

interface DevInvoice {
  id: string;
  order_id: string;
  url: string;
  status: InvoiceStatus;
  expires_at: string | null;
}

export function createDevGateway(opts: DevGatewayOptions): PaymentGateway {
  const root = opts.apiRoot.replace(/\/$/, '');
  const headers = { 'content-type': 'application/json', 'x-api-key': opts.secret };
  return {
    name: 'dev',
    async createInvoice(input: NewGatewayInvoice): Promise<GatewayInvoice> {
      const r = (await gatewayJson('dev gateway', `${root}/api/invoices`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ order_id: input.orderId, amount_cents: input.amountCents, currency: input.currency, callback_url: input.callbackUrl, description: input.description }),
      })) as DevInvoice;
      return { ref: r.id, url: r.url, expiresAt: r.expires_at ? new Date(r.expires_at) : null };
    },
    async fetchInvoice(ref: string): Promise<GatewayState> {
      const r = (await gatewayJson('dev gateway', `${root}/api/invoices/${encodeURIComponent(ref)}`, { headers })) as DevInvoice;
      return { ref: r.id, orderId: r.order_id, status: r.status };
    },
    verifyCallback(rawBody: Buffer, reqHeaders: CallbackHeaders): CallbackClaim | null {
      const sig = headerOf(reqHeaders, DEV_SIGNATURE_HEADER);
      if (!sig || !safeEqual(devSign(rawBody, opts.secret), sig.toLowerCase())) return null;
      const b = parseJsonObject(rawBody);
      return typeof b?.id === 'string' && typeof b.order_id === 'string' ? { orderId: b.order_id, ref: b.id } : null;
    },
  };
}
