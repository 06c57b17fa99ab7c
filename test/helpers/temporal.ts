// Run-wide Temporal servers for tests, each started on first use and stopped after the whole
// run (onStop). Binaries come from dev/temporal; a fresh machine builds them on first use,
// so the `before` hook that first asks for a server needs TEMPORAL_SETUP_TIMEOUT_MS.
import type { Client } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { ensureTemporalCli } from '../../dev/temporal/cli-binary.js';
import { startDevServer } from '../../dev/temporal/dev-server.js';
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

/**
 * A Java time-skipping test server of the calling suite's own, torn down in its `after`.
 * Not shared: the server pauses skipping while any activity task is outstanding, so work
 * another suite left behind would stall this suite's clock.
 */
export async function timeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  const path = await ensureJavaTestServer(tools);
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path } },
  });
  // The Java server rejects undeclared search attributes and has no list call, so the
  // product's attributes are declared directly.
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(Object.keys(SEARCH_ATTRIBUTES).map((name) => [name, KEYWORD])),
  });
  return env;
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
    const binary = await ensureTemporalCli(tools);
    const server = await startDevServer({ binary, searchAttributes: SEARCH_ATTRIBUTES, log: tools.log });
    onStop(() => server.stop());
    const env = await TestWorkflowEnvironment.createFromExistingServer({ address: server.address });
    onStop(() => env.teardown());
    return { address: server.address, uiUrl: server.uiUrl, env, client: env.client };
  })();
  return await devServer;
}
