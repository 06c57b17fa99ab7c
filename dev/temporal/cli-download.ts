// Downloads a released Temporal CLI, as Temporal's SDKs do for their dev server: the release
// archive for this platform, checked against the release's SHA-256 list before anything is
// unpacked, then moved into the cache in one rename. Any refusal (no network, an HTTP error,
// a checksum that does not match, an archive without a binary of this version that runs here)
// is an error the caller answers by building from source.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { runCommand } from './run-command.js';

/** Where Temporal publishes CLI releases: `<root>/v<version>/<archive>` and `checksums.txt`. */
export const DEFAULT_CLI_DOWNLOAD_ROOT = 'https://github.com/temporalio/cli/releases/download';
const FETCH_TIMEOUT_MS = 120_000;

export interface CliDownload {
  version: string;
  /** Release root; the environment's TEMPORAL_CLI_DOWNLOAD_URL, or Temporal's releases. */
  root: string;
  /** Where the binary ends up (the cache path for this version). */
  target: string;
  platform?: NodeJS.Platform;
  arch?: string;
}

/** The release archive's name for a platform, as the CLI's release configuration names it. */
export function cliArchiveName(version: string, platform: NodeJS.Platform, arch: string): string {
  // Windows releases hold temporal.exe, which the cache layout does not expect: built there.
  const os = { linux: 'linux', darwin: 'darwin' }[platform as string];
  const goArch = { x64: 'amd64', arm64: 'arm64' }[arch];
  if (!os || !goArch) throw new Error(`no Temporal CLI release is published for ${platform}/${arch}`);
  return `temporal_cli_${version}_${os}_${goArch}.tar.gz`;
}

/** Fetches, verifies and unpacks the release; returns the installed binary's path. */
export async function downloadTemporalCli(d: CliDownload): Promise<string> {
  const archive = cliArchiveName(d.version, d.platform ?? process.platform, d.arch ?? process.arch);
  const base = `${d.root.replace(/\/+$/, '')}/v${d.version}`;
  const expected = expectedChecksum((await fetchBytes(`${base}/checksums.txt`)).toString('utf8'), archive);
  const bytes = await fetchBytes(`${base}/${archive}`);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== expected) throw new Error(`checksum mismatch for ${archive}: expected ${expected}, got ${actual}`);

  await mkdir(dirname(d.target), { recursive: true });
  // Unpack next to the cache entry and rename, so nobody ever sees a half-written binary.
  const work = await mkdtemp(`${dirname(d.target)}.download-`);
  try {
    await writeFile(join(work, archive), bytes);
    await runCommand('tar', ['-xzf', join(work, archive), '-C', work, 'temporal']);
    await chmod(join(work, 'temporal'), 0o755);
    // A binary that does not run here, or is another release, must not become the cached one.
    const { stdout } = await promisify(execFile)(join(work, 'temporal'), ['--version'], { timeout: 10_000 });
    if (!stdout.includes(`version ${d.version}`)) throw new Error(`the archive's binary is not v${d.version}: ${stdout.trim()}`);
    await rename(join(work, 'temporal'), d.target);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return d.target;
}

/** The SHA-256 a `checksums.txt` (lines of `<hex>  <file name>`) gives for one file. */
export function expectedChecksum(list: string, file: string): string {
  for (const line of list.split('\n')) {
    const [hash, name] = line.trim().split(/\s+/);
    if (name?.replace(/^\*/, '') === file && hash && /^[0-9a-f]{64}$/i.test(hash)) return hash.toLowerCase();
  }
  throw new Error(`checksums.txt lists no SHA-256 for ${file}`);
}

async function fetchBytes(url: string): Promise<Buffer> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (err) {
    throw new Error(`could not reach ${url}: ${err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err)}`);
  }
  if (!res.ok) throw new Error(`${url} answered HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}
