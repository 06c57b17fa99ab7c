// The Temporal SDK's own log lines (worker state, bundler, the Rust core's warnings) routed
// into the process's pino logger, so every process writes one stream of JSON lines.
import type { LogLevel, LogMetadata, Logger as SdkLogger } from '@temporalio/common';
import { makeTelemetryFilterString, type RuntimeOptions } from '@temporalio/worker';
import type { Logger } from '../infra/logger.js';

class PinoSdkLogger implements SdkLogger {
  constructor(private readonly pino: Logger) {}
  log(level: LogLevel, message: string, meta?: LogMetadata): void {
    const method = ({ TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const)[level];
    this.pino[method](meta ?? {}, message);
  }
  trace(message: string, meta?: LogMetadata): void { this.log('TRACE', message, meta); }
  debug(message: string, meta?: LogMetadata): void { this.log('DEBUG', message, meta); }
  info(message: string, meta?: LogMetadata): void { this.log('INFO', message, meta); }
  warn(message: string, meta?: LogMetadata): void { this.log('WARN', message, meta); }
  error(message: string, meta?: LogMetadata): void { this.log('ERROR', message, meta); }
}

/**
 * Runtime options that send the SDK's logs (TypeScript side and core, the core from WARN up)
 * to `logger` as `component: "temporal"` lines; `level` lets a process keep them quieter
 * than its own lines.
 */
export function sdkLogging(logger: Logger, level?: string): Pick<RuntimeOptions, 'logger'> & { logging: NonNullable<RuntimeOptions['telemetryOptions']>['logging'] } {
  const child = logger.child({ component: 'temporal' }, level ? { level } : {});
  return {
    logger: new PinoSdkLogger(child),
    logging: { forward: {}, filter: makeTelemetryFilterString({ core: 'WARN' }) },
  };
}
