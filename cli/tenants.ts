// `supportai tenants create NAME`: the way a self-hoster makes a tenant (the embedded
// default makes its demo tenant by itself).
import { ConfigError, loadConfig } from '../infra/config.js';
import { connectDatabase } from '../infra/db/database.js';
import { migrate } from '../infra/db/migrate.js';
import { createTenant } from '../infra/tenants/tenants.js';

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
    process.stdout.write(`${JSON.stringify({ tenantId: tenant.id, name: tenant.name, apiKey })}\n`);
    return 0;
  } finally {
    await sql.end();
  }
}
