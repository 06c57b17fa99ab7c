import assert from 'node:assert/strict';
import { Worker } from '@temporalio/worker';
import { workflowBundle } from '../helpers/workflow-bundle.js';
import { timeSkippingSuite } from '../helpers/workflow-suite.js';
import { mockActivities, newWorld } from '../helpers/mock-activities.js';
import { trackerWakeSignal } from '../../workflows/definitions.js';
import type { RoundResult } from '../../activities/tracking.js';

describe('tenant tracker (time-skipping server)', function () {
  this.timeout(120_000);
  const server = timeSkippingSuite();

  it('pauses while credits are out, resumes by itself when they are back, and ends when nothing is left', async () => {
    const world = newWorld();
    world.settings = { trackingIntervalSeconds: 600 };
    // Two open requests; credits out in rounds 1-2, back in round 3, then both resolved.
    const script: RoundResult[] = [
      { tracked: 2, checked: 0, paused: true, creditsLeft: 0 },
      { tracked: 2, checked: 0, paused: true, creditsLeft: 0 },
      { tracked: 2, checked: 2, paused: false, creditsLeft: 998 },
      { tracked: 0, checked: 0, paused: false, creditsLeft: 998 },
    ];
    const rounds: Array<{ round: number; at: number }> = [];
    const activities = mockActivities(world, async () => ({ language: 'en', confidence: 1, intents: [] }));
    activities.runTrackingRound = async ({ round }) => {
      rounds.push({ round, at: Date.now() });
      return script[round - 1] ?? { tracked: 0, checked: 0, paused: false, creditsLeft: 998 };
    };
    const taskQueue = `tracker-${process.pid}`;
    const worker = await Worker.create({ connection: server.env.nativeConnection, taskQueue, workflowBundle: await workflowBundle(), activities });
    const started = await server.env.currentTimeMs();
    await worker.runUntil(async () => {
      const h = await server.env.client.workflow.signalWithStart('trackerWorkflow', { taskQueue, workflowId: 'Tracker:t-paused', args: [{ tenantId: 't-paused' }], signal: trackerWakeSignal, signalArgs: [] });
      await h.result();
    });
    assert.deepEqual(rounds.map((r) => r.round), [1, 2, 3, 4], 'kept running through the pause, stopped when nothing was open');
    const elapsedMinutes = ((await server.env.currentTimeMs()) - started) / 60_000;
    assert.ok(elapsedMinutes >= 40, `one round per 10-minute interval (${elapsedMinutes.toFixed(0)} min)`);
  });
});
