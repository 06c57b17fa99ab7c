// Options for finding and installing the Temporal binaries, derived from an environment the
// entry point hands over (install.ts, the test helpers): HOME and XDG_CACHE_HOME pick the
// cache, TEMPORAL_CLI_PATH an existing CLI, and PATH/GOPATH/GOPROXY... reach go and mvn.
import { supportaiCacheDir } from './cache-dir.js';

export interface TemporalToolOptions {
  cacheDir: string;
  explicitPath?: string;
  env: NodeJS.ProcessEnv;
}

export function temporalToolOptions(env: NodeJS.ProcessEnv): TemporalToolOptions {
  return { cacheDir: supportaiCacheDir(env), explicitPath: env.TEMPORAL_CLI_PATH || undefined, env };
}
