// `npx tsx bench/worker-start.ts [runs]`: how long a worker process takes from spawn until
// its /readyz answers 200 (polling Temporal), compiled (`node dist/worker/main.js`, prebuilt
// workflow bundle) versus from source (`node --import tsx worker/main.ts`, bundling at start).
// Run `npm run build` first. Uses an embedded PostgreSQL and the Temporal dev server.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../dev/embedded/postgres.js';
import { ensureTemporalCli } from '../dev/temporal/cli-binary.js';
import { startDevServer } from '../dev/temporal/dev-server.js';
import { freePort } from '../dev/temporal/free-port.js';
import { temporalToolOptions } from '../dev/temporal/tool-options.js';
import { SEARCH_ATTRIBUTES } from '../infra/temporal/search-attributes.js';

const runs = Number(process.argv[2] ?? 3);
const dir = await mkdtemp(join(tmpdir(), 'supportai-worker-start-'));
const pg = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), persistent: false });
const binary = await ensureTemporalCli({ ...temporalToolOptions(process.env), log: () => {} });
const temporal = await startDevServer({ binary, dbFile: join(dir, 'temporal.db'), namespace: 'default', searchAttributes: SEARCH_ATTRIBUTES, log: () => {} });

async function timeToReady(args: string[]): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env, DATABASE_URL: pg.url, TEMPORAL_ADDRESS: temporal.address, SECRETS_KEY: Buffer.alloc(32, 7).toString('base64'),
      WORKER_HTTP_PORT: String(port), LOG_LEVEL: 'warn', TEMPORAL_TASK_QUEUE: `start-${port}`,
    },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`worker exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
      if (ok) return performance.now() - t0;
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const compiled: number[] = [];
const source: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    compiled.push(await timeToReady(['dist/worker/main.js']));
    source.push(await timeToReady(['--import', 'tsx', 'worker/main.ts']));
  }
} finally {
  await temporal.stop();
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}
const fmt = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${(s[Math.floor(s.length / 2)]! / 1000).toFixed(2)} s (min ${(s[0]! / 1000).toFixed(2)}, max ${(s.at(-1)! / 1000).toFixed(2)}, n=${s.length})`;
};
console.log(`worker start, compiled (dist/, prebuilt bundle): ${fmt(compiled)}`);
console.log(`worker start, from source (tsx, bundling):      ${fmt(source)}`);
