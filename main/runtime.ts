// The whole service in one process: database (embedded unless DATABASE_URL), Temporal
// (a local dev server unless TEMPORAL_ADDRESS), the worker, the API and, for the demo, the
// simulators with a tenant connected to them. Parts stop in reverse order of start.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime } from '@temporalio/worker';
import { embeddingsOf, llmConfig, tenantUrlPolicyOf, type Config } from '../infra/config.js';
import { setTenantUrlPolicy } from '../infra/net/tenant-http.js';
import { connectDatabase } from '../infra/db/database.js';
import { migrate } from '../infra/db/migrate.js';
import { createSecretBox, deriveKey, readOrCreateSecretsKey } from '../infra/crypto.js';
import type { Logger } from '../infra/logger.js';
import { startEmbeddedPostgres } from '../dev/embedded/postgres.js';
import { ensureTemporalCli } from '../dev/temporal/cli-binary.js';
import { temporalToolOptions } from '../dev/temporal/tool-options.js';
import { startDevServer } from '../dev/temporal/dev-server.js';
import { takeOverDataDir } from '../infra/process/leftovers.js';
import { SEARCH_ATTRIBUTES } from '../infra/temporal/search-attributes.js';
import { startSimulators, type Simulators } from '../dev/simulators/index.js';
import { ensureDemoTenant } from '../infra/demo.js';
import { createActivities } from '../activities/index.js';
import { classifyOffline } from '../activities/classifier/index.js';
import { createWorkers } from '../worker/worker.js';
import { sdkLogging } from '../worker/sdk-logger.js';
import { startTenantLoops } from '../worker/tenant-loops.js';
import { buildApp } from '../api/app.js';
import { admissionOf, startInboxDispatcher } from '../app/message-inbox.js';
import { gatewayFromConfig } from '../infra/payments/index.js';
import { startDevGateway } from '../dev/simulators/payments/dev-gateway.js';
import { startDemoShop } from '../dev/demo-shop.js';

export interface RunningService {
  apiUrl: string;
  docsUrl: string;
  temporalUiUrl: string | null;
  demo: { tenantId: string; apiKey: string } | null;
  dashboardUrl: string;
  /** A page of the demo panel's site with the chat widget (demo only). */
  demoShopUrl: string | null;
  /** The WhatsApp simulator the demo tenant's number lives on (demo only). */
  whatsappSimulatorUrl: string | null;
  stop(): Promise<void>;
}

