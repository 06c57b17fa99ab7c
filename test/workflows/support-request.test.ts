import assert from 'node:assert/strict';
import { completedR30Order, ORDER_LINK, runConversationMessage, timeSkippingSuite } from '../helpers/workflow-suite.js';
import { newWorld, type MockWorld } from '../helpers/mock-activities.js';
import type { ConversationInput } from '../../workflows/definitions.js';

describe('support request workflow (time-skipping server)', function () {
  this.timeout(120_000);
  let seq = 0;

  const server = timeSkippingSuite();

  async function runConversation(world: MockWorld, text: string, until: (w: MockWorld) => boolean) {
    seq++;
    const classify = async ({ text: t }: { text: string }) => ({
      language: 'en',
      confidence: 1,
      intents: [{ intent: 'refill' as const, orderIds: [...t.matchAll(/\d{4,}/g)].map((m) => m[0]) }],
    });
    const input: ConversationInput = { tenantId: `t${seq}`, conversationId: `c${seq}`, channel: 'api', customer: 'alice' };
    await runConversationMessage(server.env, { world, classify, input, text, until });
  }

  it('retries an order lookup that fails twice, then decides the refill and replies once', async () => {
    const world = newWorld();
    const now = await server.env.currentTimeMs();
    world.orders.set('1001', completedR30Order(now));
    world.counts.set(ORDER_LINK, 5700);
    world.failFetches = 2;

    await runConversation(world, 'refill 1001', (w) => w.replies.length > 0);

    assert.equal(world.fetchCalls, 3, 'two failures, then the answer');
    const decided = world.progress.find((p) => p.kind === 'decided');
    assert.equal(decided?.decision?.code, 'refill.forward');
    assert.equal(decided?.decision?.drop, 300);
    assert.equal(world.replies.length, 1);
    assert.match(world.replies[0]!.text, /300/);
    assert.equal(world.replies[0]!.replyKey, 'msg:m1');
  });

  it('answers every order of one message in a single reply', async () => {
    const world = newWorld();
    const now = await server.env.currentTimeMs();
    world.orders.set('1001', completedR30Order(now));
    world.orders.set('1002', { ...completedR30Order(now), id: '1002', user: 'bob' });
    world.counts.set(ORDER_LINK, 5700);

    await runConversation(world, 'refill 1001 1002 1003', (w) => w.replies.length > 0);

    const codes = world.progress.filter((p) => p.kind === 'decided').map((p) => p.decision?.code).sort();
    assert.deepEqual(codes, ['order.not_found', 'order.not_owned', 'refill.forward']);
    assert.equal(world.replies.length, 1);
    for (const id of ['1001', '1002', '1003']) assert.match(world.replies[0]!.text, new RegExp(id));
  });

  it('closes a request whose decision needs nothing more', async () => {
    const world = newWorld();
    const now = await server.env.currentTimeMs();
    world.orders.set('1001', { ...completedR30Order(now), createdAt: new Date(now - 45 * 86_400_000).toISOString() });

    await runConversation(world, 'refill 1001', (w) => w.progress.some((p) => p.close));

    assert.equal(world.progress.find((p) => p.kind === 'decided')?.decision?.code, 'refill.window_expired');
    const last = world.progress.at(-1)!;
    assert.equal(last.state, 'closed');
    assert.equal(last.close, true);
  });
});
