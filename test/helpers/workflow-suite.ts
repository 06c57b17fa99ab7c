// What every workflow suite needs: its own time-skipping server (see timeSkippingEnv), the
// shared workflow bundle, and the completed R30 order most scenarios start from.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { Activities } from '../../activities/index.js';
import { conversationWorkflowId, customerMessageSignal, type ConversationInput, type CustomerMessage } from '../../workflows/definitions.js';
import { mockActivities, type MockWorld } from './mock-activities.js';
import { TEMPORAL_SETUP_TIMEOUT_MS, timeSkippingEnv } from './temporal.js';
import { workflowBundle } from './workflow-bundle.js';
import type { OrderSnapshot } from '../../workflows/rules/types.js';

export function timeSkippingSuite(): { readonly env: TestWorkflowEnvironment } {
  let env: TestWorkflowEnvironment | undefined;
  before(async function () {
    this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
    env = await timeSkippingEnv();
    await workflowBundle();
  });
  // Workers may still be releasing the connection; the server process ends with the run.
  after(() => env?.teardown().catch(() => undefined));
  return {
    get env() {
      if (!env) throw new Error('the time-skipping server is not up yet');
      return env;
    },
  };
}

/** A customer message to its conversation, started if new: what the product's intake signals. */
export async function sendCustomerMessage(env: TestWorkflowEnvironment, taskQueue: string, input: ConversationInput, message: Pick<CustomerMessage, 'messageId' | 'text'> & Partial<CustomerMessage>): Promise<void> {
  await env.client.workflow.signalWithStart('conversationWorkflow', {
    workflowId: conversationWorkflowId(input.tenantId, input.conversationId),
    taskQueue,
    args: [input],
    signal: customerMessageSignal,
    signalArgs: [{ attachments: [], receivedAt: new Date().toISOString(), ...message }],
  });
}

/**
 * Ends a test's workflows while its worker still runs. A workflow left running without its
 * worker locks the time-skipping clock as soon as one of its timers fires (a request's
 * follow-up, say), and every later `env.sleep` on the suite's server then waits forever; a
 * run terminated mid-activity does the same, so running activities finish first.
 */
export async function endWorkflows(env: TestWorkflowEnvironment, workflowIds: string[]): Promise<void> {
  for (const id of workflowIds) {
    const handle = env.client.workflow.getHandle(id);
    for (let i = 0; i < 600; i++) {
      const described = await handle.describe().catch(() => undefined);
      if (!described || described.status.name !== 'RUNNING' || (described.raw.pendingActivities?.length ?? 0) === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await handle.terminate('test over').catch(() => undefined);
  }
}

export const ORDER_LINK = 'https://instagram.com/alice';

/** Order 1001: 1,000 R30 followers on a start count of 5,000, completed ten days before `now`. */
export function completedR30Order(now: number, patch: Partial<OrderSnapshot> = {}): OrderSnapshot {
  return {
    id: '1001', user: 'alice', status: 'completed', createdAt: new Date(now - 10 * 86_400_000).toISOString(), quantity: 1000, startCount: 5000,
    remains: 0, provider: 'prov-a', externalId: '88123', link: ORDER_LINK,
    service: { id: 7, name: 'Instagram Followers [R30]', refill: true, cancel: true, averageTimeMinutes: null },
    ...patch,
  };
}

/**
 * Customer messages (in order) to a fresh conversation, on a worker with the mock activities,
 * advancing the test server's clock (which is what lets retries run) until `until` holds.
 */
export async function runConversationMessage(
  env: TestWorkflowEnvironment,
  opts: { world: MockWorld; classify: Activities['classifyMessage']; input: ConversationInput; text: string | string[]; until: (w: MockWorld) => boolean },
): Promise<void> {
  const { world, input } = opts;
  const taskQueue = `conversation-${process.pid}-${++queueSeq}`;
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: await workflowBundle(),
    activities: mockActivities(world, opts.classify, env.client),
  });
  await worker.runUntil(async () => {
    const texts = typeof opts.text === 'string' ? [opts.text] : opts.text;
    for (const [i, text] of texts.entries()) {
      await sendCustomerMessage(env, taskQueue, input, { messageId: `m${i + 1}`, text });
    }
    try {
      const deadline = Date.now() + 60_000;
      while (!opts.until(world)) {
        if (Date.now() > deadline) throw new Error(`timed out; progress: ${JSON.stringify(world.progress.map((p) => p.kind))}`);
        await env.sleep('5 seconds');
      }
    } finally {
      await endWorkflows(env, [conversationWorkflowId(input.tenantId, input.conversationId), ...world.admitted]);
    }
  });
}

let queueSeq = 0;
