// Who is writing in the widget. The panel's server vouches for its logged-in customer in one
// of two ways, both made with the tenant's widget secret: an HMAC-SHA256 of the username (hex,
// as Chatwoot's identifier_hash), or a short-lived HS256 JWT with `sub` (or `user_id`) and
// `exp` (as Intercom's). Anything else is an anonymous visitor; a bad proof is refused, never
// downgraded silently, so a panel with a broken signer hears about it.
import { createHmac, timingSafeEqual } from 'node:crypto';

export type WidgetIdentity =
  | { verified: true; customer: string }
  | { verified: false }
  | { invalid: string };

export interface IdentityClaims {
  customer?: string;
  signature?: string;
  token?: string;
}

/** A JWT may live at most this long: it travels in URLs (Server-Sent Events). */
const MAX_JWT_LIFETIME_S = 24 * 3600;

export function signCustomer(secret: string, customer: string): string {
  return createHmac('sha256', secret).update(customer, 'utf8').digest('hex');
}

export function identify(secret: string, claims: IdentityClaims, now = new Date()): WidgetIdentity {
  if (claims.token) return fromJwt(secret, claims.token, now);
  if (!claims.customer && !claims.signature) return { verified: false };
  if (!claims.customer || !claims.signature) return { invalid: 'customer and signature go together' };
  if (!equalHex(claims.signature, signCustomer(secret, claims.customer))) return { invalid: 'signature does not match the customer' };
  return { verified: true, customer: claims.customer };
}

function fromJwt(secret: string, token: string, now: Date): WidgetIdentity {
  const parts = token.split('.');
  if (parts.length !== 3) return { invalid: 'token is not a JWT' };
  const [head, body, sig] = parts as [string, string, string];
  const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { invalid: 'token signature does not match' };
  let header: { alg?: string };
  let payload: { sub?: unknown; user_id?: unknown; exp?: unknown; iat?: unknown };
  try {
    header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as typeof header;
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as typeof payload;
  } catch {
    return { invalid: 'token is not readable JSON' };
  }
  if (header.alg !== 'HS256') return { invalid: 'token must be HS256' };
  const customer = typeof payload.sub === 'string' ? payload.sub : typeof payload.user_id === 'string' ? payload.user_id : null;
  if (!customer) return { invalid: 'token names no customer (sub or user_id)' };
  const nowS = Math.floor(now.getTime() / 1000);
  if (typeof payload.exp !== 'number') return { invalid: 'token has no exp' };
  if (payload.exp <= nowS) return { invalid: 'token expired' };
  if (payload.exp - nowS > MAX_JWT_LIFETIME_S) return { invalid: 'token lives longer than 24 hours' };
  return { verified: true, customer };
}

function equalHex(given: string, expected: string): boolean {
  if (!/^[0-9a-f]{64}$/i.test(given)) return false;
  return timingSafeEqual(Buffer.from(given.toLowerCase(), 'hex'), Buffer.from(expected, 'hex'));
}
