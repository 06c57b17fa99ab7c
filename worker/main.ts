// Worker entry: config → database → Temporal connection → activities → Worker.run.
// Used when the worker runs as its own process (production, docker-compose).
import { NativeConnection } from '@temporalio/worker';
import { Client, Connection } from '@temporalio/client';
import { loadConfigOrExit, llmConfig } from '../infra/config.js';
import { connectDatabase } from '../infra/db/database.js';
import { migrate } from '../infra/db/migrate.js';
import { createSecretBox } from '../infra/crypto.js';
import { createLogger } from '../infra/logger.js';
import { createActivities } from '../activities/index.js';
import { createWorker } from './worker.js';
import { startTenantLoops } from './tenant-loops.js';

const config = loadConfigOrExit(process.env, 'worker');
const logger = createLogger(config);
const sql = connectDatabase(config.DATABASE_URL);
await migrate(sql, (m) => logger.info(m));
const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
// Tracking rounds signal requests through a client of their own.
const clientConnection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
const temporal = new Client({ connection: clientConnection, namespace: config.TEMPORAL_NAMESPACE });
const worker = await createWorker({
  connection,
  namespace: config.TEMPORAL_NAMESPACE,
  taskQueue: config.TEMPORAL_TASK_QUEUE,
  activities: createActivities({
    sql,
    box: createSecretBox(config.SECRETS_KEY),
    llm: llmConfig(config),
    temporal,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    telegramApiRoot: config.TELEGRAM_API_ROOT,
  }),
});
// The tenants' ticket pollers and trackers, as npm start starts them (missing ones only).
const running = worker.run();
logger.info({ taskQueue: config.TEMPORAL_TASK_QUEUE, ...(await startTenantLoops(sql, temporal, config.TEMPORAL_TASK_QUEUE)) }, 'worker running');
await running;
await connection.close();
await clientConnection.close();
await sql.end();