export async function startService(initialConfig: Config, logger: Logger, env: NodeJS.ProcessEnv): Promise<RunningService> {
  const stops: Array<[string, () => Promise<void>]> = [];
  const stop = async () => {
    for (const [name, fn] of stops.reverse()) {
      try {
        await fn();
      } catch (err) {
        logger.warn({ err }, `stopping ${name} failed`);
      }
    }
    stops.length = 0;
  };

  let config = initialConfig;
  setTenantUrlPolicy(tenantUrlPolicyOf(config));
  try {
    const dataDir = resolve(config.SUPPORTAI_DATA_DIR);
    // Secrets and the database live here: the service's user only.
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    // A previous run that outlived its terminal is stopped first: one service per data dir.
    const releaseDataDir = await takeOverDataDir(join(dataDir, 'supportai.pid'), { log: (l) => logger.warn(l) });
    stops.push(['data dir lock', async () => releaseDataDir()]);

    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({ dataDir, port: config.EMBEDDED_PG_PORT, log: (l) => logger.debug({ pg: l }) });
      stops.push(['postgres', pg.stop]);
      databaseUrl = pg.url;
    }
    // One pool for the API and the worker in this process: the worker's share, and the API's.
    const sql = connectDatabase(databaseUrl, { max: config.WORKER_DATABASE_POOL + 10 });
    stops.push(['database pool', () => sql.end({ timeout: 5 })]);
    await migrate(sql, (m) => logger.info(m));
    const secretsKey = config.SECRETS_KEY ?? (await readOrCreateSecretsKey(dataDir));
    const box = createSecretBox(secretsKey);

    let temporalAddress = config.TEMPORAL_ADDRESS;
    let temporalUiUrl = config.TEMPORAL_UI_URL ?? null;
    if (!temporalAddress) {
      const binary = await ensureTemporalCli({
        ...temporalToolOptions(env),
        explicitPath: config.TEMPORAL_CLI_PATH,
        log: (l) => logger.info(l),
      });
      const server = await startDevServer({
        binary,
        port: config.TEMPORAL_PORT,
        uiPort: config.TEMPORAL_UI_PORT,
        dbFile: join(dataDir, 'temporal.db'),
        namespace: config.TEMPORAL_NAMESPACE,
        searchAttributes: SEARCH_ATTRIBUTES,
        log: (l) => logger.warn({ temporal: l }),
      });
      stops.push(['temporal dev server', server.stop]);
      temporalAddress = server.address;
      temporalUiUrl = server.uiUrl;
    }

    const connection = await Connection.connect({ address: temporalAddress });
    stops.push(['temporal client', () => connection.close()]);
    const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });

    let demo: RunningService['demo'] = null;
    let sims: Simulators | null = null;
    if (config.DEMO) {
      sims = await startSimulators({});
      stops.push(['simulators', sims.close]);
      // The demo's WhatsApp number lives on the simulator, unless WHATSAPP_API_ROOT says otherwise.
      if (!env.WHATSAPP_API_ROOT) config = { ...config, WHATSAPP_API_ROOT: sims.whatsapp.apiRoot };
      demo = await ensureDemoTenant(sql, box, dataDir, sims);
    }

    // The dev gateway confirms payments locally; production gateways are reached by URL.
    let devGateway: { url: string; secret: string } | null = null;
    if (config.PAYMENT_GATEWAY === 'dev' && !config.DEV_GATEWAY_URL) {
      const sim = await startDevGateway({ secret: config.DEV_GATEWAY_SECRET ?? deriveKey(secretsKey, 'dev-gateway').toString('hex') });
      stops.push(['dev payment gateway', sim.close]);
      devGateway = sim;
    }
    const gateway = gatewayFromConfig(config, devGateway);
    let apiUrl = config.PUBLIC_URL?.replace(/\/$/, '') ?? '';

    const nativeConnection = await NativeConnection.connect({ address: temporalAddress });
    stops.push(['worker connection', () => nativeConnection.close()]);
    const worker = await createWorkers({
      connection: nativeConnection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
      workflowTaskSlots: config.WORKER_WORKFLOW_TASK_SLOTS,
      activities: createActivities({
        sql, box, llm: llmConfig(config), temporal, taskQueue: config.TEMPORAL_TASK_QUEUE, admission: admissionOf(config), telegramApiRoot: config.TELEGRAM_API_ROOT,
        whatsappApiRoot: config.WHATSAPP_API_ROOT, payments: { gateway, callbackUrl: () => apiUrl },
      }),
    });
    // The classifier compiles its lexicons on first use (about a second): here, not on the
    // first customer's message.
    classifyOffline('warm up');
    const running = worker.run();
    stops.push(['worker', async () => {
      worker.shutdown();
      await running;
    }]);
    // Messages that waited their turn go to their conversations from here (app/message-inbox.ts).
    const dispatcher = startInboxDispatcher({ sql, temporal, taskQueue: config.TEMPORAL_TASK_QUEUE, limits: admissionOf(config), log: logger });
    stops.push(['message inbox', dispatcher.stop]);

    // Loops outlive restarts in Temporal; this only starts the ones that are missing.
    await startTenantLoops(sql, temporal, config.TEMPORAL_TASK_QUEUE);

    const app = await buildApp({
      sql, temporal, box, taskQueue: config.TEMPORAL_TASK_QUEUE, admission: admissionOf(config), logger, bodyLimit: config.API_BODY_LIMIT,
      telegram: { apiRoot: config.TELEGRAM_API_ROOT, publicUrl: config.PUBLIC_URL ?? null, linkKey: deriveKey(secretsKey, 'telegram-link') },
      payments: { gateway, callbackBase: () => apiUrl },
      whatsappApiRoot: config.WHATSAPP_API_ROOT, embeddings: embeddingsOf(llmConfig(config)),
    });
    // Closing the app also stops the tenants' bots.
    stops.push(['api', () => app.close()]);
    const address = await app.listen({ host: config.API_HOST, port: config.API_PORT });
    await app.bots.startPolling();
    const localUrl = address.replace('[::1]', '127.0.0.1');
    apiUrl ||= localUrl;

    let demoShopUrl: string | null = null;
    if (demo && sims) {
      // Meta's side of the webhook set-up: the handshake, then deliveries to this API.
      await sims.whatsapp.subscribe(`${localUrl}/whatsapp/${demo.tenantId}/webhook`, sims.config.whatsapp.verifyToken).catch((err: unknown) => {
        logger.warn({ err }, 'the WhatsApp simulator could not subscribe to the demo tenant\'s webhook (its WhatsApp connection was changed)');
      });
    }
    if (demo) {
      const shop = await startDemoShop({ sql, box, tenantId: demo.tenantId, apiUrl: localUrl, customer: 'alice' });
      stops.push(['demo shop', shop.close]);
      demoShopUrl = shop.url;
    }

    return { apiUrl: localUrl, docsUrl: `${localUrl}/docs`, temporalUiUrl, demo, dashboardUrl: `${localUrl}/dashboard`, demoShopUrl, whatsappSimulatorUrl: sims?.whatsapp.url ?? null, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * The combined process handles its own signals, so the worker must not install any. The SDK's
 * logs (bundler output, state changes, activity lines) go to the process's pino logger as JSON,
 * one step quieter at info so the console of `npm start` is not a line per activity.
 */
export function installWorkerRuntime(config: Pick<Config, 'LOG_LEVEL'>, logger: Logger): void {
  const { logger: sdkLogger, logging } = sdkLogging(logger, config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  Runtime.install({ shutdownSignals: [], logger: sdkLogger, telemetryOptions: { logging } });
}
