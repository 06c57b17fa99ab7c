// The Temporal servers the tests and the embedded runtime rely on: the time-skipping server
// really skips timers, and the dev server indexes the product's search attributes.
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type AddressInfo } from 'node:net';
import { Connection } from '@temporalio/client';
import { defineSearchAttributeKey } from '@temporalio/common';
import { Worker } from '@temporalio/worker';
import { cachedTemporalCliPath, locateTemporalCli } from '../../dev/temporal/cli-binary.js';
import { echoAfterAnHour } from '../fixtures/workflows/echo.js';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { startDevServer } from '../../dev/temporal/dev-server.js';
import { freePort } from '../../dev/temporal/free-port.js';
import { devServerEnv, TEMPORAL_SETUP_TIMEOUT_MS, temporalCli, timeSkippingEnv } from '../helpers/temporal.js';

const workflowsPath = fileURLToPath(new URL('../fixtures/workflows/echo.ts', import.meta.url));
const TenantId = defineSearchAttributeKey('TenantId', 'KEYWORD');

describe('Temporal servers', () => {
  describe('locating the Temporal CLI', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'temporal-cli-'));
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('takes a temporal on PATH that bundles a recent server', async () => {
      const onPath = await fakeCli(join(dir, 'bin'), 'temporal version 1.6.0 (Server 1.30.0, UI 2.43.0)');
      assert.equal(await locateTemporalCli({ cacheDir: dir, env: { PATH: join(dir, 'bin') } }), onPath);
    });

    it('passes over an old temporal on PATH for the cached build', async () => {
      await fakeCli(join(dir, 'bin'), 'temporal version 0.13.2 (Server 1.23.1, UI 2.26.2)');
      const cached = await fakeCli(dirname(cachedTemporalCliPath(dir)), '');
      assert.equal(await locateTemporalCli({ cacheDir: dir, env: { PATH: join(dir, 'bin') } }), cached);
    });

    it('finds nothing when no CLI is installed, and refuses a bad explicit path', async () => {
      assert.equal(await locateTemporalCli({ cacheDir: dir, env: { PATH: '' } }), null);
      await assert.rejects(locateTemporalCli({ explicitPath: join(dir, 'missing') }), /TEMPORAL_CLI_PATH/);
    });
  });

  describe('time-skipping test server', () => {
    let env: TestWorkflowEnvironment;
    before(async function () {
      this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
      env = await timeSkippingEnv();
    });
    after(() => env.teardown());

    it('finishes a workflow that sleeps an hour', async () => {
      const taskQueue = `echo-${Date.now()}`;
      const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath });
      const result = await worker.runUntil(
        env.client.workflow.execute(echoAfterAnHour, { taskQueue, workflowId: `${taskQueue}-wf`, args: ['hello'] }),
      );
      assert.equal(result, 'hello');
    });
  });

  describe('dev server', () => {
    before(async function () {
      this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
      await devServerEnv();
    });

    it('picks again a port another process took before the server bound it', async function () {
      this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
      const { port: taken, release } = await holdPort();
      const lines: string[] = [];
      let picks = 0;
      // The first web UI port offered is one another process holds, as when a port found
      // free is taken before the server binds it.
      const pickPort = async (ip: string) => (++picks === 2 ? taken : await freePort(ip));
      try {
        const server = await startDevServer({ binary: await temporalCli(), searchAttributes: {}, pickPort, log: (l) => lines.push(l) });
        try {
          assert.notEqual(new URL(server.uiUrl).port, String(taken));
          const connection = await Connection.connect({ address: server.address });
          await connection.close();
          assert.ok(lines.some((l) => l.includes(`port ${taken} was taken`)), lines.join('\n'));
        } finally {
          await server.stop();
        }
      } finally {
        release();
      }
    });

    it('leaves a port the caller chose alone when it is taken', async function () {
      this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
      const { port: taken, release } = await holdPort();
      try {
        await assert.rejects(startDevServer({ binary: await temporalCli(), searchAttributes: {}, uiPort: taken, log: () => {} }), /address already in use/);
      } finally {
        release();
      }
    });

    it('finds a workflow by its TenantId search attribute', async () => {
      const { client } = await devServerEnv();
      const workflowId = `tenant-search-${Date.now()}`;
      // No worker needed: visibility indexes the workflow when it starts.
      const handle = await client.workflow.start(echoAfterAnHour, {
        taskQueue: 'no-worker',
        workflowId,
        args: ['hello'],
        typedSearchAttributes: [{ key: TenantId, value: 't1' }],
      });
      try {
        const query = `TenantId = "t1" AND WorkflowId = "${workflowId}"`;
        const found = await pollUntil(async () => {
          const ids: string[] = [];
          for await (const info of client.workflow.list({ query })) ids.push(info.workflowId);
          return ids.length > 0 ? ids : undefined;
        }, 10_000);
        assert.deepEqual(found, [workflowId]);
      } finally {
        await handle.terminate('test finished');
      }
    });
  });
});

/** A loopback port another process holds, until released. */
async function holdPort(): Promise<{ port: number; release: () => void }> {
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen({ host: '127.0.0.1', port: 0 }, resolve));
  return { port: (holder.address() as AddressInfo).port, release: () => holder.close() };
}

/** A shell script that answers `--version` like the Temporal CLI. */
async function fakeCli(dir: string, version: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'temporal');
  await writeFile(path, `#!/bin/sh\necho '${version}'\n`);
  await chmod(path, 0o755);
  return path;
}

/** Visibility is eventually consistent: retry a read until it yields something. */
async function pollUntil<T>(read: () => Promise<T | undefined>, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
