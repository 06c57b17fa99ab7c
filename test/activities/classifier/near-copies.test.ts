// The evaluation set stays honest: it is the file whose hash was recorded, and nothing the
// classifier or the provider-reply reader is tuned or trained on is a near-copy of it.
// On failure only the tuning item's id is printed, never the evaluation text.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMessages } from '../../../bench/classifier-accuracy.js';
import { SEALED_DIR, SEALED_FILES, loadSealedMessages, loadSealedReplies, verifySealed } from '../../../bench/classifier-eval.js';
import { NEAR_COPY_THRESHOLD, jaccard, nearCopies, trigrams, type Item } from '../../../bench/near-copies.js';
import { loadProviderReplies, providerTuningFiles } from '../../../bench/provider-replies-accuracy.js';
import { PROVIDER_REPLIES } from '../providers/provider-replies.fixture.js';

const TUNING_DIR = 'test/fixtures/messages';

function tuningMessages(): Item[] {
  return readdirSync(TUNING_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => loadMessages(`${TUNING_DIR}/${f}`).map((m) => ({ id: `${f}:${m.id}`, text: m.text })));
}

describe('near-copy check between tuning data and the sealed evaluation set', () => {
  it('measures similarity the way the threshold assumes', () => {
    const sim = (a: string, b: string) => jaccard(trigrams(a), trigrams(b));
    // Same line, other order number and case: a copy.
    assert.ok(sim('Order 5512345 dropped 2k followers, refill please', 'order 998877 DROPPED 2k followers, refill please') >= NEAR_COPY_THRESHOLD);
    // Same request in other words: not a copy.
    assert.ok(sim('refill 5512345 pls', 'my followers on 5512345 went down, can you top them up') < NEAR_COPY_THRESHOLD);
    const planted = nearCopies([{ id: 'planted', text: 'hey, 4455661 has been pending for 3 days, speed it up' }], [
      { id: 'e', text: 'Hey, 1234567 has been pending for 3 days, speed it up!' },
    ]);
    assert.deepEqual(planted, ['planted']);
  });

  it('the sealed set is the one whose hash was recorded', () => {
    verifySealed();
  });

  it('an edited sealed file is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sealed-'));
    try {
      for (const f of [...SEALED_FILES, 'SHA256SUMS']) copyFileSync(join(SEALED_DIR, f), join(dir, f));
      verifySealed(dir);
      writeFileSync(join(dir, 'eval.jsonl'), '{"id":"x","text":"refill 5512345","language":"en","intents":[]}\n', { flag: 'a' });
      assert.throws(() => verifySealed(dir), /does not match its recorded SHA-256/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('no tuning message is a near-copy of a sealed customer message', () => {
    const copies = nearCopies(tuningMessages(), loadSealedMessages());
    assert.equal(copies.length, 0, `${copies.length} tuning items are near-copies: ${copies.join(', ')}`);
  });

  it('no labelled provider reply is a near-copy of a sealed provider reply', () => {
    const tuning = [
      ...PROVIDER_REPLIES.map(([text], i) => ({ id: `provider-replies.fixture#${i}`, text })),
      ...providerTuningFiles().flatMap((f) => loadProviderReplies(f).map((r) => ({ id: `${f}:${r.id}`, text: r.text }))),
    ];
    const copies = nearCopies(tuning, loadSealedReplies());
    assert.equal(copies.length, 0, `${copies.length} labelled replies are near-copies: ${copies.join(', ')}`);
  });
});
