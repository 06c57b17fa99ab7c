// The production entry points stop on bad configuration with one line per bad variable and
// no stack trace, before touching anything.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function run(entry: string, env: Record<string, string>): { status: number | null; stderr: string } {
  // Only what the process needs to start: the entry point must not see the test run's settings.
  const res = spawnSync(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 60_000 });
  return { status: res.status, stderr: res.stderr };
}

describe('production entry points on bad configuration', function () {
  this.timeout(120_000);

  it('the API names each bad variable on its own line, with no stack trace', () => {
    const { status, stderr } = run('api/server.ts', { API_PORT: 'abc', TEMPORAL_ADDRESS: 'not an address', DATABASE_URL: 'mysql://x', SECRETS_KEY: 'short' });
    assert.equal(status, 1);
    for (const v of ['API_PORT', 'TEMPORAL_ADDRESS', 'DATABASE_URL', 'SECRETS_KEY']) assert.match(stderr, new RegExp(`^  - ${v}: `, 'm'), `${v} named:\n${stderr}`);
    assert.doesNotMatch(stderr, /^\s+at /m, 'no stack trace');
  });

  it('the worker names the external services it needs', () => {
    const { status, stderr } = run('worker/main.ts', {});
    assert.equal(status, 1);
    for (const v of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'SECRETS_KEY']) assert.match(stderr, new RegExp(`^  - ${v}: required by the standalone worker`, 'm'), stderr);
    assert.doesNotMatch(stderr, /^\s+at /m);
  });
});
