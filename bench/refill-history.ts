// `npx tsx bench/refill-history.ts`: how many history events one refill request takes, from
// ticket decision to "resolved", when its count comes back on the Nth tracking check (the
// tracker's checks arrive as signals; activities are stand-ins, so only the workflow counts).
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { timeSkippingEnv } from '../test/helpers/temporal.js';
import { WORKFLOWS_PATH } from '../worker/worker.js';
import { orderCheckSignal, type SupportRequestInput } from '../workflows/definitions.js';
import { DEFAULT_DECISION_SETTINGS } from '../workflows/rules/types.js';
import { mockActivities, newWorld } from '../test/helpers/mock-activities.js';

Runtime.install({ logger: new DefaultLogger('ERROR') });
const env = await timeSkippingEnv();

// The test server's clock jumps between scenarios: orders are dated from it each time.
const orderAt = (now: number) => ({
  id: '1001', user: 'alice', status: 'completed' as const, createdAt: new Date(now - 10 * 86_400_000).toISOString(), quantity: 1000, startCount: 5000, remains: 0,
  provider: 'p', externalId: '88123', link: 'https://instagram.com/x', service: { id: 7, name: 'Followers [R30]', refill: true, cancel: true, averageTimeMinutes: null },
});
const results: string[] = [];
const bundle = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} } });

{
  for (const checks of [1, 3, 8]) {
    const world = newWorld();
    const order = orderAt(await env.currentTimeMs());
    world.orders.set('1001', order);
    world.counts.set(order.link, 5700);
    const w = await Worker.create({ connection: env.nativeConnection, taskQueue: `bench-${checks}`, workflowBundle: bundle, activities: mockActivities(world, async () => ({ language: 'en', confidence: 1, intents: [] })) });
    await w.runUntil(async () => {
      const input: SupportRequestInput = {
        tenantId: 't', requestId: String(checks), conversationId: 'c', conversationWorkflowId: 'Conversation:t:c', customer: 'alice', orderId: '1001', intent: 'refill',
        language: 'en', hasScreenshot: false, settings: DEFAULT_DECISION_SETTINGS, timings: { screenshotWaitSeconds: 3600, staffWaitSeconds: 7 * 86400 },
      };
      const h = await env.client.workflow.start('supportRequestWorkflow', { taskQueue: `bench-${checks}`, workflowId: `bench-${checks}`, args: [input] });
      while (!world.progress.some((p) => p.kind === 'monitoring')) await env.sleep('1 second');
      for (let round = 1; round <= checks; round++) {
        await env.sleep('6 hours');
        await h.signal(orderCheckSignal, { round, order, currentCount: round === checks ? 6000 : 5700 });
      }
      await h.result();
      const events = (await h.fetchHistory()).events?.length ?? 0;
      results.push(`refill resolved on check ${checks} (${checks * 6} h, follow-ups: ${world.dispatches.length - 1}): ${events} history events`);
    });
  }
}
await env.teardown();
for (const line of results) console.log(line);
