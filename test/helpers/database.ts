// A real PostgreSQL for the whole test run: the embedded one, in a throwaway folder,
// migrated once. Each test makes its own tenant, so tests never see each other's rows.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../dev/embedded/postgres.js';
import { connectDatabase, type Sql } from '../../infra/db/database.js';
import { migrate } from '../../infra/db/migrate.js';
import { freePort } from '../../dev/temporal/free-port.js';
import { createTenant } from '../../infra/tenants/tenants.js';
import { createSecretBox, deriveKey, type SecretBox } from '../../infra/crypto.js';
import { onStop } from './services.js';

let shared: Promise<{ url: string; sql: Sql }> | null = null;

export function testDatabase(): Promise<{ url: string; sql: Sql }> {
  shared ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'supportai-test-pg-'));
    // mkdtemp makes the folder private; as root the cluster runs as the `postgres` user.
    await chmod(dir, 0o755);
    const pg = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), persistent: false });
    const sql = connectDatabase(pg.url);
    await migrate(sql);
    onStop(async () => {
      await sql.end({ timeout: 5 });
      await pg.stop();
      await rm(dir, { recursive: true, force: true });
    });
    return { url: pg.url, sql };
  })();
  return shared;
}

/** The key testBox seals with; worker processes in tests get it as SECRETS_KEY. */
export const TEST_SECRETS_KEY = Buffer.alloc(32, 7).toString('base64');
export const testBox: SecretBox = createSecretBox(TEST_SECRETS_KEY);
export const testLinkKey: Buffer = deriveKey(TEST_SECRETS_KEY, 'telegram-link');

let tenantSeq = 0;
export async function newTenant(sql: Sql, name = 'test'): Promise<{ tenantId: string; apiKey: string }> {
  const id = `t${process.pid}-${++tenantSeq}-${name}`;
  const { apiKey } = await createTenant(sql, name, id);
  return { tenantId: id, apiKey };
}
