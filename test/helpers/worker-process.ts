// The worker as its own process (worker/main.ts), for tests that kill it mid-work.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TEST_SECRETS_KEY } from './database.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function startWorkerProcess(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'worker/main.ts'], {
    cwd: ROOT,
    // Port 0 for the worker's own /metrics server: tests may run several workers side by side.
    env: { ...process.env, LOG_LEVEL: 'warn', SECRETS_KEY: TEST_SECRETS_KEY, ALLOW_LOOPBACK_URLS: 'true', WORKER_HTTP_PORT: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}
