// A tenant's WhatsApp Cloud API connection: the phone-number ID replies are sent from, and the
// access token, app secret (signs Meta's deliveries) and verify token (the webhook handshake),
// sealed together at rest. Written by the API, read by the webhook and by delivery.
import type { Sql } from '../db/database.js';
import type { SecretBox } from '../crypto.js';

export interface WhatsAppChannel {
  phoneNumberId: string;
  accessToken: string;
  appSecret: string;
  verifyToken: string;
  /** The number customers write to, as Meta shows it (read when connecting); null if unknown. */
  displayPhoneNumber: string | null;
}

interface Secrets {
  accessToken: string;
  appSecret: string;
  verifyToken: string;
}

export async function saveWhatsApp(sql: Sql, box: SecretBox, tenantId: string, wa: WhatsAppChannel): Promise<void> {
  const secrets: Secrets = { accessToken: wa.accessToken, appSecret: wa.appSecret, verifyToken: wa.verifyToken };
  const settings = { phoneNumberId: wa.phoneNumberId, displayPhoneNumber: wa.displayPhoneNumber };
  await sql`
    insert into tenant_channels (tenant_id, kind, secret_enc, settings)
    values (${tenantId}, 'whatsapp', ${box.seal(JSON.stringify(secrets))}, ${sql.json(settings)})
    on conflict (tenant_id, kind) do update set secret_enc = excluded.secret_enc, settings = excluded.settings, updated_at = now()`;
}

export async function readWhatsApp(sql: Sql, box: SecretBox, tenantId: string): Promise<WhatsAppChannel | null> {
  const [row] = await sql<{ secret_enc: string; settings: { phoneNumberId: string; displayPhoneNumber: string | null } }[]>`
    select secret_enc, settings from tenant_channels where tenant_id = ${tenantId} and kind = 'whatsapp'`;
  if (!row) return null;
  const secrets = JSON.parse(box.open(row.secret_enc)) as Secrets;
  return { ...secrets, phoneNumberId: row.settings.phoneNumberId, displayPhoneNumber: row.settings.displayPhoneNumber ?? null };
}

export async function deleteWhatsApp(sql: Sql, tenantId: string): Promise<boolean> {
  const rows = await sql`delete from tenant_channels where tenant_id = ${tenantId} and kind = 'whatsapp' returning 1`;
  return rows.length > 0;
}
