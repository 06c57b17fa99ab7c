// The provider-reply model: the committed weights are what the training script makes of the
// tuning replies, it decides only where no word list matched, and what it decides stays
// below the LLM threshold.
import { strict as assert } from 'node:assert';
import { trainReplyModel, tuningReplies } from '../../../dev/train-provider-model.js';
import { REPLY_WEIGHTS } from '../../../activities/providers/model/reply-weights.js';
import { scoreReply } from '../../../activities/providers/model/reply-model.js';
import {
  combineReadings,
  readProviderReplyByRules,
  readProviderReplyOffline,
  DEFAULT_REPLY_CONFIDENCE_THRESHOLD as THRESHOLD,
} from '../../../activities/providers/replies.js';

describe('provider-reply model', () => {
  it('the committed weights are the ones the tuning replies train (retrain after adding data)', () => {
    assert.deepEqual(trainReplyModel(tuningReplies()), REPLY_WEIGHTS, 'run: npx tsx dev/train-provider-model.ts');
  });

  it('reads replies no word list matches, and leaves them for the LLM to confirm', () => {
    const replies = tuningReplies().filter((r) => readProviderReplyByRules(r.text).confidence <= 0.3);
    assert.ok(replies.length >= 20, `${replies.length} tuning replies the lists miss`);
    const right = replies.filter((r) => readProviderReplyOffline(r.text).verdict === r.verdict).length;
    // What it was trained on it mostly reads back; the rules alone read these as "ambiguous".
    const rulesRight = replies.filter((r) => r.verdict === 'ambiguous').length;
    assert.ok(right > rulesRight, `model ${right} vs rules ${rulesRight} of ${replies.length}`);
    for (const r of replies) assert.ok(readProviderReplyOffline(r.text).confidence < THRESHOLD, r.text);
  });

  it('a sure rule reading stands unless the model is sure of another verdict: then it is unsure, and a very sure model overrules it', () => {
    const rules = { verdict: 'confirmed' as const, confidence: 0.9 };
    assert.deepEqual(combineReadings(rules, { confirmed: 0.2, declined: 0.5, ambiguous: 0.3 }), rules);
    const doubted = combineReadings(rules, { confirmed: 0.05, declined: 0.85, ambiguous: 0.1 });
    assert.deepEqual([doubted.verdict, doubted.confidence < THRESHOLD], ['confirmed', true]);
    const overruled = combineReadings(rules, { confirmed: 0.02, declined: 0.95, ambiguous: 0.03 });
    assert.deepEqual([overruled.verdict, overruled.confidence < THRESHOLD], ['declined', true]);
    const unknown = combineReadings({ verdict: 'ambiguous', confidence: 0.3 }, { confirmed: 0.1, declined: 0.85, ambiguous: 0.05 });
    assert.deepEqual([unknown.verdict, unknown.confidence < THRESHOLD], ['declined', true]);
  });

  it('probabilities sum to one for any text, empty included', () => {
    for (const t of ['', '🙂', 'refill started', 'نمیشه']) {
      const s = scoreReply(t);
      assert.ok(Math.abs(s.confirmed + s.declined + s.ambiguous - 1) < 1e-9, t);
    }
  });
});
