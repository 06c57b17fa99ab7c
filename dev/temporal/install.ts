// `npx tsx dev/temporal/install.ts`: makes sure the Temporal CLI (dev server) and the Java
// time-skipping test server are available, fetching them into the cache when missing, and
// prints their paths. CI runs it before the tests.
//
// A standalone script, so it reads its environment directly: HOME and XDG_CACHE_HOME (cache
// location), TEMPORAL_CLI_PATH (use that CLI), TEMPORAL_CLI_DOWNLOAD_URL and
// TEMPORAL_CLI_FROM_SOURCE (download or build, tool-options.ts), PATH (a `temporal` already
// installed; go, mvn).
import { ensureTemporalCli } from './cli-binary.js';
import { ensureJavaTestServer } from './java-test-server.js';
import { temporalToolOptions } from './tool-options.js';

const options = { ...temporalToolOptions(process.env), log: (line: string) => console.error(line) };
try {
  const cli = await ensureTemporalCli(options);
  const testServer = await ensureJavaTestServer(options);
  console.log(`temporal-cli=${cli}`);
  console.log(`temporal-test-server=${testServer}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
