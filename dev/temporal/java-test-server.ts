// Prepares Temporal's Java time-skipping test server for
// TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } }).
// The SDK would download a native build from the internet; here Maven resolves the same
// server (artifact io.temporal:temporal-test-server) and a launcher script runs it.
//
// How the SDK runs it (sdk-core ephemeral_server): `<path> <port> [extraArgs...]`, the port a
// free one it picked, stdout/stderr inherited; it polls the port every 100 ms for 5 s, and
// teardown sends SIGKILL. It never passes --enable-time-skipping: the server starts with
// skipping locked and the SDK's client unlocks it while it awaits a workflow result.
import { createHash } from 'node:crypto';
import { access, chmod, copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand } from './run-command.js';

export const JAVA_TEST_SERVER_VERSION = '1.31.0';

const SOURCES = {
  launcher: fileURLToPath(new URL('./java-test-server.sh', import.meta.url)),
  pom: fileURLToPath(new URL('./test-server/pom.xml', import.meta.url)),
  main: fileURLToPath(new URL('./test-server/LoopbackTestServer.java', import.meta.url)),
};

export interface JavaTestServerOptions {
  /** Cache root, `${XDG_CACHE_HOME:-$HOME/.cache}/supportai` (cache-dir.ts); `~/.cache/supportai` if omitted. */
  cacheDir?: string;
  /** Environment for mvn and javac; the current one if omitted. */
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

/** Path of the launcher to pass as the `existing-path` executable; installs it first if needed. */
export async function ensureJavaTestServer(opts: JavaTestServerOptions = {}): Promise<string> {
  const dir = join(opts.cacheDir ?? join(homedir(), '.cache', 'supportai'), `temporal-test-server-${JAVA_TEST_SERVER_VERSION}`);
  const launcher = join(dir, 'temporal-test-server');
  const fingerprint = await sourcesFingerprint();
  if (await isInstalled(dir, fingerprint)) return launcher;

  const log = opts.log ?? (() => undefined);
  log(`Preparing Temporal Java test server ${JAVA_TEST_SERVER_VERSION} (Maven resolves it once)...`);
  // Assemble in a private folder and swap it in, so readers never see half an install.
  const partial = `${dir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  try {
    const classpathFile = join(partial, 'classpath.txt');
    await runCommand(
      'mvn',
      ['-q', '-B', '-Dstyle.color=never', '-f', SOURCES.pom, 'dependency:build-classpath',
        `-Dmdep.outputFile=${classpathFile}`, `-Dtemporal-test-server.version=${JAVA_TEST_SERVER_VERSION}`],
      { env: opts.env },
    );
    const classpath = (await readFile(classpathFile, 'utf8')).trim();
    await runCommand('javac', ['-d', join(partial, 'classes'), '-cp', classpath, SOURCES.main], { env: opts.env });
    await copyFile(SOURCES.launcher, join(partial, 'temporal-test-server'));
    await chmod(join(partial, 'temporal-test-server'), 0o755);
    await writeFile(join(partial, 'fingerprint'), fingerprint);
    await rm(dir, { recursive: true, force: true });
    await rename(partial, dir);
  } catch (err) {
    await rm(partial, { recursive: true, force: true });
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`Could not prepare the Temporal Java test server (needs a JDK >= 11 and Maven): ${reason}`, { cause: err });
  }
  log(`Temporal Java test server ready: ${launcher}`);
  return launcher;
}

/** Installed from these very sources, and every jar of the classpath still in ~/.m2. */
async function isInstalled(dir: string, fingerprint: string): Promise<boolean> {
  try {
    if ((await readFile(join(dir, 'fingerprint'), 'utf8')) !== fingerprint) return false;
    const classpath = (await readFile(join(dir, 'classpath.txt'), 'utf8')).trim().split(':');
    await Promise.all([join(dir, 'temporal-test-server'), join(dir, 'classes', 'LoopbackTestServer.class'), ...classpath].map((p) => access(p)));
    return true;
  } catch {
    return false;
  }
}

async function sourcesFingerprint(): Promise<string> {
  const hash = createHash('sha256').update(JAVA_TEST_SERVER_VERSION);
  for (const file of Object.values(SOURCES)) hash.update(await readFile(file));
  return hash.digest('hex');
}
