// A restart of `npm start` re-runs the demo seeding: what the owner configured on the demo
// tenant stays, what the demo seeded follows the simulators to their new ports.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDemoTenant, DEMO_TENANT_ID } from '../../infra/demo.js';
import { readCountSource, readPanel, readProvider, savePanel } from '../../infra/tenants/connections.js';
import { testBox, testDatabase } from '../helpers/database.js';
import type { Simulators } from '../../dev/simulators/index.js';
import { DEMO_WHATSAPP } from '../../dev/simulators/whatsapp.js';
import { readWhatsApp, saveWhatsApp } from '../../infra/tenants/whatsapp.js';

function simsOnPort(port: number): Pick<Simulators, 'config'> {
  return {
    config: {
      panel: { type: 'perfectpanel', url: `http://127.0.0.1:${port}/adminapi/v2`, apiKey: 'demo-panel-admin-key' },
      providerName: 'prov-demo',
      provider: { url: `http://127.0.0.1:${port + 1}/api/v2`, key: 'demo-provider-key' },
      countSource: { urlTemplate: `http://127.0.0.1:${port + 2}/count?link={link}`, countPath: 'count' },
      whatsapp: { ...DEMO_WHATSAPP, apiRoot: `http://127.0.0.1:${port + 3}/v21.0` },
    },
  };
}

describe('demo tenant across restarts', () => {
  it('seeds what is missing, follows the simulators, and never overwrites what the owner connected', async () => {
    const { sql } = await testDatabase();
    const dataDir = await mkdtemp(join(tmpdir(), 'supportai-demo-'));
    try {
      const first = await ensureDemoTenant(sql, testBox, dataDir, simsOnPort(41000));
      assert.equal((await readPanel(sql, testBox, DEMO_TENANT_ID))?.url, 'http://127.0.0.1:41000/adminapi/v2');

      // The owner points the demo tenant at another panel, with the same key.
      await savePanel(sql, testBox, DEMO_TENANT_ID, { type: 'perfectpanel', url: 'https://my-panel.example/adminapi/v2', apiKey: 'demo-panel-admin-key' });

      // Restart: the simulators come up on other ports.
      const second = await ensureDemoTenant(sql, testBox, dataDir, simsOnPort(42000));
      assert.equal(second.apiKey, first.apiKey, 'the demo key survives');
      assert.equal((await readPanel(sql, testBox, DEMO_TENANT_ID))?.url, 'https://my-panel.example/adminapi/v2', 'the owner\'s panel stays');
      assert.equal((await readProvider(sql, testBox, DEMO_TENANT_ID, 'prov-demo'))?.api?.url, 'http://127.0.0.1:42001/api/v2', 'the untouched provider follows the simulator');
      assert.equal((await readCountSource(sql, DEMO_TENANT_ID))?.urlTemplate, 'http://127.0.0.1:42002/count?link={link}');

      assert.equal((await readWhatsApp(sql, testBox, DEMO_TENANT_ID))?.phoneNumberId, DEMO_WHATSAPP.phoneNumberId, 'the simulated WhatsApp number is connected');

      // The owner connects their own WhatsApp number.
      await saveWhatsApp(sql, testBox, DEMO_TENANT_ID, { phoneNumberId: '555000111', accessToken: 'EAAGownerOwnAccessToken000', appSecret: 'owner-app-secret-000', verifyToken: 'owner-verify', displayPhoneNumber: null });

      // And again: the owner's panel and number are still never touched.
      await ensureDemoTenant(sql, testBox, dataDir, simsOnPort(43000));
      assert.equal((await readPanel(sql, testBox, DEMO_TENANT_ID))?.url, 'https://my-panel.example/adminapi/v2');
      assert.equal((await readWhatsApp(sql, testBox, DEMO_TENANT_ID))?.phoneNumberId, '555000111', 'the owner\'s WhatsApp number stays');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
