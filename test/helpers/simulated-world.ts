// A tenant connected to the loopback simulators: their panel, their provider by API, their
// count source. The setup every test that runs real lifecycles against the simulators needs.
import type { Sql } from '../../infra/db/database.js';
import { saveCountSource, savePanel, saveProvider } from '../../infra/tenants/connections.js';
import type { Simulators } from '../../dev/simulators/index.js';
import { testBox } from './database.js';

export async function connectToSimulators(sql: Sql, tenantId: string, sims: Simulators): Promise<void> {
  await savePanel(sql, testBox, tenantId, sims.config.panel);
  await saveProvider(sql, testBox, tenantId, { name: sims.config.providerName, dispatch: 'api', api: sims.config.provider, telegramChatId: null });
  await saveCountSource(sql, tenantId, sims.config.countSource);
}
