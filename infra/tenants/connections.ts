// A tenant's outside connections (panel, providers, count source), stored with secrets
// sealed. Read by activities, written by the API.
import type { Sql } from '../db/database.js';
import type { SecretBox } from '../crypto.js';

export interface PanelConnection {
  type: 'perfectpanel';
  url: string;
  apiKey: string;
}

export interface CountSourceConnection {
  urlTemplate: string;
  countPath: string;
}

export const PROVIDER_DISPATCH = ['api', 'telegram_bot', 'userbot', 'userbot_then_bot'] as const;
export type ProviderDispatch = (typeof PROVIDER_DISPATCH)[number];

export interface ProviderConnection {
  name: string;
  dispatch: ProviderDispatch;
  api: { url: string; key: string } | null;
  telegramChatId: string | null;
}

/**
 * Saves the tenant's panel and returns its generation: the same panel (same URL, a new key)
 * keeps it; a different panel starts a new one, so its tickets and orders never join what
 * the previous panel's opened (SPEC section 9).
 */
export async function savePanel(
  sql: Sql,
  box: SecretBox,
  tenantId: string,
  panel: PanelConnection,
  /** The same panel at a new address (the built-in simulator restarted on another port). */
  opts: { samePanel?: boolean } = {},
): Promise<{ generation: number; switched: boolean }> {
  return sql.begin(async (tx) => {
    // Two saves at once must agree on whether the panel changed.
    const [before] = await tx<{ url: string }[]>`select url from tenant_panels where tenant_id = ${tenantId} for update`;
    const switched = before !== undefined && before.url !== panel.url && !opts.samePanel;
    const [row] = await tx<{ generation: number }[]>`
      insert into tenant_panels (tenant_id, type, url, api_key_enc)
      values (${tenantId}, ${panel.type}, ${panel.url}, ${box.seal(panel.apiKey)})
      on conflict (tenant_id) do update
        set type = excluded.type, url = excluded.url, api_key_enc = excluded.api_key_enc, updated_at = now(),
            generation = tenant_panels.generation + ${switched ? 1 : 0}
      returning generation`;
    return { generation: row!.generation, switched };
  });
}

export async function readPanel(sql: Sql, box: SecretBox, tenantId: string): Promise<(PanelConnection & { generation: number }) | null> {
  const [row] = await sql<{ type: string; url: string; api_key_enc: string; generation: number }[]>`
    select type, url, api_key_enc, generation from tenant_panels where tenant_id = ${tenantId}`;
  if (!row) return null;
  return { type: row.type as 'perfectpanel', url: row.url, apiKey: box.open(row.api_key_enc), generation: row.generation };
}

export async function saveProvider(sql: Sql, box: SecretBox, tenantId: string, p: ProviderConnection): Promise<void> {
  const keyEnc = p.api ? box.seal(p.api.key) : null;
  await sql`
    insert into tenant_providers (tenant_id, name, dispatch, api_url, api_key_enc, telegram_chat_id)
    values (${tenantId}, ${p.name}, ${p.dispatch}, ${p.api?.url ?? null}, ${keyEnc}, ${p.telegramChatId})
    on conflict (tenant_id, name) do update
      set dispatch = excluded.dispatch, api_url = excluded.api_url, api_key_enc = excluded.api_key_enc,
          telegram_chat_id = excluded.telegram_chat_id, updated_at = now()`;
}

export async function readProvider(sql: Sql, box: SecretBox, tenantId: string, name: string): Promise<ProviderConnection | null> {
  const [row] = await sql<{ dispatch: ProviderDispatch; api_url: string | null; api_key_enc: string | null; telegram_chat_id: string | null }[]>`
    select dispatch, api_url, api_key_enc, telegram_chat_id from tenant_providers
    where tenant_id = ${tenantId} and name = ${name}`;
  if (!row) return null;
  return {
    name,
    dispatch: row.dispatch,
    api: row.api_url && row.api_key_enc ? { url: row.api_url, key: box.open(row.api_key_enc) } : null,
    telegramChatId: row.telegram_chat_id,
  };
}

export async function saveCountSource(sql: Sql, tenantId: string, src: CountSourceConnection): Promise<void> {
  await sql`
    insert into tenant_count_sources (tenant_id, url_template, count_path)
    values (${tenantId}, ${src.urlTemplate}, ${src.countPath})
    on conflict (tenant_id) do update
      set url_template = excluded.url_template, count_path = excluded.count_path, updated_at = now()`;
}

export async function readCountSource(sql: Sql, tenantId: string): Promise<CountSourceConnection | null> {
  const [row] = await sql<{ url_template: string; count_path: string }[]>`
    select url_template, count_path from tenant_count_sources where tenant_id = ${tenantId}`;
  return row ? { urlTemplate: row.url_template, countPath: row.count_path } : null;
}
