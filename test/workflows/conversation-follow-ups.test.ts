import assert from 'node:assert/strict';
import { Worker } from '@temporalio/worker';
import { workflowBundle } from '../helpers/workflow-bundle.js';
import { completedR30Order, endWorkflows, ORDER_LINK, sendCustomerMessage, timeSkippingSuite } from '../helpers/workflow-suite.js';
import { mockActivities, newWorld, type MockWorld } from '../helpers/mock-activities.js';
import { conversationWorkflowId, type ConversationInput } from '../../workflows/definitions.js';
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
    const worker = await Worker.create({ connection: server.env.nativeConnection, taskQueue, workflowBundle: await workflowBundle(), activities: mockActivities(world, classify, server.env.client) });
    const input: ConversationInput = { tenantId: `f${n}`, conversationId: `c${n}`, channel: 'api', customer: 'alice' };
    let m = 0;
    const send = (text: string, image = false) =>
      sendCustomerMessage(server.env, taskQueue, input, { messageId: `m${++m}`, text, attachments: image ? [{ kind: 'image' }] : [] });
    const until = async (p: () => boolean) => {
      for (let i = 0; !p(); i++) {
        if (i > 1200) throw new Error(`timed out; replies: ${JSON.stringify(world.replies.map((r) => r.text))}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    await worker.runUntil(async () => {
      try {
        await steps(send, until);
      } finally {
        await endWorkflows(server.env, [conversationWorkflowId(input.tenantId, input.conversationId), ...world.admitted]);
      }
    });
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
      // Until the request is monitoring: nothing of it is left in flight for the next test.
      await until(() => world.replies.length === 2 && world.trackingStarted === 1);
    });
    assert.match(world.replies[1]!.text, /300/, 'the refill went ahead with its drop');
    assert.equal(world.dispatches.length, 1);
  });

  it('gives a second late answer to the same request (after a screenshot) its own reply', async () => {
    const world = newWorld();
    const now = await server.env.currentTimeMs();
    world.settings = { screenshotRequired: [{ serviceId: 7, intents: ['refill'] }] };
    world.orders.set('1001', completedR30Order(now));
    world.counts.set(ORDER_LINK, 5700);
    // The panel fails long enough (retry backoff) for the first reply's wait to run out.
    world.failFetches = 7;
    await converse(world, async (send, until) => {
      await send('refill 1001');
      await until(() => world.fetchCalls > 0);
      await server.env.sleep('10 minutes');
      await until(() => world.replies.length === 1);
      assert.match(world.replies[0]!.text, /screenshot/i, 'the late decision was announced');
      const waiting = world.progress.find((p) => p.kind === 'decided')!;
      world.openRequests = [{ requestId: waiting.requestId, workflowId: `SupportRequest:f${seq}:1001:refill:${waiting.requestId}`, orderId: '1001', intent: 'refill', state: 'waiting_customer', decision: waiting.decision ?? null }];
      await send('here it is', true);
      await until(() => world.replies.length === 2 && world.trackingStarted === 1);
    });
    assert.match(world.replies[1]!.text, /300/, 'the decision after the screenshot was announced');
    assert.notEqual(world.replies[1]!.replyKey, world.replies[0]!.replyKey, 'a reused key would be dropped as a retry of the first');
  });

  it('announces a late answer carried across continue-as-new', async () => {
    const world = newWorld();
    const n = ++seq;
    const taskQueue = `follow-ups-${process.pid}-${n}`;
    const worker = await Worker.create({ connection: server.env.nativeConnection, taskQueue, workflowBundle: await workflowBundle(), activities: mockActivities(world, classify, server.env.client) });
    // What a run that continued as new hands on: an answer still owed, its decision already in.
    const input: ConversationInput = {
      tenantId: `f${n}`, conversationId: `c${n}`, channel: 'api', customer: 'alice', keySeq: 4,
      late: [{ requestId: '77', language: 'en', messageId: 'm1', report: { requestId: '77', orderId: '1001', intent: 'refill', decision: { code: 'refill.forward', drop: 300 }, state: 'received' } }],
    };
    await worker.runUntil(async () => {
      const h = await server.env.client.workflow.start('conversationWorkflow', { workflowId: conversationWorkflowId(input.tenantId, input.conversationId), taskQueue, args: [input] });
      for (let i = 0; world.replies.length === 0; i++) {
        if (i > 300) throw new Error('the owed answer was never sent');
        await new Promise((r) => setTimeout(r, 50));
      }
      await h.terminate('test over');
    });
    assert.match(world.replies[0]!.text, /1001.*300|300.*1001/s);
    assert.equal(world.replies[0]!.replyKey, `late:c${n}:4`, 'the key sequence goes on from the carried count');
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
