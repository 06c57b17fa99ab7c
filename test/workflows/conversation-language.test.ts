// A conversation keeps the customer's language once detected: a short "ok" or a bare order
// number, which a detector reads as anything, does not flip the replies to English.
import assert from 'node:assert/strict';
import { keptLanguage } from '../../workflows/conversation-language.js';
import { completedR30Order, ORDER_LINK, runConversationMessage, timeSkippingSuite } from '../helpers/workflow-suite.js';
import { newWorld } from '../helpers/mock-activities.js';
import type { ConversationInput } from '../../workflows/definitions.js';

describe('the conversation language', () => {
  it('is the detected one at first, and kept through messages too short to tell', () => {
    assert.equal(keptLanguage(null, 'es', 'ok'), 'es');
    for (const short of ['ok', '1001', 'ok 1001', 'thanks!', 'refill 1001', '#1001 ???']) assert.equal(keptLanguage('es', 'en', short), 'es', short);
  });

  it('follows a customer who switches language in a real sentence', () => {
    assert.equal(keptLanguage('es', 'en', 'please refill my order 1001, the followers dropped'), 'en');
  });

  describe('in the conversation workflow (time-skipping server)', function () {
    this.timeout(120_000);
    const server = timeSkippingSuite();

    it('answers "1001" after a Spanish message in Spanish', async () => {
      const world = newWorld();
      world.orders.set('1001', completedR30Order(Date.now()));
      world.counts.set(ORDER_LINK, 5700);
      world.settings = { replyLanguage: 'customer' };
      // The detector reads the bare number as English, as real detectors do with no words to go on.
      const classify = async ({ text }: { text: string }) =>
        text.includes('por favor')
          ? { language: 'es', confidence: 0.9, intents: [{ intent: 'refill' as const, orderIds: ['1001'] }] }
          : { language: 'en', confidence: 0.9, intents: [{ intent: 'status' as const, orderIds: ['1001'] }] };
      const input: ConversationInput = { tenantId: 'lang1', conversationId: 'lang-c1', channel: 'api', customer: 'alice' };
      await runConversationMessage(server.env, {
        world, classify, input,
        text: ['por favor reponer mi pedido 1001, bajaron los seguidores', '1001'],
        until: (w) => w.replies.length === 2,
      });
      assert.match(world.replies[0]!.text, /Pedido 1001|pedido 1001/);
      assert.match(world.replies[1]!.text, /Tu pedido está completado/);
    });
  });
});
