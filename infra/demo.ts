// The demo tenant of the embedded default: created once, connected to the simulators on
// every start (their ports may change), its API key kept beside the data so it can be
// printed again after a restart.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Sql } from './db/database.js';
import type { SecretBox } from './crypto.js';
import { generateApiKey, hashApiKey } from './crypto.js';
import { saveCountSource, savePanel, saveProvider } from './tenants/connections.js';
import { setPlan } from './billing/account.js';
import type { Simulators } from './simulators/index.js';

export const DEMO_TENANT_ID = 'demo';

export async function ensureDemoTenant(sql: Sql, box: SecretBox, dataDir: string, sims: Simulators): Promise<{ tenantId: string; apiKey: string }> {
  const keyFile = join(resolve(dataDir), 'demo-tenant-key');
  let apiKey = existsSync(keyFile) ? (await readFile(keyFile, 'utf8')).trim() : null;
  if (!apiKey) {
    apiKey = generateApiKey();
    await writeFile(keyFile, apiKey, { mode: 0o600 });
  }
  // The key file is the source of truth for the demo: a lost file rotates the key.
  await sql`
    insert into tenants (id, name, api_key_hash) values (${DEMO_TENANT_ID}, 'Demo panel', ${hashApiKey(apiKey)})
    on conflict (id) do update set api_key_hash = excluded.api_key_hash`;
  await savePanel(sql, box, DEMO_TENANT_ID, sims.config.panel);
  await saveProvider(sql, box, DEMO_TENANT_ID, {
    name: sims.config.providerName,
    dispatch: 'api',
    api: sims.config.provider,
    telegramChatId: null,
  });
  await saveCountSource(sql, DEMO_TENANT_ID, sims.config.countSource);
  // Room to try things: Scale (500 requests, 6,000 tracking credits); a no-op once set.
  await setPlan(sql, DEMO_TENANT_ID, 'scale', new Date());
  // One message may name every demo order (the whole table is tried at once); a value the
  // owner set through PATCH /v1/settings wins.
  await sql`
    insert into tenant_settings (tenant_id, settings) values (${DEMO_TENANT_ID}, ${sql.json({ maxOrdersPerMessage: 50 })})
    on conflict (tenant_id) do update set settings = excluded.settings || tenant_settings.settings`;
  return { tenantId: DEMO_TENANT_ID, apiKey };
}
