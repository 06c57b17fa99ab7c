// Which panel customer a WhatsApp number is, per tenant. Proof works as on Telegram: the owner
// issues a signed, single-use token for one customer (shown on the customer's account page as
// a wa.me link that pre-fills "LINK <token>"), and the number that sends it back is linked.
// A number typed into the chat, or a name, is never proof.
import type { TransactionSql } from 'postgres';
import type { Sql } from '../../infra/db/database.js';
import { signLinkToken, verifyLinkToken, LINK_TOKEN_TTL_MS } from '../telegram/link-token.js';

export interface WhatsAppLink {
  /** Names the customer's conversation: a new link to another account starts a new one. */
  id: string;
  customer: string;
}

export type RedeemResult = { ok: true; link: WhatsAppLink } | { ok: false; reason: 'invalid' | 'expired' | 'used' };

type Db = Sql | TransactionSql;

/** "LINK <43 characters>", as the wa.me link pre-fills it (any case, spaces around). */
const LINK_MESSAGE = /^\s*link\s+([A-Za-z0-9_-]{43})\s*$/i;

export function linkTokenIn(text: string): string | null {
  return LINK_MESSAGE.exec(text)?.[1] ?? null;
}

export function linkMessage(token: string): string {
  return `LINK ${token}`;
}

export async function findWhatsAppLink(sql: Db, tenantId: string, waId: string): Promise<WhatsAppLink | null> {
  const [row] = await sql<WhatsAppLink[]>`
    select id::text, customer from whatsapp_links where tenant_id = ${tenantId} and wa_id = ${waId}`;
  return row ?? null;
}

/** Linking again to the same customer keeps the link (and its conversation). */
async function saveWhatsAppLink(sql: Db, tenantId: string, waId: string, customer: string): Promise<WhatsAppLink> {
  const [row] = await sql<WhatsAppLink[]>`
    insert into whatsapp_links (tenant_id, wa_id, customer)
    values (${tenantId}, ${waId}, ${customer})
    on conflict (tenant_id, wa_id) do update set
      id = case when whatsapp_links.customer = excluded.customer then whatsapp_links.id else excluded.id end,
      customer = excluded.customer, linked_at = now()
    returning id::text, customer`;
  if (!row) throw new Error('whatsapp link upsert returned no row');
  return row;
}

export async function issueWhatsAppLinkToken(sql: Sql, key: Buffer, tenantId: string, customer: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const signed = signLinkToken(key, tenantId, now, LINK_TOKEN_TTL_MS, 'whatsapp-link');
  await sql`
    insert into whatsapp_link_tokens (nonce, tenant_id, customer, expires_at)
    values (${signed.nonce}, ${tenantId}, ${customer}, ${signed.expiresAt})`;
  return { token: signed.token, expiresAt: signed.expiresAt };
}

/** Spends the token and links the number in one transaction: a repeated message links once. */
export async function redeemWhatsAppLinkToken(sql: Sql, key: Buffer, tenantId: string, token: string, waId: string, now = new Date()): Promise<RedeemResult> {
  const check = verifyLinkToken(key, tenantId, token, now, 'whatsapp-link');
  if (!check.ok) return check;
  return sql.begin(async (tx): Promise<RedeemResult> => {
    const [spent] = await tx<{ customer: string }[]>`
      update whatsapp_link_tokens set used_at = now(), used_by = ${waId}
      where nonce = ${check.nonce} and tenant_id = ${tenantId} and used_at is null and expires_at > ${now}
      returning customer`;
    if (!spent) {
      const [known] = await tx<{ used: boolean }[]>`
        select used_at is not null as used from whatsapp_link_tokens where nonce = ${check.nonce} and tenant_id = ${tenantId}`;
      return { ok: false, reason: !known ? 'invalid' : known.used ? 'used' : 'expired' };
    }
    return { ok: true, link: await saveWhatsAppLink(tx, tenantId, waId, spent.customer) };
  });
}
