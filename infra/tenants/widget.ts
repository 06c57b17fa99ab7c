// A tenant's web chat widget: its public ID, its signing secret (sealed at rest) and the
// origins (the panel's sites) allowed to use it. Written by the API, read by widget calls.
import { randomBytes } from 'node:crypto';
import type { Sql } from '../db/database.js';
import type { SecretBox } from '../crypto.js';

export interface WidgetChannel {
  tenantId: string;
  widgetId: string;
  secret: string;
  allowedOrigins: string[];
}

/** Keeps the ID and secret across updates, so snippets and signatures already out keep working. */
export async function saveWidget(sql: Sql, box: SecretBox, tenantId: string, allowedOrigins: string[]): Promise<WidgetChannel> {
  const previous = await readWidgetOfTenant(sql, box, tenantId);
  const widgetId = previous?.widgetId ?? `wg_${randomBytes(12).toString('base64url')}`;
  const secret = previous?.secret ?? randomBytes(32).toString('base64url');
  await sql`
    insert into tenant_channels (tenant_id, kind, secret_enc, settings)
    values (${tenantId}, 'widget', ${box.seal(secret)}, ${sql.json({ widgetId, allowedOrigins })})
    on conflict (tenant_id, kind) do update set settings = excluded.settings, updated_at = now()`;
  return { tenantId, widgetId, secret, allowedOrigins };
}

export async function readWidgetOfTenant(sql: Sql, box: SecretBox, tenantId: string): Promise<WidgetChannel | null> {
  const [row] = await sql<Row[]>`
    select tenant_id, secret_enc, settings from tenant_channels where tenant_id = ${tenantId} and kind = 'widget'`;
  return row ? fromRow(box, row) : null;
}

export async function readWidget(sql: Sql, box: SecretBox, widgetId: string): Promise<WidgetChannel | null> {
  const [row] = await sql<Row[]>`
    select tenant_id, secret_enc, settings from tenant_channels where kind = 'widget' and settings->>'widgetId' = ${widgetId}`;
  return row ? fromRow(box, row) : null;
}

interface Row {
  tenant_id: string;
  secret_enc: string;
  settings: { widgetId: string; allowedOrigins: string[] };
}

function fromRow(box: SecretBox, row: Row): WidgetChannel {
  return { tenantId: row.tenant_id, widgetId: row.settings.widgetId, secret: box.open(row.secret_enc), allowedOrigins: row.settings.allowedOrigins };
}
