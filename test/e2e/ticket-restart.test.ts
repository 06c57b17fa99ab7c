// A worker process killed while it posts the answer into a panel ticket: the replacement
// must neither lose the answer nor post it a second time.
import assert from 'node:assert/strict';
import { eventually } from '../helpers/eventually.js';
import { workerCrashSuite } from '../helpers/crash-suite.js';
import { patchTenantSettings } from '../../infra/tenants/settings.js';
import { startTicketPoller } from '../../activities/tickets.js';

describe('a panel ticket answered once across a worker restart (dev server, real worker processes)', function () {
  this.timeout(180_000);
  const suite = workerCrashSuite({ clearTickets: true });

  it('posts the answer exactly once', async () => {
    const { sims } = suite;
    const { sql, client, tenantId, taskQueue, env } = await suite.tenant('restart');
    await patchTenantSettings(sql, tenantId, { ticketPollSeconds: 1 });

    const replyPosts = () => sims.panel.faults.requestCounts['POST /tickets/:id/reply'] ?? 0;
    const first = suite.startWorker(env);
    await startTicketPoller(client, taskQueue, tenantId);
    const ticketId = sims.panel.addTicket('alice', 'Where is it', 'status 1002');
    // The panel answers slowly from here on: the worker dies with the answer in flight.
    await eventually('the ticket to be read', () => (sims.panel.faults.requestCounts['GET /tickets/:id'] ?? 0) > 0, 90_000);
    sims.panel.faults.latencyMs = 2500;
    await eventually('the answer to be on its way', () => replyPosts() === 1, 90_000);
    first.kill('SIGKILL');
    sims.panel.faults.latencyMs = 0;
    suite.startWorker(env);

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
