// Worker entry: config → database → Temporal connection → activities → Worker.run.
// Used when the worker runs as its own process (production, docker-compose). SIGTERM lets
// in-flight activities finish within SHUTDOWN_GRACE_SECONDS, then the process exits.
import { NativeConnection } from '@temporalio/worker';
import { Client, Connection } from '@temporalio/client';
import { llmConfig, loadConfigOrExit, tenantUrlPolicyOf } from '../infra/config.js';
import { connectDatabase } from '../infra/db/database.js';
import { migrate } from '../infra/db/migrate.js';
import { createSecretBox } from '../infra/crypto.js';
import { createLogger } from '../infra/logger.js';
import { collectProcessMetrics } from '../infra/metrics.js';
import { setTenantUrlPolicy } from '../infra/net/tenant-http.js';
import { temporalConnectionOptions, temporalDataConverter } from '../infra/temporal/connection.js';
import { createActivities } from '../activities/index.js';
import { classifyOffline } from '../activities/classifier/index.js';
import { backgroundTaskQueue } from '../workflows/definitions.js';
import { startWorkerHttp } from './http.js';
import { installObservedRuntime } from './observability.js';
import { createWorkers } from './worker.js';
import { startTenantLoops } from './tenant-loops.js';
import { admissionOf, startInboxDispatcher } from '../app/message-inbox.js';

const config = loadConfigOrExit(process.env, 'worker');
const logger = createLogger(config, 'supportai-worker');
setTenantUrlPolicy(tenantUrlPolicyOf(config));
collectProcessMetrics('worker');
const { sdkMetricsUrl } = await installObservedRuntime(logger);

const sql = connectDatabase(config.DATABASE_URL, { max: config.WORKER_DATABASE_POOL });
await migrate(sql, (m) => logger.info(m));
const connectionOptions = temporalConnectionOptions(config.TEMPORAL_ADDRESS, config);
const dataConverter = temporalDataConverter(config);
const connection = await NativeConnection.connect(connectionOptions);
// Tracking rounds and intake signal workflows through a client of their own.
const clientConnection = await Connection.connect(connectionOptions);
const temporal = new Client({ connection: clientConnection, namespace: config.TEMPORAL_NAMESPACE, dataConverter });
const worker = await createWorkers({
  connection,
  namespace: config.TEMPORAL_NAMESPACE,
  taskQueue: config.TEMPORAL_TASK_QUEUE,
  dataConverter,
  shutdownGraceTime: `${config.SHUTDOWN_GRACE_SECONDS}s`,
  maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
  workflowTaskSlots: config.WORKER_WORKFLOW_TASK_SLOTS,
  activities: createActivities({
    sql,
    box: createSecretBox(config.SECRETS_KEY),
    llm: llmConfig(config),
    temporal,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    admission: admissionOf(config),
    telegramApiRoot: config.TELEGRAM_API_ROOT,
    whatsappApiRoot: config.WHATSAPP_API_ROOT,
  }),
});

const http = await startWorkerHttp(config.WORKER_HTTP_HOST, config.WORKER_HTTP_PORT, {
  sdkMetricsUrl,
  ready: async () => worker.running() && (await sql`select 1`.then(() => true, () => false)),
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceSeconds: config.SHUTDOWN_GRACE_SECONDS }, 'stopping: no new tasks, in-flight activities may finish');
    worker.shutdown();
  });
}

// The classifier compiles its lexicons on first use (about a second): here, not on the
// first customer's message.
classifyOffline('warm up');
const running = worker.run();
// Messages that waited their turn go to their conversations from here (app/message-inbox.ts).
const dispatcher = startInboxDispatcher({ sql, temporal, taskQueue: config.TEMPORAL_TASK_QUEUE, limits: admissionOf(config), log: logger });
// The tenants' ticket pollers, trackers and subscriptions, as npm start starts them (missing ones only).
logger.info({ taskQueue: config.TEMPORAL_TASK_QUEUE, backgroundTaskQueue: backgroundTaskQueue(config.TEMPORAL_TASK_QUEUE), http: http.url, ...(await startTenantLoops(sql, temporal, config.TEMPORAL_TASK_QUEUE)) }, 'worker running');
try {
  await running;
} finally {
  await dispatcher.stop();
  await connection.close();
  await clientConnection.close();
  await sql.end({ timeout: 5 });
  http.server.close();
  logger.info('worker stopped');
}
