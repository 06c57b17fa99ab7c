import assert from 'node:assert/strict';
import type { Client } from '@temporalio/client';
import { createTrackingActivities } from '../../activities/tracking.js';
import { createStoreActivities } from '../../activities/store.js';
import { createBillingActivities } from '../../activities/billing.js';
import { addPrepaidCredits } from '../../infra/billing/credits.js';
import { patchTenantSettings } from '../../infra/tenants/settings.js';
import { ServicesCache } from '../../activities/panel/services-cache.js';
import { startSimulators, type Simulators } from '../../dev/simulators/index.js';
import { newTenant, testBox, testDatabase } from '../helpers/database.js';
import { connectToSimulators } from '../helpers/simulated-world.js';

/** A Temporal client stand-in that records the signals a round sends. */
function recordingClient() {
  const signals: Array<{ workflowId: string; round: number; currentCount: number | null; status: string | null }> = [];
  const client = {
    workflow: {
      getHandle: (workflowId: string) => ({
        signal: async (_def: unknown, check: { round: number; currentCount: number | null; order: { status: string } | null }) => {
          signals.push({ workflowId, round: check.round, currentCount: check.currentCount, status: check.order?.status ?? null });
        },
      }),
    },
  } as unknown as Client;
  return { client, signals };
}

describe('tracking rounds: batched panel calls, one credit per check, pause at zero (real PostgreSQL, simulators)', function () {
  this.timeout(60_000);
  let sims: Simulators;
  before(async () => {
    sims = await startSimulators({});
    // 100 more completed orders like 1001, each with its own link.
    const template = sims.panel.state.orders.get(1001)!;
    for (let i = 0; i < 100; i++) {
      const id = 30_000 + i;
      const link = `https://www.instagram.com/bulk.${id}/`;
      sims.panel.state.orders.set(id, { ...template, id, externalId: String(90_000 + i), link });
      sims.countSource.setCount(link, 5_900);
    }
  });
  after(() => sims.close());

  async function setup(n: number) {
    const { sql } = await testDatabase();
    const { tenantId } = await newTenant(sql, 'tracking');
    await connectToSimulators(sql, tenantId, sims);
    // 100 orders in one message as seed data: the per-customer limits are not under test here.
    await patchTenantSettings(sql, tenantId, { maxOrdersPerMessage: 1000, maxRequestsPerCustomerPerDay: 100_000 });
    const store = createStoreActivities({ sql });
    await store.recordConversation({ tenantId, conversationId: `${tenantId}-c`, channel: 'api', customer: 'alice' });
    const items = Array.from({ length: n }, (_, i) => ({ orderId: String(30_000 + i), intent: 'refill' as const }));
    const admitted = await store.admitRequests({ tenantId, conversationId: `${tenantId}-c`, messageId: 'm', items });
    for (const a of admitted) await sql`update requests set state = 'monitoring' where id = ${a.requestId}`;
    const billing = createBillingActivities({ sql });
    const { client, signals } = recordingClient();
    const tracking = createTrackingActivities({ sql, box: testBox, temporal: client, taskQueue: 'unused', services: new ServicesCache(), consumeTrackingCredit: billing.consumeTrackingCredit });
    return { sql, tenantId, tracking, billing, signals };
  }

  it('checks 100 monitored orders with one panel call per round (plus the service list once)', async () => {
    const { tenantId, tracking, signals } = await setup(100);
    sims.panel.faults.resetCounts();
    const first = await tracking.runTrackingRound({ tenantId, round: 1 });
    assert.deepEqual([first.tracked, first.checked, first.paused], [100, 100, false]);
    const firstCalls = sims.panel.faults.totalRequests();
    sims.panel.faults.resetCounts();
    await tracking.runTrackingRound({ tenantId, round: 2 });
    const secondCalls = sims.panel.faults.totalRequests();
    assert.equal(firstCalls, 2, `orders in one batch + services; saw ${JSON.stringify(sims.panel.faults.requestCounts)}`);
    assert.equal(secondCalls, 1, 'the service list is cached across rounds');
    assert.equal(signals.length, 100, 'the second round found nothing new: no request is woken');
    assert.ok(signals.every((s) => s.currentCount === 5900 && s.status === 'completed'));
  });

  it('wakes only the requests whose order changed since their last check', async () => {
    const { tenantId, tracking, signals } = await setup(3);
    const first = await tracking.runTrackingRound({ tenantId, round: 1 });
    assert.deepEqual([first.checked, first.signalled], [3, 3]);
    const quiet = await tracking.runTrackingRound({ tenantId, round: 2 });
    assert.deepEqual([quiet.checked, quiet.signalled], [3, 0], 'every order is still checked (and paid for), none signalled');
    sims.countSource.setCount('https://www.instagram.com/bulk.30001/', 6_000);
    const moved = await tracking.runTrackingRound({ tenantId, round: 3 });
    assert.deepEqual([moved.checked, moved.signalled], [3, 1]);
    assert.deepEqual(signals.filter((s) => s.round === 3).map((s) => s.currentCount), [6_000]);
    sims.countSource.setCount('https://www.instagram.com/bulk.30001/', 5_900);
  });

  it('charges one credit per check, pauses the tenant at zero, and resumes by itself when credits come back', async () => {
    const { sql, tenantId, tracking, billing, signals } = await setup(100);
    // Starter comes with 500 credits: five full rounds.
    for (let round = 1; round <= 5; round++) assert.equal((await tracking.runTrackingRound({ tenantId, round })).checked, 100);
    assert.equal(await billing.trackingCreditsLeft({ tenantId }), 0);
    sims.panel.faults.resetCounts();
    const paused = await tracking.runTrackingRound({ tenantId, round: 6 });
    assert.deepEqual([paused.checked, paused.paused], [0, true]);
    assert.equal(sims.panel.faults.totalRequests(), 0, 'no panel calls while paused');
    await addPrepaidCredits(sql, tenantId, 150, 'test-pack-1');
    const resumed = await tracking.runTrackingRound({ tenantId, round: 7 });
    assert.deepEqual([resumed.checked, resumed.paused], [100, false]);
    assert.equal(await billing.trackingCreditsLeft({ tenantId }), 50);
    // A retried round charges nothing twice.
    await tracking.runTrackingRound({ tenantId, round: 7 });
    assert.equal(await billing.trackingCreditsLeft({ tenantId }), 50);
    assert.equal(signals.filter((s) => s.round === 6).length, 0);
  });

  it('leaves closed requests alone', async () => {
    const { sql, tenantId, tracking } = await setup(3);
    await sql`update requests set closed_at = now(), state = 'resolved' where tenant_id = ${tenantId}`;
    const r = await tracking.runTrackingRound({ tenantId, round: 1 });
    assert.equal(r.tracked, 0);
  });
});
