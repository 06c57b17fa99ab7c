// Where the Temporal binaries are cached: outside the clone, so a fresh clone on the same
// machine reuses them, and keyed by version inside (see cli-binary.ts, java-test-server.ts).
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface CacheEnv {
  HOME?: string;
  XDG_CACHE_HOME?: string;
}

/** `${XDG_CACHE_HOME:-$HOME/.cache}/supportai`; the caller passes the environment. */
export function supportaiCacheDir(env: CacheEnv = {}): string {
  const base = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  return join(base, 'supportai');
}
