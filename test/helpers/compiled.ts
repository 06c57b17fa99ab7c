// The production build, run as production runs it: `npm run build` once per test run, then
// `node dist/api/server.js` and `node dist/worker/main.js` as separate processes on free ports.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from '../../dev/temporal/free-port.js';
import { eventually } from './eventually.js';
import { TEST_SECRETS_KEY } from './database.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let built: Promise<void> | null = null;

export function buildOnce(): Promise<void> {
  built ??= promisify(execFile)('npm', ['run', 'build'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }).then(() => undefined);
  return built;
}

export const TEST_OPERATOR_KEY = 'operator-key-for-tests-only-0123456789';

export interface CompiledProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  exited: Promise<number | null>;
}

/** Starts a compiled role and waits until its /readyz answers 200. */
export async function startCompiled(role: 'api' | 'worker', env: Record<string, string>): Promise<CompiledProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [role === 'api' ? 'dist/api/server.js' : 'dist/worker/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      SECRETS_KEY: TEST_SECRETS_KEY,
      ALLOW_LOOPBACK_URLS: 'true',
      OPERATOR_API_KEY: TEST_OPERATOR_KEY,
      ...(role === 'api' ? { API_PORT: String(port) } : { WORKER_HTTP_PORT: String(port) }),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  await eventually(`the compiled ${role} to be ready`, async () => {
    if (child.exitCode !== null) throw new Error(`the ${role} exited with ${child.exitCode}:\n${out}`);
    return fetch(`${url}/readyz`).then((r) => r.status === 200, () => false);
  }, 120_000);
  return { child, url, output: () => out, exited };
}
