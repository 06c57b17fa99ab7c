// `supportai tenants create NAME`: the way a self-hoster makes a tenant (the embedded
// default makes its demo tenant by itself).
import { ConfigError, loadConfig } from '../infra/config.js';
import { connectDatabase } from '../infra/db/database.js';
import { migrate } from '../infra/db/migrate.js';
import { createTenant } from '../infra/tenants/tenants.js';
import { Client, Connection } from '@temporalio/client';
import type { Config } from '../infra/config.js';
import { startSubscription } from '../activities/billing-subscription.js';

export async function runTenants(args: string[]): Promise<number> {
  const [sub, name] = args;
  if (sub !== 'create' || !name?.trim()) {
    process.stderr.write('usage: supportai tenants create NAME\n');
    return 2;
  }
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (!config.DATABASE_URL) {
    process.stderr.write('supportai tenants: set DATABASE_URL to the database the service uses\n');
    return 2;
  }
  const sql = connectDatabase(config.DATABASE_URL, { max: 1 });
  try {
    await migrate(sql);
    const { tenant, apiKey } = await createTenant(sql, name.trim());
    await startSubscriptionOf(config, tenant.id);
    process.stdout.write(`${JSON.stringify({ tenantId: tenant.id, name: tenant.name, apiKey })}\n`);
    return 0;
  } finally {
    await sql.end();
  }
}

/**
 * The tenant's subscription starts with it when the service's Temporal is known; otherwise
 * the service starts it at its next start (it starts every tenant's, idempotently).
 */
async function startSubscriptionOf(config: Config, tenantId: string): Promise<void> {
  if (!config.TEMPORAL_ADDRESS) return;
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  try {
    await startSubscription(new Client({ connection, namespace: config.TEMPORAL_NAMESPACE }), config.TEMPORAL_TASK_QUEUE, tenantId);
  } finally {
    await connection.close();
  }
}
