// A tenant's Telegram connections: the customer/provider bot (token sealed) and the
// owner's userbot session (sealed). Written by the API, read by activities.
import type { Sql } from '../db/database.js';
import type { SecretBox } from '../crypto.js';

export interface TelegramBotChannel {
  token: string;
  mode: 'polling' | 'webhook';
  adminChatId: string | null;
  webhookSecret: string | null;
}

export interface UserbotChannel {
  apiId: number;
  apiHash: string;
  session: string;
}

export async function saveTelegramBot(sql: Sql, box: SecretBox, tenantId: string, bot: TelegramBotChannel): Promise<void> {
  const secretEnc = bot.webhookSecret === null ? null : box.seal(bot.webhookSecret);
  await sql`
    insert into tenant_channels (tenant_id, kind, secret_enc, mode, admin_chat_id, webhook_secret, webhook_secret_enc)
    values (${tenantId}, 'telegram', ${box.seal(bot.token)}, ${bot.mode}, ${bot.adminChatId}, null, ${secretEnc})
    on conflict (tenant_id, kind) do update set secret_enc = excluded.secret_enc, mode = excluded.mode,
      admin_chat_id = excluded.admin_chat_id, webhook_secret = null, webhook_secret_enc = excluded.webhook_secret_enc, updated_at = now()`;
}

export async function readTelegramBot(sql: Sql, box: SecretBox, tenantId: string): Promise<TelegramBotChannel | null> {
  const [row] = await sql<{ secret_enc: string; mode: 'polling' | 'webhook'; admin_chat_id: string | null; webhook_secret: string | null; webhook_secret_enc: string | null }[]>`
    select secret_enc, mode, admin_chat_id, webhook_secret, webhook_secret_enc from tenant_channels where tenant_id = ${tenantId} and kind = 'telegram'`;
  if (!row) return null;
  let webhookSecret = row.webhook_secret_enc === null ? null : box.open(row.webhook_secret_enc);
  if (row.webhook_secret !== null) {
    // Stored in plain text by an earlier version: sealed now, the plain copy dropped.
    webhookSecret = row.webhook_secret;
    await sql`
      update tenant_channels set webhook_secret_enc = ${box.seal(row.webhook_secret)}, webhook_secret = null
      where tenant_id = ${tenantId} and kind = 'telegram' and webhook_secret = ${row.webhook_secret}`;
  }
  return { token: box.open(row.secret_enc), mode: row.mode, adminChatId: row.admin_chat_id, webhookSecret };
}

export async function saveUserbot(sql: Sql, box: SecretBox, tenantId: string, ub: UserbotChannel): Promise<void> {
  await sql`
    insert into tenant_channels (tenant_id, kind, secret_enc, settings)
    values (${tenantId}, 'userbot', ${box.seal(JSON.stringify(ub))}, '{}'::jsonb)
    on conflict (tenant_id, kind) do update set secret_enc = excluded.secret_enc, updated_at = now()`;
}

export async function readUserbot(sql: Sql, box: SecretBox, tenantId: string): Promise<UserbotChannel | null> {
  const [row] = await sql<{ secret_enc: string }[]>`
    select secret_enc from tenant_channels where tenant_id = ${tenantId} and kind = 'userbot'`;
  return row ? (JSON.parse(box.open(row.secret_enc)) as UserbotChannel) : null;
}

/** The bot's @username (from getMe), for t.me deep links. */
export async function saveTelegramBotUsername(sql: Sql, tenantId: string, username: string): Promise<void> {
  await sql`update tenant_channels set bot_username = ${username}, updated_at = now() where tenant_id = ${tenantId} and kind = 'telegram'`;
}

export async function readTelegramBotUsername(sql: Sql, tenantId: string): Promise<string | null> {
  const [row] = await sql<{ bot_username: string | null }[]>`
    select bot_username from tenant_channels where tenant_id = ${tenantId} and kind = 'telegram'`;
  return row?.bot_username ?? null;
}

/** Tenants whose bot reads its updates by long polling. */
export async function listPollingTelegramTenants(sql: Sql): Promise<string[]> {
  const rows = await sql<{ tenant_id: string }[]>`
    select tenant_id from tenant_channels where kind = 'telegram' and mode = 'polling' order by tenant_id`;
  return rows.map((r) => r.tenant_id);
}
