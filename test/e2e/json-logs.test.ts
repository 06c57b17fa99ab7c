// Operators feed the processes' output to a log collector: the Temporal SDK's own lines (here
// the worker's state change) must arrive as pino JSON like the product's, from the compiled
// worker and from `npm start`, not as the SDK's plain-text console lines.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '../helpers/eventually.js';
import { devServerEnv, TEMPORAL_SETUP_TIMEOUT_MS } from '../helpers/temporal.js';
import { testDatabase } from '../helpers/database.js';
import { buildOnce, startCompiled, type CompiledProcess } from '../helpers/compiled.js';
import { allocatePorts, startServiceProcess, type ServiceProcess } from '../helpers/service-process.js';

interface LogLine {
  level: number;
  msg: string;
  component?: string;
  state?: string;
}

/** The output's JSON lines; anything else (the start banner, stray text) is left out. */
function jsonLines(output: string): LogLine[] {
  return output.split('\n').flatMap((line) => {
    try {
      const parsed: unknown = JSON.parse(line);
      return typeof parsed === 'object' && parsed !== null ? [parsed as LogLine] : [];
    } catch {
      return [];
    }
  });
}

function workerRunningLine(output: string): LogLine | undefined {
  return jsonLines(output).find((l) => l.component === 'temporal' && l.msg === 'Worker state changed' && l.state === 'RUNNING');
}

function assertNoPlainSdkLines(output: string): void {
  const plain = output.split('\n').filter((l) => l.includes('Worker state changed') && !l.startsWith('{'));
  assert.deepEqual(plain, [], 'SDK lines are JSON, not the SDK console format');
}

describe('logs: the Temporal SDK writes pino JSON lines (real processes)', function () {
  this.timeout(600_000);

  describe('compiled worker', () => {
    let worker: CompiledProcess | undefined;
    before(async function () {
      this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
      await Promise.all([buildOnce(), devServerEnv(), testDatabase()]);
    });
    after(() => {
      if (worker?.child.exitCode === null) worker.child.kill('SIGKILL');
    });

    it('logs the worker starting to poll as JSON with level and msg', async () => {
      const { url } = await testDatabase();
      const { address } = await devServerEnv();
      worker = await startCompiled('worker', { DATABASE_URL: url, TEMPORAL_ADDRESS: address, TEMPORAL_TASK_QUEUE: `logs-${randomUUID()}`, LOG_LEVEL: 'info' });
      const w = worker;
      const line = await eventually('the SDK to log the worker running', () => workerRunningLine(w.output()), 60_000);
      assert.equal(line.level, 30, 'pino info');
      assertNoPlainSdkLines(w.output());
      w.child.kill('SIGTERM');
      assert.equal(await w.exited, 0);
    });
  });

  describe('npm start', () => {
    let dataDir: string;
    let svc: ServiceProcess | undefined;
    before(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'supportai-logs-'));
      await chmod(dataDir, 0o755);
    });
    after(async () => {
      if (svc) await svc.interrupt();
      await rm(dataDir, { recursive: true, force: true });
    });

    it('routes the embedded worker\'s SDK lines through pino', async () => {
      svc = await startServiceProcess(dataDir, await allocatePorts(), { LOG_LEVEL: 'debug' });
      const s = svc;
      const line = await eventually('the SDK to log the worker running', () => workerRunningLine(s.output()), 60_000);
      assert.equal(line.level, 30);
      assertNoPlainSdkLines(s.output());
      assert.equal(await s.interrupt(), 0);
      svc = undefined;
    });
  });
});
