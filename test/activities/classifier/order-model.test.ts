// The order model is a second opinion on each of several orders, from what the rules alone
// made of them. What a panel owner would see go wrong: a reading it all but rules out acted
// on without the LLM's look, or readings it agrees with sent to the LLM for nothing.
import { strict as assert } from 'node:assert';
import { classifyOffline } from '../../../activities/classifier/classify.js';
import { scanKeywords } from '../../../activities/classifier/keywords.js';
import { DEFAULT_CONFIDENCE_THRESHOLD } from '../../../activities/classifier/llm.js';
import { doubtsOrders } from '../../../activities/classifier/model/order-model.js';
import { fold } from '../../../activities/classifier/normalize.js';
import { blankLinks, findOrderIds } from '../../../activities/classifier/order-ids.js';
import { dropSettled } from '../../../activities/classifier/settled.js';
import type { OrderIntent } from '../../../workflows/rules/types.js';

/** The rules' view of `text` and a doubt check of `reading` under `weights`. */
function doubts(text: string, reading: Array<[string, OrderIntent]>, weights: Record<string, number>): boolean {
  const folded = fold(text);
  const found = findOrderIds(folded);
  const hits = scanKeywords(blankLinks(folded)).hits;
  return doubtsOrders(folded, found, hits, dropSettled(folded, found, hits), new Map(reading), weights);
}

describe('order model', () => {
  const text = 'refill 1234567 and 7654321';
  // A model sure that every order here wants a refill.
  const refills = { 'refill|bias': 20, 'none|bias': -20, 'cancel|bias': -20, 'refund|bias': -20, 'speed_up|bias': -20, 'status|bias': -20 };

  it('doubts a reading that gives an order a class it all but rules out', () => {
    assert.equal(doubts(text, [['1234567', 'refill'], ['7654321', 'cancel']], refills), true);
  });

  it('doubts a reading that leaves out an order it reads as asked about', () => {
    assert.equal(doubts(text, [['1234567', 'refill']], refills), true);
  });

  it('lets a reading it agrees with stand', () => {
    assert.equal(doubts(text, [['1234567', 'refill'], ['7654321', 'refill']], refills), false);
  });

  it('reads each order apart: the words beside an order weigh for it alone', () => {
    // Refill unless "R:cancel" stands right after the order.
    const weights = { ...refills, 'refill|R:cancel': -40, 'cancel|R:cancel': 40 };
    const mixed = 'refill 1234567, 7654321 cancel';
    assert.equal(doubts(mixed, [['1234567', 'refill'], ['7654321', 'cancel']], weights), false);
    assert.equal(doubts(mixed, [['1234567', 'cancel'], ['7654321', 'cancel']], weights), true);
  });

  it('sends a sure reading it doubts to the LLM, and leaves one it agrees with sure', () => {
    // The rules refill both; "skip the personal" is in no word list.
    const doubted = classifyOffline('Order 5530021 is for my shop account and 5530022 for my personal one. Both dropped. Only refill the shop one, skip the personal.');
    assert.ok(doubted.confidence < DEFAULT_CONFIDENCE_THRESHOLD);
    const agreed = classifyOffline('7730011 is fine. 7730012 and 7730013 dropped, refill them');
    assert.deepEqual(agreed.intents, [{ intent: 'refill', orderIds: ['7730012', '7730013'] }]);
    assert.ok(agreed.confidence >= DEFAULT_CONFIDENCE_THRESHOLD);
  });

  it('says nothing of a message naming one order, or no action word', () => {
    const deny = { 'refill|bias': -20, 'none|bias': -20 };
    assert.equal(doubts('refill 1234567', [['1234567', 'refill']], deny), false);
    const bare = '1234567 and 7654321';
    assert.equal(findOrderIds(fold(bare)).length, 2);
    assert.equal(doubts(bare, [['1234567', 'refill']], deny), false);
  });
});
