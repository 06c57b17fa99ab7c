// Temporal runtime pieces: finding or building the Temporal CLI (dev server with Web UI) and
// Temporal's Java time-skipping test server, running the dev server on loopback, and the
// product's search attributes. install.ts is the command-line entry that prepares both.
export { cachedTemporalCliPath, ensureTemporalCli, installTemporalCli, locateTemporalCli, TEMPORAL_CLI_VERSION } from './cli-binary.js';
export type { TemporalCliInstallOptions, TemporalCliOptions } from './cli-binary.js';
export { supportaiCacheDir } from './cache-dir.js';
export { startDevServer } from './dev-server.js';
export type { DevServer, DevServerOptions } from './dev-server.js';
export { ensureJavaTestServer, JAVA_TEST_SERVER_VERSION } from './java-test-server.js';
export type { JavaTestServerOptions } from './java-test-server.js';
export { SEARCH_ATTRIBUTES } from '../../infra/temporal/search-attributes.js';
export type { SearchAttributeKind } from '../../infra/temporal/search-attributes.js';
export { temporalToolOptions } from './tool-options.js';
export type { TemporalToolOptions } from './tool-options.js';
