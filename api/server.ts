// API entry when it runs as its own process (production, docker-compose).
import { Client, Connection } from '@temporalio/client';
import { loadConfigOrExit } from '../infra/config.js';
import { connectDatabase } from '../infra/db/database.js';
import { migrate } from '../infra/db/migrate.js';
import { createSecretBox, deriveKey } from '../infra/crypto.js';
import { createLogger } from '../infra/logger.js';
import { buildApp } from './app.js';

const config = loadConfigOrExit(process.env, 'API');
const logger = createLogger(config);
const sql = connectDatabase(config.DATABASE_URL);
await migrate(sql, (m) => logger.info(m));
const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
const app = await buildApp({
  sql, temporal, box: createSecretBox(config.SECRETS_KEY), taskQueue: config.TEMPORAL_TASK_QUEUE, logger, bodyLimit: config.API_BODY_LIMIT,
  telegram: { apiRoot: config.TELEGRAM_API_ROOT, publicUrl: config.PUBLIC_URL ?? null, linkKey: deriveKey(config.SECRETS_KEY, 'telegram-link') },
});
await app.listen({ host: config.API_HOST, port: config.API_PORT });
// Bots in polling mode (development); webhook-mode bots are reached through the route.
await app.bots.startPolling();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => connection.close()).then(() => sql.end()).then(() => process.exit(0));
  });
}
