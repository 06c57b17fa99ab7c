// The conversation's replies go through the reply writer: its text is sent when it has one,
// the template when it has none or cannot be reached.
import assert from 'node:assert/strict';
import { completedR30Order, ORDER_LINK, runConversationMessage, timeSkippingSuite } from '../helpers/workflow-suite.js';
import { newWorld, type MockWorld } from '../helpers/mock-activities.js';
import type { ConversationInput } from '../../workflows/definitions.js';

describe('written replies in the conversation workflow (time-skipping server)', function () {
  this.timeout(120_000);
  let seq = 0;
  const server = timeSkippingSuite();

  async function send(world: MockWorld, text: string) {
    seq++;
    const classify = async () => ({ language: 'es', confidence: 1, intents: [{ intent: 'refill' as const, orderIds: ['1001'] }] });
    const input: ConversationInput = { tenantId: `wt${seq}`, conversationId: `wc${seq}`, channel: 'api', customer: 'alice' };
    world.settings = { replyLanguage: 'customer' };
    const now = await server.env.currentTimeMs();
    world.orders.set('1001', completedR30Order(now));
    world.counts.set(ORDER_LINK, 5700);
    await runConversationMessage(server.env, { world, classify, input, text, until: (w) => w.replies.length > 0 });
  }

  it('sends the written reply, written from the decision, the template and the customer\'s words', async () => {
    const world = newWorld();
    world.writer = () => ({ text: 'Entendido: pedimos al proveedor que reponga los 300 seguidores del pedido 1001.', source: 'llm' });

    await send(world, '¡¡mis seguidores del pedido 1001 bajaron!!');

    assert.equal(world.replies.length, 1);
    assert.equal(world.replies[0]!.text, 'Entendido: pedimos al proveedor que reponga los 300 seguidores del pedido 1001.');
    const facts = world.writtenFrom[0]!;
    assert.equal(facts.language, 'es');
    assert.equal(facts.tone, 'upset');
    assert.equal(facts.parts[0]?.decision.code, 'refill.forward');
    assert.match(facts.template, /1001/);
    assert.deepEqual(facts.conversation, [{ from: 'customer', text: '¡¡mis seguidores del pedido 1001 bajaron!!' }]);
  });

  it('sends the template unchanged when the writer cannot be reached', async () => {
    const world = newWorld();
    world.writer = () => {
      throw new Error('worker lost');
    };

    await send(world, 'reponer 1001 por favor');

    assert.equal(world.writtenFrom.length, 2, 'two tries, then the template');
    assert.equal(world.replies[0]!.text, world.writtenFrom[0]!.template);
    assert.match(world.replies[0]!.text, /300/);
  });
});
