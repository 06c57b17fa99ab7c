// One interface for every crypto payment gateway. Adapters keep their wire quirks (signing,
// amount formats, status names) to themselves and speak normalised statuses and integer
// cents to the rest of the service.
import { timingSafeEqual } from 'node:crypto';

export const GATEWAY_NAMES = ['dev', 'cryptomus', 'heleket', 'nowpayments'] as const;
export type GatewayName = (typeof GATEWAY_NAMES)[number];

export const INVOICE_STATUSES = ['pending', 'underpaid_open', 'paid', 'underpaid_final', 'expired', 'failed', 'refunded'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export interface NewGatewayInvoice {
  /** Our invoice ID; gateways call it order_id and echo it back in callbacks. */
  orderId: string;
  amountCents: number;
  currency: 'USD';
  callbackUrl: string;
  description: string;
}

export interface GatewayInvoice {
  /** The gateway's own ID of the invoice (what it is re-read by). */
  ref: string;
  /** The payment page. */
  url: string;
  expiresAt: Date | null;
}

export interface GatewayState {
  ref: string;
  orderId: string;
  status: InvoiceStatus;
}

/** What a verified callback is about; its status is only a hint until re-read. */
export interface CallbackClaim {
  orderId: string;
  ref: string;
}

export type CallbackHeaders = Record<string, string | string[] | undefined>;

export interface PaymentGateway {
  readonly name: GatewayName;
  createInvoice(input: NewGatewayInvoice): Promise<GatewayInvoice>;
  /** The invoice as the gateway knows it now: callbacks can be replayed, this cannot. */
  fetchInvoice(ref: string, orderId: string): Promise<GatewayState>;
  /** null: the signature is missing or wrong. Checked on the exact bytes received. */
  verifyCallback(rawBody: Buffer, headers: CallbackHeaders): CallbackClaim | null;
}

/** Integer cents as the decimal string gateways expect: 1234 → "12.34". */
export function centsToDecimal(cents: number): string {
  if (!Number.isInteger(cents) || cents < 0) throw new Error(`amount must be whole cents, got ${cents}`);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** Equal-length hex/ASCII strings compared in constant time; different lengths are unequal. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A callback body as a JSON object, or null when it is anything else. */
export function parseJsonObject(raw: Buffer): Record<string, unknown> | null {
  try {
    const v = JSON.parse(raw.toString('utf8')) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function headerOf(headers: CallbackHeaders, name: string): string | null {
  const v = headers[name.toLowerCase()];
  return typeof v === 'string' ? v : Array.isArray(v) ? (v[0] ?? null) : null;
}

/** The gateway could not be reached or refused the call: nothing was created or read. */
export class GatewayError extends Error {
  override name = 'GatewayError';
}

/** A gateway that answers badly is retried by the caller; the message names the gateway. */
export async function gatewayJson(gateway: string, url: string, init: RequestInit): Promise<unknown> {
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
    text = await res.text();
  } catch (err) {
    throw new GatewayError(`${gateway} ${init.method ?? 'GET'} ${new URL(url).pathname} failed: ${(err as Error).message}`);
  }
  if (!res.ok) throw new GatewayError(`${gateway} ${init.method ?? 'GET'} ${new URL(url).pathname} answered ${res.status}: ${text.slice(0, 200)}`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new GatewayError(`${gateway} answered non-JSON: ${text.slice(0, 200)}`);
  }
}
