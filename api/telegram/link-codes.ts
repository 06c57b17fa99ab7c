// One-time codes: `/link <username>` posts a 6-digit code into a ticket on that panel
// account, and whoever can read the account's tickets sends it back within 15 minutes, in
// at most 5 tries. Only an HMAC of the code is stored; a user may ask for a new code once a
// minute (each one also shows up as a ticket on the account), so tries cannot be multiplied
// by asking again and again.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { Sql } from '../../infra/db/database.js';
import { saveLink, type TelegramLink } from './links.js';

export const CODE_TTL_SECONDS = 15 * 60;
export const MAX_CODE_TRIES = 5;
export const CODE_COOLDOWN_SECONDS = 60;

export type NewCode = { ok: true; code: string } | { ok: false; retryInSeconds: number };

export type CodeCheck =
  | { outcome: 'linked'; link: TelegramLink }
  | { outcome: 'wrong'; triesLeft: number }
  | { outcome: 'exhausted' | 'expired' | 'none' };

export function isCodeLike(text: string): boolean {
  return /^\s*\d{6}\s*$/.test(text);
}

export async function createLinkCode(sql: Sql, key: Buffer, tenantId: string, telegramUserId: number, customer: string): Promise<NewCode> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const [row] = await sql<{ created: boolean }[]>`
    insert into telegram_link_codes (tenant_id, telegram_user_id, customer, code_mac, expires_at)
    values (${tenantId}, ${telegramUserId}, ${customer}, ${codeMac(key, tenantId, telegramUserId, code)},
            now() + make_interval(secs => ${CODE_TTL_SECONDS}))
    on conflict (tenant_id, telegram_user_id) do update set
      customer = excluded.customer, code_mac = excluded.code_mac, attempts = 0,
      expires_at = excluded.expires_at, created_at = now()
    where telegram_link_codes.created_at <= now() - make_interval(secs => ${CODE_COOLDOWN_SECONDS})
    returning true as created`;
  if (row) return { ok: true, code };
  const [wait] = await sql<{ seconds: number }[]>`
    select greatest(1, ceil(extract(epoch from created_at + make_interval(secs => ${CODE_COOLDOWN_SECONDS}) - now())))::int as seconds
    from telegram_link_codes where tenant_id = ${tenantId} and telegram_user_id = ${telegramUserId}`;
  return { ok: false, retryInSeconds: wait?.seconds ?? CODE_COOLDOWN_SECONDS };
}

/** The code could not be delivered: forget it, so the user may ask again at once. */
export async function dropLinkCode(sql: Sql, tenantId: string, telegramUserId: number): Promise<void> {
  await sql`delete from telegram_link_codes where tenant_id = ${tenantId} and telegram_user_id = ${telegramUserId}`;
}

/** A code that may still be tried (an expired one too, so its sender hears why it fails). */
export async function hasPendingCode(sql: Sql, tenantId: string, telegramUserId: number): Promise<boolean> {
  const [row] = await sql`
    select 1 from telegram_link_codes
    where tenant_id = ${tenantId} and telegram_user_id = ${telegramUserId} and attempts < ${MAX_CODE_TRIES}`;
  return row !== undefined;
}

/** A try is counted before the comparison, so concurrent tries cannot exceed the limit. */
export async function checkLinkCode(sql: Sql, key: Buffer, tenantId: string, telegramUserId: number, code: string): Promise<CodeCheck> {
  const [row] = await sql<{ customer: string; code_mac: string; attempts: number }[]>`
    update telegram_link_codes set attempts = attempts + 1
    where tenant_id = ${tenantId} and telegram_user_id = ${telegramUserId} and expires_at > now() and attempts < ${MAX_CODE_TRIES}
    returning customer, code_mac, attempts`;
  if (!row) {
    const [stale] = await sql<{ expired: boolean }[]>`
      update telegram_link_codes set attempts = ${MAX_CODE_TRIES}
      where tenant_id = ${tenantId} and telegram_user_id = ${telegramUserId} and attempts < ${MAX_CODE_TRIES}
      returning expires_at <= now() as expired`;
    return { outcome: !stale ? 'none' : stale.expired ? 'expired' : 'exhausted' };
  }
  const given = Buffer.from(codeMac(key, tenantId, telegramUserId, code.trim()), 'hex');
  if (timingSafeEqual(given, Buffer.from(row.code_mac, 'hex'))) {
    const link = await sql.begin(async (tx) => {
      await tx`delete from telegram_link_codes where tenant_id = ${tenantId} and telegram_user_id = ${telegramUserId}`;
      return saveLink(tx, tenantId, telegramUserId, row.customer, 'code');
    });
    return { outcome: 'linked', link };
  }
  // A spent code stays until the cooldown lets its user ask again: deleting it would let
  // /link hand out fresh tries at once.
  if (row.attempts >= MAX_CODE_TRIES) return { outcome: 'exhausted' };
  return { outcome: 'wrong', triesLeft: MAX_CODE_TRIES - row.attempts };
}

function codeMac(key: Buffer, tenantId: string, telegramUserId: number, code: string): string {
  return createHmac('sha256', key).update(`telegram-code:v1:${tenantId}:${telegramUserId}:${code}`).digest('hex');
}
