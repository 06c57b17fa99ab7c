// Which panel customer a Telegram user is, per tenant, and the deep-link tokens that prove
// it. A token is issued for one customer, expires, and is spent by its first use.
import type { TransactionSql } from 'postgres';
import type { Sql } from '../../infra/db/database.js';
import { signLinkToken, verifyLinkToken, LINK_TOKEN_TTL_MS } from './link-token.js';

export interface TelegramLink {
  /** Names the customer's conversation: a new link to another account starts a new one. */
  id: string;
  customer: string;
}

export type LinkMethod = 'token' | 'code';

export type RedeemResult = { ok: true; link: TelegramLink } | { ok: false; reason: 'invalid' | 'expired' | 'used' };

type Db = Sql | TransactionSql;

export async function findLink(sql: Db, tenantId: string, telegramUserId: number): Promise<TelegramLink | null> {
  const [row] = await sql<TelegramLink[]>`
    select id::text, customer from telegram_links where tenant_id = ${tenantId} and telegram_user_id = ${telegramUserId}`;
  return row ?? null;
}

/** Linking again to the same customer keeps the link (and its conversation). */
export async function saveLink(sql: Db, tenantId: string, telegramUserId: number, customer: string, method: LinkMethod): Promise<TelegramLink> {
  const [row] = await sql<TelegramLink[]>`
    insert into telegram_links (tenant_id, telegram_user_id, customer, method)
    values (${tenantId}, ${telegramUserId}, ${customer}, ${method})
    on conflict (tenant_id, telegram_user_id) do update set
      id = case when telegram_links.customer = excluded.customer then telegram_links.id else excluded.id end,
      customer = excluded.customer, method = excluded.method, linked_at = now()
    returning id::text, customer`;
  if (!row) throw new Error('telegram link upsert returned no row');
  return row;
}

export async function issueLinkToken(
  sql: Sql,
  key: Buffer,
  tenantId: string,
  customer: string,
  now = new Date(),
  ttlMs = LINK_TOKEN_TTL_MS,
): Promise<{ token: string; expiresAt: Date }> {
  const signed = signLinkToken(key, tenantId, now, ttlMs);
  await sql`
    insert into telegram_link_tokens (nonce, tenant_id, customer, expires_at)
    values (${signed.nonce}, ${tenantId}, ${customer}, ${signed.expiresAt})`;
  return { token: signed.token, expiresAt: signed.expiresAt };
}

/** Spends the token and links the user in one transaction: two presses link once. */
export async function redeemLinkToken(sql: Sql, key: Buffer, tenantId: string, token: string, telegramUserId: number, now = new Date()): Promise<RedeemResult> {
  const check = verifyLinkToken(key, tenantId, token, now);
  if (!check.ok) return check;
  return sql.begin(async (tx): Promise<RedeemResult> => {
    const [spent] = await tx<{ customer: string }[]>`
      update telegram_link_tokens set used_at = now(), used_by = ${telegramUserId}
      where nonce = ${check.nonce} and tenant_id = ${tenantId} and used_at is null and expires_at > ${now}
      returning customer`;
    if (!spent) {
      const [known] = await tx<{ used: boolean }[]>`
        select used_at is not null as used from telegram_link_tokens where nonce = ${check.nonce} and tenant_id = ${tenantId}`;
      return { ok: false, reason: !known ? 'invalid' : known.used ? 'used' : 'expired' };
    }
    return { ok: true, link: await saveLink(tx, tenantId, telegramUserId, spent.customer, 'token') };
  });
}
