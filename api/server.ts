// API entry when it runs as its own process (production, docker-compose). It listens with
// connection, request and keep-alive timeouts; SIGTERM stops readiness, lets in-flight
// requests finish within SHUTDOWN_GRACE_SECONDS, then closes the connections it holds.
import { Client, Connection } from '@temporalio/client';
import { embeddingsOf, llmConfig, loadConfigOrExit, tenantUrlPolicyOf } from '../infra/config.js';
import { connectDatabase } from '../infra/db/database.js';
import { migrate } from '../infra/db/migrate.js';
import { createSecretBox, deriveKey } from '../infra/crypto.js';
import { createLogger } from '../infra/logger.js';
import { collectProcessMetrics } from '../infra/metrics.js';
import { setTenantUrlPolicy } from '../infra/net/tenant-http.js';
import { temporalConnectionOptions, temporalDataConverter } from '../infra/temporal/connection.js';
import { buildApp } from './app.js';
import { admissionOf } from '../app/message-inbox.js';

const config = loadConfigOrExit(process.env, 'API');
const logger = createLogger(config, 'supportai-api');
setTenantUrlPolicy(tenantUrlPolicyOf(config));
collectProcessMetrics('api');

const sql = connectDatabase(config.DATABASE_URL);
await migrate(sql, (m) => logger.info(m));
const dataConverter = temporalDataConverter(config);
const connection = await Connection.connect(temporalConnectionOptions(config.TEMPORAL_ADDRESS, config));
const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter });
const app = await buildApp({
  sql, temporal, box: createSecretBox(config.SECRETS_KEY), taskQueue: config.TEMPORAL_TASK_QUEUE, admission: admissionOf(config), logger, bodyLimit: config.API_BODY_LIMIT,
  telegram: { apiRoot: config.TELEGRAM_API_ROOT, publicUrl: config.PUBLIC_URL ?? null, linkKey: deriveKey(config.SECRETS_KEY, 'telegram-link') },
  whatsappApiRoot: config.WHATSAPP_API_ROOT,
  embeddings: embeddingsOf(llmConfig(config)),
  server: {
    connectionTimeout: config.API_CONNECTION_TIMEOUT_MS,
    requestTimeout: config.API_REQUEST_TIMEOUT_MS,
    keepAliveTimeout: config.API_KEEP_ALIVE_TIMEOUT_MS,
  },
  operator: {
    apiKey: config.OPERATOR_API_KEY ?? null,
    codec: dataConverter?.payloadCodecs?.[0] ?? null,
    codecCorsOrigin: config.TEMPORAL_CODEC_CORS_ORIGIN ?? null,
    codecToken: config.TEMPORAL_CODEC_TOKEN ?? null,
    namespace: config.TEMPORAL_NAMESPACE,
  },
});
await app.listen({ host: config.API_HOST, port: config.API_PORT });
// Bots in polling mode (development); webhook-mode bots are reached through the route.
await app.bots.startPolling();

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceSeconds: config.SHUTDOWN_GRACE_SECONDS }, 'stopping: finishing in-flight requests');
    // Past the grace period the process goes anyway; the platform is about to kill it.
    setTimeout(() => {
      logger.warn('grace period over: exiting with requests still open');
      process.exit(1);
    }, config.SHUTDOWN_GRACE_SECONDS * 1000).unref();
    void app.close()
      .then(() => connection.close())
      .then(() => sql.end({ timeout: 5 }))
      .then(() => {
        logger.info('api stopped');
        process.exit(0);
      }, (err: unknown) => {
        logger.error({ err }, 'stop failed');
        process.exit(1);
      });
  });
}
