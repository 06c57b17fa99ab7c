// The intent model read over each order's own sentence: two orders with different fates in
// words no list holds must not share one action, and plainly paired actions stay as read.
import { strict as assert } from 'node:assert';
import { classifyOffline } from '../../../activities/classifier/classify.js';
import { DEFAULT_CONFIDENCE_THRESHOLD } from '../../../activities/classifier/llm.js';
import { ownWords } from '../../../activities/classifier/model/segment-actions.js';
import { fold } from '../../../activities/classifier/normalize.js';
import { findOrderIds } from '../../../activities/classifier/order-ids.js';

const read = (text: string) => classifyOffline(text).intents.map((i) => `${i.intent}[${i.orderIds.join(',')}]`);

describe('actions read over each order\'s own words', () => {
  it('cuts each order its sentence, or its clause where the sentence names another order', () => {
    const text = fold('zakaz 7720031 ne startanul, a 7720032 upal na 500 podpischikov. 7720031 srochno!');
    const mentions = findOrderIds(text);
    assert.equal(ownWords(text, mentions, '7720031'), 'zakaz 7720031 ne startanul\n 7720031 srochno');
    assert.equal(ownWords(text, mentions, '7720032'), ' a 7720032 upal na 500 podpischikov');
  });

  it('gives no words to an order that shares its only clause with another', () => {
    const text = fold('cancel 8850001 and 8850002');
    assert.equal(ownWords(text, findOrderIds(text), '8850001'), '');
  });

  it('reads a stuck order and a dropped one apart, unsure', () => {
    const text = 'zakaz 7720031 ne startanul, a 7720032 upal na 500 podpischikov';
    assert.deepEqual(read(text), ['speed_up[7720031]', 'refill[7720032]']);
    assert.ok(classifyOffline(text).confidence < DEFAULT_CONFIDENCE_THRESHOLD);
  });

  it('leaves actions the rules paired plainly alone', () => {
    assert.deepEqual(read('cancel 8850001 and refill 8850002'), ['cancel[8850001]', 'refill[8850002]']);
    assert.deepEqual(read('8850001 dropped 300 followers. 8850002 dropped too, refill both'), ['refill[8850001,8850002]']);
  });
});
