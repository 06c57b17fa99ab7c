// The ask model chooses, among several orders named in one message, the ones the customer
// asks about. These are what a panel owner would see go wrong: an action on an order the
// customer only mentioned, or a message emptied of its orders.
import { strict as assert } from 'node:assert';
import { classifyOffline } from '../../../activities/classifier/classify.js';
import { DEFAULT_CONFIDENCE_THRESHOLD } from '../../../activities/classifier/llm.js';
import { keepAsked } from '../../../activities/classifier/model/ask-model.js';
import { fold } from '../../../activities/classifier/normalize.js';
import type { IdMention } from '../../../activities/classifier/order-ids.js';

const ids = (text: string) => [...new Set(classifyOffline(text).intents.flatMap((i) => i.orderIds))].sort();

describe('ask model', () => {
  describe('orders named only for context get no action', () => {
    const cases: Array<[string, string[]]> = [
      ['last week you refunded 4410001, thanks. now 4410002 dropped 700, refill pls', ['4410002']],
      ['forget about 5520001, it finished. 5520002 still not done, when?', ['5520002']],
      ['you already refilled 4410001 yesterday, thanks! now 4410002 needs a refill too', ['4410002']],
      // Thanks in one sentence, the ask in the next: whose action words these are.
      ['Yesterday you fixed 58040338, thanks a lot. Today 58040345 is stuck, please speed it up.', ['58040345']],
    ];
    for (const [text, want] of cases) it(JSON.stringify(text), () => assert.deepEqual(ids(text), want));
  });

  describe('orders asked about together stay together', () => {
    const cases: Array<[string, string[]]> = [
      ['refill 7740001 and 7740002, both dropped', ['7740001', '7740002']],
      ['cancel 8850001 8850002 8850003 please', ['8850001', '8850002', '8850003']],
      ['7760001 — 40% dropped. 7760002 — 25% dropped. refill both', ['7760001', '7760002']],
    ];
    for (const [text, want] of cases) it(JSON.stringify(text), () => assert.deepEqual(ids(text), want));
  });

  it('never leaves a message without its orders, whatever the weights say', () => {
    const text = fold('refill 1234567 and 7654321');
    const found: IdMention[] = [
      { id: '1234567', start: 7, end: 14 },
      { id: '7654321', start: 19, end: 26 },
    ];
    const denyAll = { bias: -20 };
    // Kept, and doubtful: the model would have dropped them all.
    assert.deepEqual(keepAsked(text, found, found, [], denyAll), { mentions: found, overruled: false, doubtful: true });
  });

  it('never brings back an order the rules left out', () => {
    const text = fold('refill 1234567 and 7654321');
    const found: IdMention[] = [
      { id: '1234567', start: 7, end: 14 },
      { id: '7654321', start: 19, end: 26 },
    ];
    assert.deepEqual(keepAsked(text, found, found.slice(0, 1), [], { bias: 20 }).mentions.map((m) => m.id), ['1234567']);
  });

  it('leaves orders pointed at by place to the rules', () => {
    const text = fold('orders 1234567 and 7654321, 2345678. cancel the last two');
    const found: IdMention[] = [
      { id: '1234567', start: 7, end: 14 },
      { id: '7654321', start: 19, end: 26 },
      { id: '2345678', start: 28, end: 35 },
    ];
    // What the rules made of "the last two": both read where the pointer stands.
    const ruled: IdMention[] = [
      { id: '7654321', start: 44, end: 57 },
      { id: '2345678', start: 44, end: 57 },
    ];
    assert.deepEqual(keepAsked(text, found, ruled, [], { bias: -20, 'pos=last': 40 }), { mentions: ruled, overruled: false, doubtful: false });
  });

  it('says nothing about a message naming one order', () => {
    const text = fold('refill 1234567');
    const found: IdMention[] = [{ id: '1234567', start: 7, end: 14 }];
    assert.deepEqual(keepAsked(text, found, found, [], { bias: -20 }), { mentions: found, overruled: false, doubtful: false });
  });

  it('leaves a reading unsure when it keeps an order it doubts, sure when it doubts none', () => {
    const text = fold('refill 1234567 and 7654321');
    const found: IdMention[] = [
      { id: '1234567', start: 7, end: 14 },
      { id: '7654321', start: 19, end: 26 },
    ];
    // Both kept either way; only how sure the model was of the second differs.
    const doubts = (w: number) => keepAsked(text, found, found, [], { bias: 20, 'pos=last': w }).doubtful;
    assert.deepEqual([doubts(0), doubts(-19)], [false, true]);
  });

  it('leaves a reading it overruled the rules on below the LLM threshold', () => {
    // The rules alone act on both orders here.
    const text = 'you already refilled 4410001 yesterday, thanks! now 4410002 needs a refill too';
    assert.ok(classifyOffline(text).confidence < DEFAULT_CONFIDENCE_THRESHOLD);
  });
});
