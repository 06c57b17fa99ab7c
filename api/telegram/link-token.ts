// Deep-link tokens for `t.me/<bot>?start=<token>`. Telegram allows 64 characters of
// [A-Za-z0-9_-], too few for a panel username, so the token carries a random nonce (the key
// of the row that says for whom it was issued), its expiry and an HMAC over both and the
// tenant: a token cannot be guessed, altered, stretched, or used at another shop's bot.
// WhatsApp links use the same tokens under their own purpose, so neither channel accepts the
// other's.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const LINK_TOKEN_TTL_MS = 24 * 3600_000;

const NONCE_BYTES = 12;
const EXPIRY_BYTES = 4;
const MAC_BYTES = 16;
const TOKEN_BYTES = NONCE_BYTES + EXPIRY_BYTES + MAC_BYTES;

export interface SignedLinkToken {
  /** 43 characters of base64url. */
  token: string;
  nonce: string;
  expiresAt: Date;
}

export type LinkTokenCheck =
  | { ok: true; nonce: string; expiresAt: Date }
  | { ok: false; reason: 'invalid' | 'expired' };

export type LinkPurpose = 'telegram-link' | 'whatsapp-link';

export function signLinkToken(key: Buffer, tenantId: string, now: Date, ttlMs = LINK_TOKEN_TTL_MS, purpose: LinkPurpose = 'telegram-link'): SignedLinkToken {
  const nonce = randomBytes(NONCE_BYTES);
  const expiry = Buffer.alloc(EXPIRY_BYTES);
  const expiresAt = Math.floor((now.getTime() + ttlMs) / 1000);
  expiry.writeUInt32BE(expiresAt);
  const token = Buffer.concat([nonce, expiry, mac(key, tenantId, nonce, expiry, purpose)]).toString('base64url');
  return { token, nonce: nonce.toString('base64url'), expiresAt: new Date(expiresAt * 1000) };
}

/** Checks the signature first, so a forged token costs no database work. */
export function verifyLinkToken(key: Buffer, tenantId: string, token: string, now: Date, purpose: LinkPurpose = 'telegram-link'): LinkTokenCheck {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { ok: false, reason: 'invalid' };
  const raw = Buffer.from(token, 'base64url');
  if (raw.length !== TOKEN_BYTES) return { ok: false, reason: 'invalid' };
  const nonce = raw.subarray(0, NONCE_BYTES);
  const expiry = raw.subarray(NONCE_BYTES, NONCE_BYTES + EXPIRY_BYTES);
  const given = raw.subarray(NONCE_BYTES + EXPIRY_BYTES);
  if (!timingSafeEqual(given, mac(key, tenantId, nonce, expiry, purpose))) return { ok: false, reason: 'invalid' };
  const expiresAt = new Date(expiry.readUInt32BE() * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, nonce: nonce.toString('base64url'), expiresAt };
}

function mac(key: Buffer, tenantId: string, nonce: Buffer, expiry: Buffer, purpose: LinkPurpose): Buffer {
  return createHmac('sha256', key)
    .update(`${purpose}:v1:${tenantId}:`)
    .update(nonce)
    .update(expiry)
    .digest()
    .subarray(0, MAC_BYTES);
}
