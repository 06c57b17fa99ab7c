// Runs the service exactly as `npm start` does, as a child process on free ports with its
// own data folder, and reads the URLs and the demo key from what it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../dev/temporal/free-port.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServiceProcess {
  apiUrl: string;
  temporalUiUrl: string;
  temporalAddress: string;
  demoKey: string;
  /** The service process; with `ownGroup`, also its process group's ID. */
  pid: number;
  exited: Promise<number | null>;
  output: () => string;
  /** Ctrl-C; resolves with the exit code. */
  interrupt(): Promise<number | null>;
}

export interface ServicePorts {
  api: number;
  pg: number;
  temporal: number;
  temporalUi: number;
}

export async function allocatePorts(): Promise<ServicePorts> {
  return { api: await freePort(), pg: await freePort(), temporal: await freePort(), temporalUi: await freePort() };
}

// A port found free can be taken before the service binds it: the suite runs many servers
// side by side, and the Temporal dev server binds more ports of its own. On such a clash the
// service is started again on new ports, written into `ports` for the caller.
const START_ATTEMPTS = 3;

export async function startServiceProcess(dataDir: string, ports: ServicePorts, extraEnv: Record<string, string> = {}, opts: { ownGroup?: boolean } = {}): Promise<ServiceProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(dataDir, ports, extraEnv, opts);
    } catch (err) {
      const clash = err instanceof Error && /address already in use/u.test(err.message);
      if (!clash || attempt >= START_ATTEMPTS) throw err;
      Object.assign(ports, await allocatePorts());
    }
  }
}

async function startOnce(dataDir: string, ports: ServicePorts, extraEnv: Record<string, string>, opts: { ownGroup?: boolean }): Promise<ServiceProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SUPPORTAI_DATA_DIR: dataDir,
    API_PORT: String(ports.api),
    EMBEDDED_PG_PORT: String(ports.pg),
    TEMPORAL_PORT: String(ports.temporal),
    TEMPORAL_UI_PORT: String(ports.temporalUi),
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  delete env.TEMPORAL_ADDRESS;
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/start.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: opts.ownGroup ?? false });
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const deadline = Date.now() + 240_000;
  while (!/Press Ctrl-C to stop/.test(out)) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode} before it was ready:\n${out}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the service did not start in time:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const grab = (label: string) => {
    const m = new RegExp(`${label}:\\s+(\\S+)`).exec(out);
    if (!m?.[1]) throw new Error(`"${label}" missing from the start output:\n${out}`);
    return m[1];
  };
  return {
    apiUrl: grab('API'),
    temporalUiUrl: grab('Temporal Web UI'),
    temporalAddress: `127.0.0.1:${ports.temporal}`,
    demoKey: grab('Demo API key'),
    pid: child.pid!,
    exited,
    output: () => out,
    interrupt: async () => {
      stop(child, 'SIGINT');
      return exited;
    },
  };
}

function stop(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.exitCode === null) child.kill(signal);
}
