// Finds or obtains the Temporal CLI, whose `server start-dev` is the dev server (with Web UI).
// Like Temporal's SDKs, it downloads the released CLI (checksum verified) once per machine
// and caches it by version outside the clone; where the download is refused (no internet,
// as on closed build machines) or building is asked for, it builds the CLI from its Go module.
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdir, rename, rm, stat } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { homedir } from 'node:os';
import { runCommand } from './run-command.js';
import { DEFAULT_CLI_DOWNLOAD_ROOT, downloadTemporalCli } from './cli-download.js';

/** The newest release `go install` accepts: later go.mod files carry a `replace` directive. */
export const TEMPORAL_CLI_VERSION = '1.5.1';
/** The server bundled in that release; a `temporal` found on PATH must bundle at least this. */
const MIN_SERVER_VERSION = '1.29.1';
const GO_PACKAGE = `github.com/temporalio/cli/cmd/temporal@v${TEMPORAL_CLI_VERSION}`;
const HEARTBEAT_MS = 30_000;

export interface TemporalCliOptions {
  /** A binary chosen by the user (TEMPORAL_CLI_PATH); an error when it is not executable. */
  explicitPath?: string;
  /** Cache root, `${XDG_CACHE_HOME:-$HOME/.cache}/supportai` (cache-dir.ts); `~/.cache/supportai` if omitted. */
  cacheDir?: string;
  /** Environment for the PATH lookup and for `go` (PATH, HOME, GOPATH, GOPROXY...). No PATH lookup if omitted. */
  env?: NodeJS.ProcessEnv;
  /** Release root to download from (TEMPORAL_CLI_DOWNLOAD_URL); Temporal's releases if omitted. */
  downloadRoot?: string;
  /** Skip the download and build with Go (TEMPORAL_CLI_FROM_SOURCE=true). */
  fromSource?: boolean;
  /** Progress notes while downloading or building. */
  log?: (line: string) => void;
}

export type TemporalCliInstallOptions = TemporalCliOptions & { env: NodeJS.ProcessEnv };

export function cachedTemporalCliPath(cacheDir?: string): string {
  const root = cacheDir ?? join(homedir(), '.cache', 'supportai');
  return join(root, `temporal-cli-${TEMPORAL_CLI_VERSION}`, 'temporal');
}

/** Explicit path, then a usable `temporal` on PATH, then the cache; null when none. */
export async function locateTemporalCli(opts: TemporalCliOptions): Promise<string | null> {
  if (opts.explicitPath) {
    if (!(await isExecutableFile(opts.explicitPath))) {
      throw new Error(`TEMPORAL_CLI_PATH=${opts.explicitPath} is not an executable file`);
    }
    return opts.explicitPath;
  }
  for (const dir of (opts.env?.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, 'temporal');
    if ((await isExecutableFile(candidate)) && (await bundlesUsableServer(candidate))) return candidate;
  }
  const cached = cachedTemporalCliPath(opts.cacheDir);
  return (await isExecutableFile(cached)) ? cached : null;
}

/** Downloads the pinned CLI into the cache, or builds it when the download is refused or not wanted. */
export async function installTemporalCli(opts: TemporalCliInstallOptions): Promise<string> {
  const log = opts.log ?? (() => undefined);
  if (!opts.fromSource) {
    const root = opts.downloadRoot ?? DEFAULT_CLI_DOWNLOAD_ROOT;
    log(`Downloading Temporal CLI v${TEMPORAL_CLI_VERSION} from ${root} (first time only)...`);
    try {
      const path = await downloadTemporalCli({ version: TEMPORAL_CLI_VERSION, root, target: cachedTemporalCliPath(opts.cacheDir) });
      log(`Downloaded Temporal CLI: ${path}`);
      return path;
    } catch (err) {
      log(`Download refused (${err instanceof Error ? err.message : String(err)}); building from source instead.`);
    }
  }
  return await buildTemporalCli(opts);
}

/** Builds the pinned CLI with `go install` into the cache and returns its path. */
export async function buildTemporalCli(opts: TemporalCliInstallOptions): Promise<string> {
  const target = cachedTemporalCliPath(opts.cacheDir);
  // Build into a private folder and rename, so a concurrent or interrupted build never
  // leaves a half-written binary at the cached path.
  const partial = `${dirname(target)}.partial-${process.pid}`;
  await mkdir(partial, { recursive: true });
  const log = opts.log ?? (() => undefined);
  const started = Date.now();
  let downloads = 0;
  log(`Building Temporal CLI v${TEMPORAL_CLI_VERSION} with \`go install\` (first time only, takes a few minutes)...`);
  const heartbeat = setInterval(() => {
    log(`...still building (${seconds(started)} s, ${downloads} modules downloaded)`);
  }, HEARTBEAT_MS);
  try {
    await runCommand('go', ['install', GO_PACKAGE], {
      env: { ...opts.env, GOBIN: partial },
      onLine: (line) => {
        if (line.startsWith('go: downloading')) downloads += 1;
      },
    });
    await mkdir(dirname(target), { recursive: true });
    await rename(join(partial, 'temporal'), target);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(
      `Could not build the Temporal CLI: ${reason}\n` +
        'It needs Go >= 1.25 and the Go module proxy (or the internet for the download). Alternatively put a Temporal CLI ' +
        `bundling server >= ${MIN_SERVER_VERSION} on PATH or point TEMPORAL_CLI_PATH at one.`,
      { cause: err },
    );
  } finally {
    clearInterval(heartbeat);
    await rm(partial, { recursive: true, force: true });
  }
  log(`Built Temporal CLI in ${seconds(started)} s: ${target}`);
  return target;
}

export async function ensureTemporalCli(opts: TemporalCliInstallOptions): Promise<string> {
  return (await locateTemporalCli(opts)) ?? (await installTemporalCli(opts));
}

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** `temporal --version` prints e.g. "temporal version 1.5.1 (Server 1.29.1, UI 2.42.1)". */
async function bundlesUsableServer(binary: string): Promise<boolean> {
  try {
    const { stdout } = await promisify(execFile)(binary, ['--version'], { timeout: 10_000 });
    const server = /\(Server (\d+\.\d+\.\d+)/.exec(stdout)?.[1];
    return server !== undefined && compareVersions(server, MIN_SERVER_VERSION) >= 0;
  } catch {
    return false; // not a Temporal CLI, or a broken one: keep looking
  }
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function seconds(since: number): number {
  return Math.round((Date.now() - since) / 1000);
}
