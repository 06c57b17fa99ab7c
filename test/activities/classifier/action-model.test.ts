// The action model reads which action each of several asked orders wants where the rules'
// clause habits pair them wrong. What a panel owner would see go wrong: a slow order
// refilled with the dropped one, or an order the rules read right changed.
import { strict as assert } from 'node:assert';
import { classifyOffline } from '../../../activities/classifier/classify.js';
import { DEFAULT_CONFIDENCE_THRESHOLD } from '../../../activities/classifier/llm.js';
import { reviseActions } from '../../../activities/classifier/model/action-model.js';
import { fold } from '../../../activities/classifier/normalize.js';
import type { IdMention } from '../../../activities/classifier/order-ids.js';
import type { OrderIntent } from '../../../workflows/rules/types.js';

const read = (text: string) => classifyOffline(text).intents.map((i) => `${i.intent}[${i.orderIds.join(',')}]`);

describe('action model', () => {
  describe('each order gets the action its own words ask for', () => {
    const cases: Array<[string, string[]]> = [
      // The rules alone refill both: "taking ages, hurry it" is in no word list.
      ['Telegram views order 5123400 lost 900 overnight, refill. Also the likes one, 5123477, is taking ages — hurry it.', ['refill[5123400]', 'speed_up[5123477]']],
      ['2204401 likes gir gaye, 2204402 abhi tak shuru nahi. refill + start', ['refill[2204401]', 'speed_up[2204402]']],
    ];
    for (const [text, want] of cases) it(JSON.stringify(text), () => assert.deepEqual(read(text), want));
  });

  it('leaves actions the rules paired plainly alone', () => {
    assert.deepEqual(read('cancel 8850001 and refill 8850002'), ['cancel[8850001]', 'refill[8850002]']);
  });

  it('leaves a reading whose actions it changed below the LLM threshold', () => {
    const text = 'Telegram views order 5123400 lost 900 overnight, refill. Also the likes one, 5123477, is taking ages — hurry it.';
    assert.ok(classifyOffline(text).confidence < DEFAULT_CONFIDENCE_THRESHOLD);
  });

  const text = fold('refill 1234567 and 7654321');
  const mentions: IdMention[] = [
    { id: '1234567', start: 7, end: 14 },
    { id: '7654321', start: 19, end: 26 },
  ];
  const ruled = new Map<string, OrderIntent>([['1234567', 'refill'], ['7654321', 'refill']]);

  it("changes an action only where it is sure of another and doubts the rules'", () => {
    const sure = { 'speed_up|bias': 20, 'refill|bias': -20 };
    assert.deepEqual([...reviseActions(text, mentions, [], ruled, sure).byId.values()], ['speed_up', 'speed_up']);
    // Half sure of the rules' action: they stand.
    const torn = { 'speed_up|bias': 20, 'refill|bias': 0 };
    assert.deepEqual(reviseActions(text, mentions, [], ruled, torn), { byId: ruled, changed: false });
  });

  it('says nothing about a message naming one order', () => {
    const one = new Map<string, OrderIntent>([['1234567', 'refill']]);
    const sure = { 'speed_up|bias': 20, 'refill|bias': -20 };
    assert.deepEqual(reviseActions(text, mentions.slice(0, 1), [], one, sure), { byId: one, changed: false });
  });
});
