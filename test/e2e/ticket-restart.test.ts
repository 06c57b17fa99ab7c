// A worker process killed while it posts the answer into a panel ticket: the replacement
// must neither lose the answer nor post it a second time.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { eventually } from '../helpers/eventually.js';
import { startWorkerProcess } from '../helpers/worker-process.js';
import { devServerEnv, TEMPORAL_SETUP_TIMEOUT_MS } from '../helpers/temporal.js';
import { newTenant, testDatabase } from '../helpers/database.js';
import { patchTenantSettings } from '../../infra/tenants/settings.js';
import { startSimulators, type Simulators } from '../../dev/simulators/index.js';
import { startTicketPoller } from '../../activities/tickets.js';
import { connectToSimulators } from '../helpers/simulated-world.js';


describe('a panel ticket answered once across a worker restart (dev server, real worker processes)', function () {
  this.timeout(180_000);
  let sims: Simulators;
  const workers: ChildProcess[] = [];
  const track = (w: ChildProcess) => (workers.push(w), w);

  before(async function () {
    this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
    sims = await startSimulators({});
    sims.panel.state.tickets.clear();
    await devServerEnv();
  });
  after(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await sims.close();
  });

  it('posts the answer exactly once', async () => {
    const { url, sql } = await testDatabase();
    const { address, client } = await devServerEnv();
    const { tenantId } = await newTenant(sql, 'restart');
    await connectToSimulators(sql, tenantId, sims);
    await patchTenantSettings(sql, tenantId, { ticketPollSeconds: 1 });
    const taskQueue = `restart-${randomUUID()}`;
    const env = { DATABASE_URL: url, TEMPORAL_ADDRESS: address, TEMPORAL_TASK_QUEUE: taskQueue };

    const replyPosts = () => sims.panel.faults.requestCounts['POST /tickets/:id/reply'] ?? 0;
    const first = track(startWorkerProcess(env));
    await startTicketPoller(client, taskQueue, tenantId);
    const ticketId = sims.panel.addTicket('alice', 'Where is it', 'status 1002');
    // The panel answers slowly from here on: the worker dies with the answer in flight.
    await eventually('the ticket to be read', () => (sims.panel.faults.requestCounts['GET /tickets/:id'] ?? 0) > 0, 90_000);
    sims.panel.faults.latencyMs = 2500;
    await eventually('the answer to be on its way', () => replyPosts() === 1, 90_000);
    first.kill('SIGKILL');
    sims.panel.faults.latencyMs = 0;
    track(startWorkerProcess(env));

    const delivered = async () => {
      const [row] = await sql<{ n: number }[]>`
        select count(*)::int as n from replies r join conversations c on c.id = r.conversation_id
        where c.tenant_id = ${tenantId} and r.delivered_at is not null`;
      return (row?.n ?? 0) > 0;
    };
    await eventually('the reply to be marked delivered', delivered, 90_000);
    const staff = sims.panel.state.tickets.get(ticketId)!.messages.filter((m) => m.isStaff);
    assert.equal(staff.length, 1, 'answered once');
    assert.match(staff[0]!.message, /1002/);
  });
});
