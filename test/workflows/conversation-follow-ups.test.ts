import assert from 'node:assert/strict';
import { Worker } from '@temporalio/worker';
import { workflowBundle } from '../helpers/workflow-bundle.js';
import { completedR30Order, ORDER_LINK, timeSkippingSuite } from '../helpers/workflow-suite.js';
import { mockActivities, newWorld, type MockWorld } from '../helpers/mock-activities.js';
import { conversationWorkflowId, customerMessageSignal, type ConversationInput, type CustomerMessage } from '../../workflows/definitions.js';
import type { Activities } from '../../activities/index.js';


describe('conversation follow-up messages (time-skipping server)', function () {
  this.timeout(120_000);
  let seq = 0;
  const server = timeSkippingSuite();

  // "here" and "any update?" name no order; everything else is a refill of the IDs it names.
  const classify: Activities['classifyMessage'] = async ({ text }) => {
    if (/update/.test(text)) return { language: 'en', confidence: 1, intents: [{ intent: 'status', orderIds: [] }] };
    const ids = [...text.matchAll(/\d{4,}/g)].map((m) => m[0]);
    return { language: 'en', confidence: 1, intents: ids.length ? [{ intent: 'refill', orderIds: ids }] : [{ intent: 'other', orderIds: [] }] };
  };

  async function converse(world: MockWorld, steps: (send: (text: string, image?: boolean) => Promise<void>, until: (p: () => boolean) => Promise<void>) => Promise<void>) {
    const n = ++seq;
    const taskQueue = `follow-ups-${process.pid}-${n}`;
    const worker = await Worker.create({ connection: server.env.nativeConnection, taskQueue, workflowBundle: await workflowBundle(), activities: mockActivities(world, classify) });
    const input: ConversationInput = { tenantId: `f${n}`, conversationId: `c${n}`, channel: 'api', customer: 'alice' };
    let m = 0;
    const send = async (text: string, image = false) => {
      const message: CustomerMessage = { messageId: `m${++m}`, text, attachments: image ? [{ kind: 'image' }] : [], receivedAt: new Date().toISOString() };
      await server.env.client.workflow.signalWithStart('conversationWorkflow', { workflowId: conversationWorkflowId(input.tenantId, input.conversationId), taskQueue, args: [input], signal: customerMessageSignal, signalArgs: [message] });
    };
    const until = async (p: () => boolean) => {
      for (let i = 0; !p(); i++) {
        if (i > 300) throw new Error(`timed out; replies: ${JSON.stringify(world.replies.map((r) => r.text))}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    await worker.runUntil(steps(send, until));
  }

  it('passes a screenshot to the request waiting for it, and announces the new decision', async () => {
    const world = newWorld();
    const now = await server.env.currentTimeMs();
    world.settings = { screenshotRequired: [{ serviceId: 7, intents: ['refill'] }] };
    world.orders.set('1001', completedR30Order(now));
    world.counts.set(ORDER_LINK, 5700);
    await converse(world, async (send, until) => {
      await send('refill 1001');
      await until(() => world.replies.length === 1);
      assert.match(world.replies[0]!.text, /screenshot/i);
      const waiting = world.progress.find((p) => p.kind === 'decided')!;
      world.openRequests = [{ requestId: waiting.requestId, workflowId: `SupportRequest:f${seq}:1001:refill:${waiting.requestId}`, orderId: '1001', intent: 'refill', state: 'waiting_customer', decision: waiting.decision ?? null }];
      await send('here it is', true);
      await until(() => world.replies.length === 2);
    });
    assert.match(world.replies[1]!.text, /300/, 'the refill went ahead with its drop');
    assert.equal(world.dispatches.length, 1);
  });

  it('answers "any update?" from the open requests without opening new ones', async () => {
    const world = newWorld();
    world.openRequests = [{ requestId: '9', workflowId: 'x', orderId: '1001', intent: 'refill', state: 'monitoring', decision: { code: 'refill.forward', drop: 300 } }];
    await converse(world, async (send, until) => {
      await send('any update??');
      await until(() => world.replies.length === 1);
    });
    assert.match(world.replies[0]!.text, /1001/);
    assert.equal(world.progress.length, 0, 'no request opened');
  });
});
