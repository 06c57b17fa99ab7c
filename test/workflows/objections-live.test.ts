// Objections in the live conversation: an angry or disputing customer gets the
// acknowledgement, the reason with the order's numbers and a next step; a second dispute in
// a row, or a request for a person, hands the conversation to staff.
import assert from 'node:assert/strict';
import { completedR30Order, runConversationMessage, timeSkippingSuite } from '../helpers/workflow-suite.js';
import { newWorld, type MockWorld } from '../helpers/mock-activities.js';
import type { ConversationInput } from '../../workflows/definitions.js';

const DAY = 86_400_000;

describe('objections in the conversation workflow (time-skipping server)', function () {
  this.timeout(120_000);
  let seq = 0;
  const server = timeSkippingSuite();

  /** Order 1003 is past its refill window: a refill is refused, which customers dispute. */
  async function converse(world: MockWorld, language: string, texts: string[], until: (w: MockWorld) => boolean, carried: Partial<ConversationInput> = {}) {
    seq++;
    const classify = async () => ({ language, confidence: 1, intents: [{ intent: 'refill' as const, orderIds: ['1003'] }] });
    const input: ConversationInput = { tenantId: `ot${seq}`, conversationId: `oc${seq}`, channel: 'api', customer: 'alice', ...carried };
    world.settings = { replyLanguage: 'customer' };
    const now = await server.env.currentTimeMs();
    world.orders.set('1003', completedR30Order(now, { id: '1003', createdAt: new Date(now - 45 * DAY).toISOString() }));
    await runConversationMessage(server.env, { world, classify, input, text: texts, until });
  }

  it('answers a dispute with the acknowledgement, the order\'s numbers and a next step, and hands over on the second', async () => {
    const world = newWorld();

    await converse(world, 'en', ["refill 1003, that's wrong, I already paid!!", 'refill 1003 again, that is not fair'], (w) => w.replies.length >= 2);

    const [first, second] = world.replies;
    assert.match(first!.text, /^I understand you see it differently/);
    assert.match(first!.text, /1003/);
    assert.match(first!.text, /A person from our team|write to us/);
    assert.equal(world.writtenFrom[0]?.objection?.acknowledge, 'dispute', 'the writer is told of the objection');
    assert.equal(world.writtenFrom[0]?.tone, 'upset');
    assert.equal(world.writtenFrom[0]?.objection?.handOver, false, 'one dispute is answered, not handed over');

    assert.match(second!.text, /A person from our team will review it/);
    assert.equal(world.writtenFrom[1]?.objection?.handOver, true);
    const handover = world.ownerNotices.filter((n) => n.kind === 'handover');
    assert.equal(handover.length, 1, 'handed over once, on the second dispute');
    assert.match(handover[0]!.text, /disputed the answer twice/);
  });

  it('hands over at once when the customer asks for a person, in their language', async () => {
    const world = newWorld();

    await converse(world, 'es', ['quiero hablar con un humano sobre el pedido 1003'], (w) => w.replies.length >= 1 && w.ownerNotices.some((n) => n.kind === 'handover'));

    assert.match(world.replies[0]!.text, /^Por supuesto, paso esta conversación a una persona/);
    assert.match(world.replies[0]!.text, /1003/);
    assert.match(world.ownerNotices.find((n) => n.kind === 'handover')!.text, /asked for a person/);
  });

  it('counts a dispute carried from the previous run (continue-as-new) toward the hand-over', async () => {
    const world = newWorld();

    await converse(world, 'en', ["refill 1003, that's wrong"], (w) => w.ownerNotices.some((n) => n.kind === 'handover'), { disputesInARow: 1, previousTexts: ['refill 1003'] });

    assert.equal(world.writtenFrom[0]?.objection?.handOver, true);
    assert.deepEqual(world.writtenFrom[0]?.conversation.map((c) => c.text), ['refill 1003', "refill 1003, that's wrong"]);
  });

  it('answers a calm message with the plain reply', async () => {
    const world = newWorld();

    await converse(world, 'en', ['refill 1003 please'], (w) => w.replies.length >= 1);

    assert.equal(world.replies[0]!.text, world.writtenFrom[0]!.template);
    assert.equal(world.writtenFrom[0]!.objection, undefined);
    assert.doesNotMatch(world.replies[0]!.text, /I understand/);
  });
});
