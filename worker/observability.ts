// The Temporal SDK inside a worker process: its logs (TypeScript side and Rust core) go to the
// process's pino logger, and its runtime metrics to a Prometheus exporter on loopback that the
// worker's own /metrics endpoint folds into one scrape.
import { createServer } from 'node:net';
import { Runtime } from '@temporalio/worker';
import type { Logger } from '../infra/logger.js';
import { sdkLogging } from './sdk-logger.js';

/** Installs the SDK runtime once; returns where its Prometheus exporter listens. */
export async function installObservedRuntime(logger: Logger): Promise<{ sdkMetricsUrl: string }> {
  const port = await freeLoopbackPort();
  const { logger: sdkLogger, logging } = sdkLogging(logger);
  Runtime.install({
    // The entry point handles SIGTERM itself, to log and to bound the shutdown.
    shutdownSignals: [],
    logger: sdkLogger,
    telemetryOptions: {
      logging,
      metrics: { prometheus: { bindAddress: `127.0.0.1:${port}` } },
    },
  });
  return { sdkMetricsUrl: `http://127.0.0.1:${port}/metrics` };
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}
