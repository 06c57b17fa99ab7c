// Where the intent model may decide instead of the rules, and that whatever it decides
// stays below the LLM threshold (so a configured LLM reads it). Scores are written by hand
// here: the policy is under test, not the trained weights.
import { strict as assert } from 'node:assert';
import { combineWithModel } from '../../../activities/classifier/combine.js';
import { DEFAULT_CONFIDENCE_THRESHOLD } from '../../../activities/classifier/index.js';
import type { IntentScores } from '../../../activities/classifier/model/intent-model.js';

function scores(partial: Partial<IntentScores>): IntentScores {
  return { refill: 0.05, cancel: 0.05, refund: 0.05, speed_up: 0.05, status: 0.05, other: 0.05, ...partial };
}

const LETTERS = 40;

describe('rules and the intent model combined', () => {
  it('lets the model name the action for order IDs in words the rules do not know', () => {
    const rules = { intents: [{ intent: 'other' as const, orderIds: [] }], confidence: 0.3 };
    const got = combineWithModel(rules, scores({ speed_up: 0.35, other: 0.2 }), ['7781203'], LETTERS);
    assert.deepEqual(got.intents, [{ intent: 'speed_up', orderIds: ['7781203'] }]);
    assert.ok(got.confidence < DEFAULT_CONFIDENCE_THRESHOLD);
  });

  it('keeps "other" for IDs when the model finds "other" likelier than any action', () => {
    const rules = { intents: [{ intent: 'other' as const, orderIds: [] }], confidence: 0.3 };
    const got = combineWithModel(rules, scores({ speed_up: 0.3, other: 0.6 }), ['7781203'], LETTERS);
    assert.deepEqual(got.intents, rules.intents);
  });

  it('is sure of "no action" with no order named only when the model is all but sure too', () => {
    // "Do you take crypto?": no order, no word the rules know.
    const rules = { intents: [{ intent: 'other' as const, orderIds: [] }], confidence: 0.6 };
    const sure = (other: number) => combineWithModel(rules, scores({ other }), [], LETTERS).confidence >= DEFAULT_CONFIDENCE_THRESHOLD;
    assert.deepEqual([sure(0.95), sure(0.7)], [true, false]);
    assert.deepEqual(combineWithModel(rules, scores({ other: 0.95 }), [], LETTERS).intents, rules.intents);
  });

  it('overrules a single action the model all but rules out, below the LLM threshold', () => {
    const rules = { intents: [{ intent: 'refund' as const, orderIds: ['1183304'] }], confidence: 0.95 };
    const got = combineWithModel(rules, scores({ status: 0.8, refund: 0.1 }), ['1183304'], LETTERS);
    assert.deepEqual(got.intents, [{ intent: 'status', orderIds: ['1183304'] }]);
    assert.ok(got.confidence < DEFAULT_CONFIDENCE_THRESHOLD);
  });

  it('reads no action where the rules read one with no order named and the model reads none', () => {
    const rules = { intents: [{ intent: 'refund' as const, orderIds: [] }], confidence: 0.8 };
    const got = combineWithModel(rules, scores({ other: 0.7, refund: 0.25 }), [], LETTERS);
    assert.deepEqual(got.intents, [{ intent: 'other', orderIds: [] }]);
    assert.ok(got.confidence < DEFAULT_CONFIDENCE_THRESHOLD);
    // A named order keeps the action the rules read unless the model all but rules it out.
    const named = { intents: [{ intent: 'refund' as const, orderIds: ['1183304'] }], confidence: 0.95 };
    assert.deepEqual(combineWithModel(named, scores({ other: 0.7, refund: 0.35 }), ['1183304'], LETTERS).intents, named.intents);
  });

  it('reads an action in a message about no order where the rules read none and the model all but rules "no action" out', () => {
    // "could you put a rush on it? the wedding is tomorrow": no word the rules list.
    const rules = { intents: [{ intent: 'other' as const, orderIds: [] }], confidence: 0.6 };
    const got = combineWithModel(rules, scores({ speed_up: 0.45, other: 0.2 }), [], LETTERS);
    assert.deepEqual(got.intents, [{ intent: 'speed_up', orderIds: [] }]);
    assert.ok(got.confidence < DEFAULT_CONFIDENCE_THRESHOLD);
    // Where the model still gives "no action" a fair chance, the rules stand.
    assert.deepEqual(combineWithModel(rules, scores({ speed_up: 0.45, other: 0.35 }), [], LETTERS).intents, rules.intents);
  });

  it('keeps a topic that asks no action beside an order unless the model is sure of an action', () => {
    // "please ring me back about order 123": "back" is no refund.
    const rules = { intents: [{ intent: 'other' as const, orderIds: [] }], confidence: 0.45 };
    assert.deepEqual(combineWithModel(rules, scores({ refund: 0.3, other: 0.01 }), ['9934513'], LETTERS).intents, rules.intents);
    assert.deepEqual(combineWithModel(rules, scores({ refund: 0.8, other: 0.01 }), ['9934513'], LETTERS).intents, [
      { intent: 'refund', orderIds: ['9934513'] },
    ]);
  });

  it('reads thanks for an action done on a named order as no action when the model all but rules the action out', () => {
    const named = { intents: [{ intent: 'refill' as const, orderIds: ['1183304'] }], confidence: 0.95 };
    const got = combineWithModel(named, scores({ other: 0.7, refill: 0.1 }), ['1183304'], LETTERS);
    assert.deepEqual(got.intents, [{ intent: 'other', orderIds: [] }]);
    assert.ok(got.confidence < DEFAULT_CONFIDENCE_THRESHOLD);
  });

  it('keeps the rules when the model only leans elsewhere', () => {
    const rules = { intents: [{ intent: 'refund' as const, orderIds: ['1183304'] }], confidence: 0.95 };
    const got = combineWithModel(rules, scores({ status: 0.55, refund: 0.3 }), ['1183304'], LETTERS);
    assert.deepEqual(got.intents, rules.intents);
  });

  it('keeps the rules on a long paste, where the model reads mostly someone else\'s words', () => {
    const rules = { intents: [{ intent: 'refill' as const, orderIds: ['5512345'] }], confidence: 0.95 };
    const got = combineWithModel(rules, scores({ speed_up: 0.9, refill: 0.01 }), ['5512345'], 5000);
    assert.deepEqual(got.intents, rules.intents);
  });

  it('reads a guessed status question as no action when the model is sure it asks none', () => {
    // "can you change the username on 123?": the rules guessed status from the question mark.
    const rules = { intents: [{ intent: 'status' as const, orderIds: ['7781203'] }], confidence: 0.4 };
    const got = combineWithModel(rules, scores({ other: 0.8, status: 0.1 }), ['7781203'], LETTERS);
    assert.deepEqual(got.intents, [{ intent: 'other', orderIds: [] }]);
    assert.ok(got.confidence < DEFAULT_CONFIDENCE_THRESHOLD);
  });

  it('keeps the guessed status question when the model leans to an action', () => {
    const rules = { intents: [{ intent: 'status' as const, orderIds: ['7781203'] }], confidence: 0.4 };
    const got = combineWithModel(rules, scores({ other: 0.3, status: 0.6 }), ['7781203'], LETTERS);
    assert.deepEqual(got.intents, [{ intent: 'status', orderIds: ['7781203'] }]);
  });
});
