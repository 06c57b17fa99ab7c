// `npm start` after a kill -9: of the service process alone (its PostgreSQL lives on), then of
// its whole process group (stale lock files). Each next start comes up by itself with all
// data; Ctrl-C returns only when PostgreSQL and the Temporal dev server have stopped.
import assert from 'node:assert/strict';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allocatePorts, startServiceProcess, type ServiceProcess } from '../helpers/service-process.js';
import { eventually } from '../helpers/eventually.js';
import { isAlive, processesUsing } from '../../infra/process/leftovers.js';

describe('npm start after kill -9, and Ctrl-C (real processes)', function () {
  this.timeout(600_000);
  let dataDir: string;
  let svc: ServiceProcess | undefined;

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'supportai-hygiene-'));
    await chmod(dataDir, 0o755);
  });
  after(async () => {
    if (svc && isAlive(svc.pid)) {
      process.kill(-svc.pid, 'SIGKILL');
    }
    for (const needle of [join(dataDir, 'pg'), join(dataDir, 'temporal.db')]) for (const pid of processesUsing(needle)) process.kill(pid, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  const conversation = async (s: ServiceProcess, id: string) => {
    const res = await fetch(`${s.apiUrl}/v1/conversations/${id}`, { headers: { authorization: `Bearer ${s.demoKey}` } });
    return res.status === 200 ? ((await res.json()) as { replies: unknown[] }) : null;
  };

  it('comes up again with its data after each kind of kill, and stops everything on Ctrl-C', async () => {
    const ports = await allocatePorts();
    const pgDir = join(dataDir, 'pg');
    const temporalDb = join(dataDir, 'temporal.db');
    svc = await startServiceProcess(dataDir, ports, {}, { ownGroup: true });
    const posted = await fetch(`${svc.apiUrl}/v1/tickets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${svc.demoKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ customer: 'alice', text: 'status 1002' }),
    });
    assert.equal(posted.status, 202);
    const { conversationId } = (await posted.json()) as { conversationId: string };
    const first = svc;
    await eventually('the first answer', async () => ((await conversation(first, conversationId))?.replies.length ?? 0) > 0, 120_000);

    // kill -9 of the service process alone: its PostgreSQL keeps running.
    process.kill(svc.pid, 'SIGKILL');
    await svc.exited;
    assert.ok(processesUsing(pgDir).length > 0, 'the killed run left its PostgreSQL behind');
    svc = await startServiceProcess(dataDir, ports, {}, { ownGroup: true });
    assert.equal(svc.demoKey, first.demoKey, 'the same demo tenant');
    assert.equal((await conversation(svc, conversationId))?.replies.length, 1, 'the data survived');

    // kill -9 of the whole process group: everything dies at once, lock files stay.
    process.kill(-svc.pid, 'SIGKILL');
    await svc.exited;
    await eventually('the group to be gone', () => processesUsing(pgDir).length === 0 && processesUsing(temporalDb).length === 0, 30_000);
    svc = await startServiceProcess(dataDir, ports, {}, { ownGroup: true });
    assert.equal((await conversation(svc, conversationId))?.replies.length, 1, 'the data survived again');

    // Ctrl-C returns only when everything it started has stopped.
    assert.equal(await svc.interrupt(), 0);
    assert.deepEqual(processesUsing(pgDir), [], 'PostgreSQL stopped');
    assert.deepEqual(processesUsing(temporalDb), [], 'the Temporal dev server stopped');
    svc = undefined;
  });
});
