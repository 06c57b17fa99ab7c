// SIGTERM to a compiled worker while a refill is at the provider: the dispatch finishes and
// is recorded as sent (not "maybe sent"), and the worker exits cleanly within its grace period.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eventually } from '../helpers/eventually.js';
import { devServerEnv, TEMPORAL_SETUP_TIMEOUT_MS } from '../helpers/temporal.js';
import { newTenant, testDatabase } from '../helpers/database.js';
import { buildOnce, startCompiled, type CompiledProcess } from '../helpers/compiled.js';
import { startSimulators, type Simulators } from '../../dev/simulators/index.js';
import { handMessageToConversation } from '../../app/hand-message.js';
import type { ConversationInput } from '../../workflows/definitions.js';
import { connectToSimulators } from '../helpers/simulated-world.js';

const GRACE_SECONDS = 30;

describe('worker shutdown: SIGTERM during a dispatch (compiled worker, dev server)', function () {
  this.timeout(600_000);
  let sims: Simulators;
  let worker: CompiledProcess | undefined;

  before(async function () {
    this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
    sims = await startSimulators({});
    await Promise.all([buildOnce(), devServerEnv(), testDatabase()]);
  });
  after(async () => {
    if (worker?.child.exitCode === null) worker.child.kill('SIGKILL');
    await sims.close();
  });

  it('lets the in-flight dispatch finish, then exits 0', async () => {
    const { url, sql } = await testDatabase();
    const { address, client } = await devServerEnv();
    const { tenantId } = await newTenant(sql, 'shutdown');
    await connectToSimulators(sql, tenantId, sims);
    const taskQueue = `shutdown-${randomUUID()}`;
    worker = await startCompiled('worker', { DATABASE_URL: url, TEMPORAL_ADDRESS: address, TEMPORAL_TASK_QUEUE: taskQueue, SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS) });

    // The provider answers slowly: SIGTERM arrives while the refill is on the wire.
    sims.provider.faults.latencyMs = 3000;
    const input: ConversationInput = { tenantId, conversationId: `shutdown-${randomUUID()}`, channel: 'api', customer: 'alice' };
    await handMessageToConversation({ sql, temporal: client, taskQueue }, input, { messageId: 'm1', text: 'refill 1001', attachments: [], receivedAt: new Date().toISOString() });
    await eventually('the refill to reach the provider', () => (sims.provider.faults.requestCounts.refill ?? 0) === 1, 120_000);
    worker.child.kill('SIGTERM');

    // Bounded by the grace period (plus start-up slack for closing connections), not a timing claim.
    const code = await Promise.race([
      worker.exited,
      new Promise<'still running'>((r) => setTimeout(() => r('still running'), (GRACE_SECONDS + 15) * 1000).unref()),
    ]);
    assert.equal(code, 0, `the worker exits cleanly within its grace period:\n${worker.output()}`);
    const [attempt] = await sql<{ status: string }[]>`
      select d.status from dispatch_attempts d join requests r on r.id = d.request_id where r.tenant_id = ${tenantId}`;
    assert.equal(attempt?.status, 'sent', 'the dispatch in flight at SIGTERM finished and was recorded');
    assert.equal(sims.provider.faults.requestCounts.refill, 1);
  });
});
