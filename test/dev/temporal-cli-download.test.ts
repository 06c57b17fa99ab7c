// Obtaining the Temporal CLI on a newcomer's machine: the released archive is downloaded,
// checked against the release's checksums and cached by version; a download that is refused
// falls back to the Go build. A loopback server plays the release site with a real archive
// built here, and a stand-in `go` on PATH plays the build, so both paths run for real.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cachedTemporalCliPath, ensureTemporalCli, installTemporalCli, TEMPORAL_CLI_VERSION } from '../../dev/temporal/cli-binary.js';
import { cliArchiveName } from '../../dev/temporal/cli-download.js';
import { temporalToolOptions } from '../../dev/temporal/tool-options.js';

const run = promisify(execFile);
const RELEASED = 'temporal version 1.5.1 (Server 1.29.1, UI 2.42.1) released';
const BUILT = 'temporal version 1.5.1 (Server 1.29.1, UI 2.42.1) built';

describe('Temporal CLI: download, verify, cache, or build', () => {
  let dir: string;
  let name: string;
  let archive: Buffer;
  let checksums: string;
  let requests: string[];
  let server: Server;
  let root: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'temporal-cli-download-'));
    name = cliArchiveName(TEMPORAL_CLI_VERSION, process.platform, process.arch);
    archive = await releaseArchive(join(dir, 'release'), RELEASED);
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.url === `/v${TEMPORAL_CLI_VERSION}/checksums.txt`) return void res.end(checksums);
      if (req.url === `/v${TEMPORAL_CLI_VERSION}/${name}`) return void res.end(archive);
      res.statusCode = 404;
      res.end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    // A stand-in `go` that "builds" a recognisable CLI into GOBIN, as `go install` would.
    const goDir = join(dir, 'go-bin');
    await mkdir(goDir);
    await writeFile(join(goDir, 'go'), `#!/bin/sh\nprintf '#!/bin/sh\\necho "${BUILT}"\\n' > "$GOBIN/temporal"\nchmod +x "$GOBIN/temporal"\n`);
    await chmod(join(goDir, 'go'), 0o755);
    env = { PATH: `${goDir}:/usr/bin:/bin` };
    checksums = `${'0'.repeat(64)}  temporal_cli_${TEMPORAL_CLI_VERSION}_windows_amd64.zip\n${sha256(archive)}  ${name}\n`;
  });

  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  let cacheDir: string;
  beforeEach(async () => {
    requests = [];
    cacheDir = await mkdtemp(join(dir, 'cache-'));
  });

  it('uses the released CLI when its checksum matches, and the cached copy afterwards', async () => {
    const logs: string[] = [];
    const path = await ensureTemporalCli({ cacheDir, downloadRoot: root, env, log: (l) => logs.push(l) });
    assert.equal(path, cachedTemporalCliPath(cacheDir), 'cached under the version');
    assert.equal(await version(path), RELEASED);
    assert.ok(logs.some((l) => l.startsWith('Downloaded Temporal CLI')), logs.join('\n'));

    const served = requests.length;
    assert.equal(await ensureTemporalCli({ cacheDir, downloadRoot: root, env }), path);
    assert.equal(requests.length, served, 'a cached CLI is not downloaded again');
  });

  it('refuses an archive whose checksum does not match and builds from source instead', async () => {
    const good = checksums;
    checksums = good.replace(sha256(archive), sha256(Buffer.from('another archive')));
    try {
      const logs: string[] = [];
      const path = await installTemporalCli({ cacheDir, downloadRoot: root, env, log: (l) => logs.push(l) });
      assert.ok(requests.some((r) => r.endsWith('.tar.gz')), 'the archive was fetched and checked');
      assert.equal(await version(path), BUILT, 'the tampered archive is never installed');
      assert.ok(logs.some((l) => /Download refused \(checksum mismatch/.test(l)), logs.join('\n'));
    } finally {
      checksums = good;
    }
  });

  it('refuses an archive whose binary is another release, though its checksum matches', async () => {
    const good = { archive, checksums };
    archive = await releaseArchive(join(dir, 'other-release'), 'temporal version 1.4.0 (Server 1.28.0, UI 2.39.0)');
    checksums = `${sha256(archive)}  ${name}\n`;
    try {
      const logs: string[] = [];
      const path = await installTemporalCli({ cacheDir, downloadRoot: root, env, log: (l) => logs.push(l) });
      assert.equal(await version(path), BUILT);
      assert.ok(logs.some((l) => /not v1\.5\.1/.test(l)), logs.join('\n'));
    } finally {
      ({ archive, checksums } = good);
    }
  });

  it('falls back to the build when the release site cannot be reached', async () => {
    const path = await installTemporalCli({ cacheDir, downloadRoot: `${root}/missing`, env });
    assert.equal(await version(path), BUILT);
  });

  it('builds from source without downloading when asked to', async () => {
    const options = temporalToolOptions({ ...env, XDG_CACHE_HOME: cacheDir, TEMPORAL_CLI_DOWNLOAD_URL: root, TEMPORAL_CLI_FROM_SOURCE: 'true' });
    const path = await installTemporalCli(options);
    assert.equal(await version(path), BUILT);
    assert.deepEqual(requests, []);
  });
});

/** A release archive laid out as Temporal publishes it: the binary and its licence. */
async function releaseArchive(content: string, versionLine: string): Promise<Buffer> {
  await mkdir(content);
  await writeFile(join(content, 'temporal'), `#!/bin/sh\necho '${versionLine}'\n`, { mode: 0o755 });
  await writeFile(join(content, 'LICENSE'), 'MIT\n');
  const file = join(content, cliArchiveName(TEMPORAL_CLI_VERSION, process.platform, process.arch));
  await run('tar', ['-czf', file, '-C', content, 'temporal', 'LICENSE']);
  return await readFile(file);
}

async function version(binary: string): Promise<string> {
  return (await run(binary, ['--version'])).stdout.trim();
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
