// `supportai tenants create NAME`: the way an operator makes a tenant from a shell, against
// DATABASE_URL or the embedded default's database (the operator API does the same over HTTP).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig, type Config } from '../infra/config.js';
import { connectDatabase } from '../infra/db/database.js';
import { migrate } from '../infra/db/migrate.js';
import { createTenant } from '../infra/tenants/tenants.js';
import { Client, Connection } from '@temporalio/client';
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
  const db = config.DATABASE_URL ? { url: config.DATABASE_URL, stop: async () => {} } : await embeddedDatabase(config);
  const sql = connectDatabase(db.url, { max: 1 });
  try {
    await migrate(sql);
    const { tenant, apiKey } = await createTenant(sql, name.trim());
    await startSubscriptionOf(config, tenant.id);
    process.stdout.write(`${JSON.stringify({ tenantId: tenant.id, name: tenant.name, apiKey })}\n`);
    return 0;
  } finally {
    await sql.end();
    await db.stop();
  }
}

/**
 * The embedded default's database: the running `npm start` one when it answers, else the
 * cluster in the data dir started for this command. Development only: the embedded server
 * is not part of the production build.
 */
async function embeddedDatabase(config: Config): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = resolve(config.SUPPORTAI_DATA_DIR);
  const passwordFile = join(dataDir, 'pg-password');
  if (existsSync(passwordFile)) {
    const password = (await readFile(passwordFile, 'utf8')).trim();
    const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${config.EMBEDDED_PG_PORT}/supportai`;
    const probe = connectDatabase(url, { max: 1 });
    const running = await probe`select 1`.then(() => true, () => false);
    await probe.end();
    if (running) return { url, stop: async () => {} };
  }
  // A variable specifier keeps the development module out of the compiled program.
  const devModule = '../dev/embedded/postgres.js';
  const { startEmbeddedPostgres } = (await import(devModule)) as {
    startEmbeddedPostgres(opts: { dataDir: string; port: number }): Promise<{ url: string; stop(): Promise<void> }>;
  };
  return startEmbeddedPostgres({ dataDir, port: config.EMBEDDED_PG_PORT });
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
