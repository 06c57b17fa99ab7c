// A lowered interval applies to the next round: PATCH /v1/settings tells the tenant's ticket
// poller and tracker, which read their interval again instead of finishing the old wait.
// Real API, real settings in PostgreSQL, the dev server (real time): with the old interval
// of an hour, the second round could only come from the change.
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { Worker } from '@temporalio/worker';
import { bearer, buildTestApp } from '../helpers/api.js';
import { newTenant, testDatabase } from '../helpers/database.js';
import { devServerEnv, TEMPORAL_SETUP_TIMEOUT_MS } from '../helpers/temporal.js';
import { workflowBundle } from '../helpers/workflow-bundle.js';
import { eventually } from '../helpers/eventually.js';
import { mockActivities, newWorld } from '../helpers/mock-activities.js';
import { readTenantSettings } from '../../infra/tenants/settings.js';
import { startTicketPoller } from '../../activities/tickets.js';
import { backgroundTaskQueue, trackerWakeSignal, trackerWorkflowId, ticketPollerWorkflowId } from '../../workflows/definitions.js';
import type { Sql } from '../../infra/db/database.js';

describe('tenant loops follow a changed interval at once (dev server)', function () {
  this.timeout(120_000);
  let app: FastifyInstance;
  let sql: Sql;
  const taskQueue = `loop-intervals-${process.pid}`;

  before(async function () {
    this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
    ({ sql } = await testDatabase());
    const { client } = await devServerEnv();
    app = await buildTestApp({ temporal: client, taskQueue });
    await workflowBundle();
  });
  after(() => app.close());

  it('a lowered ticketPollSeconds / trackingIntervalSeconds applies to the next poll and round', async () => {
    const { client, env } = await devServerEnv();
    const { tenantId, apiKey } = await newTenant(sql, 'intervals');
    const hour = await app.inject({ method: 'PATCH', url: '/v1/settings', headers: bearer(apiKey), payload: { ticketPollSeconds: 3600, trackingIntervalSeconds: 3600 } });
    assert.equal(hour.statusCode, 200, hour.body);

    const polls: number[] = [];
    const rounds: number[] = [];
    const activities = mockActivities(newWorld(), async () => ({ language: 'en', confidence: 1, intents: [] }));
    activities.loadTenantSettings = ({ tenantId: t }) => readTenantSettings(sql, t);
    activities.pollTickets = async () => {
      polls.push(polls.length + 1);
      return { tickets: 0, handedOver: 0 };
    };
    activities.runTrackingRound = async ({ round }) => {
      rounds.push(round);
      return { tracked: 1, checked: 1, paused: false, creditsLeft: 10 };
    };
    // The loops run on the background queue: only a worker there picks them up.
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue: backgroundTaskQueue(taskQueue), workflowBundle: await workflowBundle(), activities });
    await worker.runUntil(async () => {
      await startTicketPoller(client, taskQueue, tenantId);
      await client.workflow.signalWithStart('trackerWorkflow', { taskQueue: backgroundTaskQueue(taskQueue), workflowId: trackerWorkflowId(tenantId), args: [{ tenantId }], signal: trackerWakeSignal, signalArgs: [] });
      await eventually('the first poll', () => polls.length === 1);
      // The tracker is waiting its hour before round 1; the poller its hour before poll 2.
      await eventually('the tracker waiting on its timer', async () => (await client.workflow.getHandle(trackerWorkflowId(tenantId)).describe()).historyLength > 5);

      const lowered = await app.inject({ method: 'PATCH', url: '/v1/settings', headers: bearer(apiKey), payload: { ticketPollSeconds: 1, trackingIntervalSeconds: 1 } });
      assert.equal(lowered.statusCode, 200, lowered.body);
      await eventually('the next polls on the new interval', () => polls.length >= 3, 30_000);
      await eventually('tracking rounds on the new interval', () => rounds.length >= 2, 30_000);

      for (const id of [ticketPollerWorkflowId(tenantId), trackerWorkflowId(tenantId)]) await client.workflow.getHandle(id).terminate('test over');
    });
    assert.deepEqual(rounds.slice(0, 2), [1, 2]);
  });
});
