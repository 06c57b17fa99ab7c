// A question without an order action is asked of the tenant's knowledge base before a
// person is: a confident article answers it, anything else escalates as before.
import assert from 'node:assert/strict';
import { runConversationMessage, timeSkippingSuite } from '../helpers/workflow-suite.js';
import { newWorld, type MockWorld } from '../helpers/mock-activities.js';
import type { ConversationInput } from '../../workflows/definitions.js';

const ARTICLE = 'Paying with USDT\n\nSend USDT (TRC-20) to the address shown on the Add funds page.';

describe('knowledge-base answers in the request workflow (time-skipping server)', function () {
  this.timeout(120_000);
  let seq = 0;
  const server = timeSkippingSuite();

  async function ask(world: MockWorld, text: string, until: (w: MockWorld) => boolean) {
    seq++;
    const classify = async () => ({ language: 'en', confidence: 1, intents: [{ intent: 'other' as const, orderIds: [] }] });
    const input: ConversationInput = { tenantId: `kt${seq}`, conversationId: `kc${seq}`, channel: 'api', customer: 'alice' };
    await runConversationMessage(server.env, { world, classify, input, text, until });
    return input;
  }

  it('answers with the confident article, cited in the reply, and closes the request', async () => {
    const world = newWorld();
    world.knowledge = () => ({ decision: 'other.answer', articleId: '7', title: 'Paying with USDT', text: ARTICLE, score: 0.9 });

    const input = await ask(world, 'how can I pay with USDT?', (w) => w.replies.length > 0 && w.progress.some((p) => p.close));

    assert.deepEqual(world.knowledgeQuestions, [{ tenantId: input.tenantId, question: 'how can I pay with USDT?', language: 'en' }]);
    assert.equal(world.progress.find((p) => p.kind === 'decided')?.decision?.code, 'other.answer');
    assert.deepEqual(world.progress.find((p) => p.kind === 'knowledge_searched')?.detail, { decision: 'other.answer', score: 0.9, articleId: '7', title: 'Paying with USDT' });
    assert.equal(world.replies.length, 1);
    assert.match(world.replies[0]!.text, /TRC-20/);
    assert.equal(world.ownerNotices.length, 0, 'nobody is asked to answer what the article answered');
  });

  it('escalates a question the knowledge base is not confident about', async () => {
    const world = newWorld();
    world.knowledge = () => ({ decision: 'other.escalate', score: 0.2 });

    await ask(world, 'can you write my bio?', (w) => w.replies.length > 0 && w.ownerNotices.some((n) => n.kind === 'escalation'));

    assert.equal(world.progress.find((p) => p.kind === 'decided')?.decision?.code, 'other.escalate');
    assert.equal(world.progress.find((p) => p.kind === 'knowledge_searched')?.detail?.score, 0.2);
  });

  it('escalates when the knowledge base keeps failing, with the failure on the timeline', async () => {
    const world = newWorld();
    world.knowledge = () => {
      throw new Error('database connection lost');
    };

    await ask(world, 'how can I pay with USDT?', (w) => w.replies.length > 0 && w.ownerNotices.some((n) => n.kind === 'escalation'));

    assert.equal(world.knowledgeQuestions.length, 3, 'a bounded number of tries');
    assert.match(String(world.progress.find((p) => p.kind === 'knowledge_failed')?.detail?.reason), /connection lost/);
    assert.equal(world.progress.find((p) => p.kind === 'decided')?.decision?.code, 'other.escalate');
  });
});
