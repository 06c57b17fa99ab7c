// Options for finding and installing the Temporal binaries, derived from an environment the
// entry point hands over (install.ts, the test helpers, npm start): HOME and XDG_CACHE_HOME
// pick the cache, TEMPORAL_CLI_PATH an existing CLI, TEMPORAL_CLI_DOWNLOAD_URL the release
// root to download from, TEMPORAL_CLI_FROM_SOURCE=true skips the download for a Go build,
// and PATH/GOPATH/GOPROXY... reach go and mvn.
import { supportaiCacheDir } from './cache-dir.js';

export interface TemporalToolOptions {
  cacheDir: string;
  explicitPath?: string;
  downloadRoot?: string;
  fromSource: boolean;
  env: NodeJS.ProcessEnv;
}

export function temporalToolOptions(env: NodeJS.ProcessEnv): TemporalToolOptions {
  return {
    cacheDir: supportaiCacheDir(env),
    explicitPath: env.TEMPORAL_CLI_PATH || undefined,
    downloadRoot: env.TEMPORAL_CLI_DOWNLOAD_URL || undefined,
    fromSource: env.TEMPORAL_CLI_FROM_SOURCE === 'true',
    env,
  };
}
