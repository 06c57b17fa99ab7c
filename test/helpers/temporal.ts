// Run-wide Temporal servers for tests, each started on first use and stopped after the whole
// run (onStop). Binaries come from dev/temporal; a fresh machine builds them on first use,
// so the `before` hook that first asks for a server needs TEMPORAL_SETUP_TIMEOUT_MS.
import { spawn } from 'node:child_process';
import type { Client } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { ensureTemporalCli } from '../../dev/temporal/cli-binary.js';
import { startDevServer } from '../../dev/temporal/dev-server.js';
import { freePort } from '../../dev/temporal/free-port.js';
import { waitForPort } from '../../dev/temporal/wait-for-port.js';
import { ensureJavaTestServer } from '../../dev/temporal/java-test-server.js';
import { SEARCH_ATTRIBUTES } from '../../infra/temporal/search-attributes.js';
import { temporalToolOptions } from '../../dev/temporal/tool-options.js';
import { onStop } from './services.js';

/** temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD */
const KEYWORD = 2;

export const TEMPORAL_SETUP_TIMEOUT_MS = 10 * 60_000;

export interface DevServerEnv {
  address: string;
  uiUrl: string;
  /** Client and nativeConnection (for workers) on the dev server. */
  env: TestWorkflowEnvironment;
  client: Client;
}

// The test run is an entry point like install.ts: it hands the environment (cache location,
// TEMPORAL_CLI_PATH, PATH for go and mvn) to the installers once, here.
const tools = {
  ...temporalToolOptions(process.env),
  log: (line: string) => console.error(`[temporal] ${line}`),
};

let devServer: Promise<DevServerEnv> | undefined;

/** The Temporal CLI the dev servers run, installed on first use. */
export async function temporalCli(): Promise<string> {
  return await ensureTemporalCli(tools);
}

/**
 * A Java time-skipping test server of the calling suite's own, torn down in its `after`.
 * Not shared: the server pauses skipping while any activity task is outstanding, so work
 * another suite left behind would stall this suite's clock.
 *
 * Started here rather than by createTimeSkipping, whose start-up wait is a fixed 5 s: a JVM
 * on a loaded two-core machine can take longer. The SDK's own (private) factory then
 * attaches its time-skipping client to the running server.
 */
export async function timeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  const path = await ensureJavaTestServer(tools);
  const port = await freePort();
  const server = spawn(path, [String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const kill = (): void => void server.kill('SIGKILL');
  process.once('exit', kill);
  const stop = async (): Promise<void> => {
    process.removeListener('exit', kill);
    kill();
    await exited;
  };
  let env: TestWorkflowEnvironment;
  try {
    const aborted = new AbortController();
    server.once('exit', (code) => aborted.abort(new Error(`the Java test server exited during start-up (exit code ${String(code)})`)));
    await waitForPort('127.0.0.1', port, Date.now() + TEST_SERVER_START_MS, aborted.signal);
    env = await (TestWorkflowEnvironment as unknown as AttachTimeSkipping).create({
      server: { type: 'existing' },
      address: `127.0.0.1:${port}`,
      supportsTimeSkipping: true,
    });
  } catch (err) {
    await stop();
    throw err;
  }
  // The Java server rejects undeclared search attributes and has no list call, so the
  // product's attributes are declared directly.
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(Object.keys(SEARCH_ATTRIBUTES).map((name) => [name, KEYWORD])),
  });
  const teardown = env.teardown.bind(env);
  env.teardown = async () => {
    await teardown();
    await stop();
  };
  return env;
}

const TEST_SERVER_START_MS = 60_000;

/** TestWorkflowEnvironment.create, private in the SDK's types: an existing server, time skipping on. */
interface AttachTimeSkipping {
  create(opts: { server: { type: 'existing' }; address: string; supportsTimeSkipping: true }): Promise<TestWorkflowEnvironment>;
}

/**
 * A full dev server (Temporal CLI) with the product's search attributes, in memory.
 *
 * Started with our own startDevServer rather than TestWorkflowEnvironment.createLocal (which
 * also works with an existing-path CLI): the product's embedded runtime uses the same code,
 * so the tests cover it, and it stops the server gracefully, dies with the test process and
 * keeps server logs out of the test output unless they are warnings.
 */
export async function devServerEnv(): Promise<DevServerEnv> {
  devServer ??= (async () => {
    const server = await startDevServer({ binary: await temporalCli(), searchAttributes: SEARCH_ATTRIBUTES, log: tools.log });
    onStop(() => server.stop());
    const env = await TestWorkflowEnvironment.createFromExistingServer({ address: server.address });
    onStop(() => env.teardown());
    return { address: server.address, uiUrl: server.uiUrl, env, client: env.client };
  })();
  return await devServer;
}
