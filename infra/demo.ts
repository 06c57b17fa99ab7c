// The demo tenant of the embedded default: created once, its API key kept beside the data
// so it can be printed again after a restart. A restart never overwrites what the owner
// configured: the panel, provider and count source are seeded when missing, and re-pointed
// at the simulators' new ports only while they still hold exactly what the demo seeded last
// time (kept in demo-seeded.json). Settings and plan are set once.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Sql } from './db/database.js';
import type { SecretBox } from './crypto.js';
import { generateApiKey, hashApiKey } from './crypto.js';
import { readCountSource, readPanel, readProvider, saveCountSource, savePanel, saveProvider } from './tenants/connections.js';
import { setPlan } from './billing/account.js';
import { readWhatsApp, saveWhatsApp } from './tenants/whatsapp.js';
import type { Simulators } from '../dev/simulators/index.js';

export const DEMO_TENANT_ID = 'demo';

export async function ensureDemoTenant(sql: Sql, box: SecretBox, dataDir: string, sims: Pick<Simulators, 'config'>): Promise<{ tenantId: string; apiKey: string }> {
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
  await seedConnections(sql, box, dataDir, sims.config);
  // Room to try things: Scale (500 requests, 6,000 tracking credits), once.
  const [account] = await sql`select 1 from billing_accounts where tenant_id = ${DEMO_TENANT_ID}`;
  if (!account) await setPlan(sql, DEMO_TENANT_ID, 'scale', new Date());
  // One message may name every demo order (the whole table is tried at once); a value the
  // owner set through PATCH /v1/settings wins.
  await sql`
    insert into tenant_settings (tenant_id, settings) values (${DEMO_TENANT_ID}, ${sql.json({ maxOrdersPerMessage: 50 })})
    on conflict (tenant_id) do update set settings = excluded.settings || tenant_settings.settings`;
  return { tenantId: DEMO_TENANT_ID, apiKey };
}

/** What the demo seeded last time; null for a connection the owner has since changed. */
interface Seeded {
  panelUrl: string | null;
  providerUrl: string | null;
  countSourceTemplate: string | null;
}

async function seedConnections(sql: Sql, box: SecretBox, dataDir: string, sims: Simulators['config']): Promise<void> {
  const file = join(resolve(dataDir), 'demo-seeded.json');
  const last: Seeded | null = existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as Seeded) : null;
  // Data from before this file existed: a loopback URL with the simulator's key is the demo's.
  const seededBefore = (url: string | undefined, lastUrl: string | null | undefined): boolean =>
    url !== undefined && (last ? url === lastUrl : url.startsWith('http://127.0.0.1:'));
  const next: Seeded = { panelUrl: null, providerUrl: null, countSourceTemplate: null };

  const panel = await readPanel(sql, box, DEMO_TENANT_ID);
  if (!panel || (seededBefore(panel.url, last?.panelUrl) && panel.apiKey === sims.panel.apiKey)) {
    // The built-in simulator comes back on a new port at each start: still the same panel.
    await savePanel(sql, box, DEMO_TENANT_ID, sims.panel, { samePanel: Boolean(panel) });
    next.panelUrl = sims.panel.url;
  }
  const provider = await readProvider(sql, box, DEMO_TENANT_ID, sims.providerName);
  if (!provider || (provider.dispatch === 'api' && seededBefore(provider.api?.url, last?.providerUrl) && provider.api?.key === sims.provider.key && provider.telegramChatId === null)) {
    await saveProvider(sql, box, DEMO_TENANT_ID, { name: sims.providerName, dispatch: 'api', api: sims.provider, telegramChatId: null });
    next.providerUrl = sims.provider.url;
  }
  const countSource = await readCountSource(sql, DEMO_TENANT_ID);
  if (!countSource || (seededBefore(countSource.urlTemplate, last?.countSourceTemplate) && countSource.countPath === sims.countSource.countPath)) {
    await saveCountSource(sql, DEMO_TENANT_ID, sims.countSource);
    next.countSourceTemplate = sims.countSource.urlTemplate;
  }
  // The simulated WhatsApp number keeps its credentials across restarts; the owner's own stays.
  const whatsapp = await readWhatsApp(sql, box, DEMO_TENANT_ID);
  if (!whatsapp || (whatsapp.phoneNumberId === sims.whatsapp.phoneNumberId && whatsapp.accessToken === sims.whatsapp.accessToken)) {
    const { apiRoot: _apiRoot, ...demoNumber } = sims.whatsapp;
    await saveWhatsApp(sql, box, DEMO_TENANT_ID, demoNumber);
  }
  await writeFile(file, JSON.stringify(next), { mode: 0o600 });
}
