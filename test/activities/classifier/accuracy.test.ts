// Quality gate for the offline classifier, so a lexicon or rule change that makes it worse
// fails the build. Every tuning set (what the rules and the model were built from, the
// former holdout included) must meet the targets: a regression guard, not a claim about
// unseen text. Unseen text is measured by npm run eval:classifier on the sealed set.
// Figures: npx tsx bench/classifier-accuracy.ts
import { strict as assert } from 'node:assert';
import { loadMessages, measure, type AccuracyReport } from '../../../bench/classifier-accuracy.js';

interface Floors {
  intents: number;
  orderIds: number;
  language: number;
}

const TARGETS: Floors = { intents: 0.97, orderIds: 0.99, language: 0.97 };

const FRESH_FLOOR = 0.9;

const LANGUAGES = ['en', 'ru', 'uk', 'es', 'pt', 'fr', 'de', 'it', 'tr', 'ar', 'fa', 'hi', 'id', 'vi'];

function explain(report: AccuracyReport): string {
  return report.failures
    .slice(0, 10)
    .map((f) => `${f.message.id} [${f.wrong.join(', ')}] ${JSON.stringify(f.message.text)}`)
    .join('\n');
}

/** One tuning set, or a batch written in two halves (a/b, seven languages each). */
function gate(set: string | string[], floors: Floors): void {
  const sets = typeof set === 'string' ? [set] : set;
  describe(`classifier accuracy on the ${sets.join(' + ')} set`, () => {
    const messages = sets.flatMap((s) => loadMessages(`test/fixtures/messages/${s}.jsonl`));
    const report = measure(messages);

    it('covers every offline language', () => {
      const languages = new Set(messages.map((m) => m.language));
      for (const lang of LANGUAGES) assert.ok(languages.has(lang), `no ${lang} message`);
    });

    it(`reads the intents of at least ${floors.intents * 100}% of messages`, () => {
      assert.ok(report.intentAccuracy >= floors.intents, `${report.intentAccuracy}\n${explain(report)}`);
    });

    it(`finds exactly the right order IDs per intent in at least ${floors.orderIds * 100}%`, () => {
      assert.ok(report.orderIdAccuracy >= floors.orderIds, `${report.orderIdAccuracy}\n${explain(report)}`);
    });

    it(`names the language of at least ${floors.language * 100}%`, () => {
      assert.ok(report.languageAccuracy >= floors.language, `${report.languageAccuracy}\n${explain(report)}`);
    });
  });
}

gate('tune', TARGETS);
gate('tune-2', TARGETS);
gate('tune-3', TARGETS);
gate('tune-4', TARGETS);
gate('tune-5', TARGETS);
gate(['tune-6a', 'tune-6b'], TARGETS);
gate(['tune-7a', 'tune-7b'], TARGETS);
// Ten later fresh batches, harder than the rest, tuned on by kind but not message by message
// (their long tail is left to the model): a floor against regressions, not a target.
gate(
  ['a-r3', 'a-r4', 'a-r5', 'a-r6', 'a-r7', 'a-r8', 'b-r3', 'b-r4', 'b-r5', 'b-r6'].map((r) => `tune-8${r}`),
  { intents: 0.9, orderIds: 0.9, language: 0.97 },
);
// The fresh batches the model learns from in bulk (their failures were not read one by one).
gate(['tune-9a', 'tune-9b', 'tune-10a', 'tune-10b', 'tune-11a', 'tune-11b', 'tune-12a', 'tune-12b'], { intents: 0.92, orderIds: 0.92, language: 0.95 });
// Fresh batches of two later writers, each scored once before it became tuning data; their
// themed later rounds are left to the models: a floor against regressions, not a target.
gate(['tune-13a-r1', 'tune-13a-r2', 'tune-13a-r3', 'tune-13a-r4', 'tune-13b-r1', 'tune-13b-r2', 'tune-13b-r3', 'tune-14a', 'tune-14b', 'tune-15a', 'tune-15b'], { intents: FRESH_FLOOR, orderIds: FRESH_FLOOR, language: 0.97 });
// The last blocks: `tune-16` (read by kind), `tune-17` and `tune-18`, rounds weighted toward order
// numbers (several orders with different fates, glued IDs, numbers that are not orders).
gate(['tune-16a', 'tune-16b'], { intents: FRESH_FLOOR, orderIds: FRESH_FLOOR, language: 0.97 });
gate(['tune-17a', 'tune-17b', 'tune-18a', 'tune-18b'], { intents: 0.9, orderIds: 0.85, language: 0.97 });
// `tune-19a` … `tune-27*`: the next writers' blocks, each scored once before it was trained on.
gate(['tune-19a', ...['20', '21', '22', '23', '24', '25', '26', '27'].flatMap((b) => ['g', 'h', 'i', 'j'].map((w) => `tune-${b}${w}`))], { intents: 0.9, orderIds: 0.87, language: 0.97 });
// `tune-28*`: four more writers' first rounds, scored once, read by kind, then trained on.
gate(['k', 'l', 'm', 'n'].map((w) => `tune-28${w}`), { intents: 0.95, orderIds: 0.92, language: 0.98 });
// `tune-29*`: their later rounds (once `fresh-4/`), untrained until read by kind.
gate(['k', 'l', 'm', 'n'].map((w) => `tune-29${w}`), { intents: 0.95, orderIds: 0.92, language: 0.98 });
// `tune-30*`: writers o-r's rounds 13-24 (once `fresh-6/`), scored twice, read by kind.
gate(['o', 'p', 'q', 'r'].map((w) => `tune-30${w}`), { intents: 0.95, orderIds: 0.9, language: 0.98 });
// `tune-31*`: writers s-v's rounds 1-12 (once `fresh-7/`), scored once, read by kind.
gate(['s', 't', 'u', 'v'].map((w) => `tune-31${w}`), { intents: 0.95, orderIds: 0.92, language: 0.98 });
// `tune-32*`: writers w-z's rounds 1-10 (once `fresh-8/`), each language written on its own.
gate(['w', 'x', 'y', 'z'].map((w) => `tune-32${w}`), { intents: 0.95, orderIds: 0.92, language: 0.98 });
// `tune-33*`: writers aa-ad's rounds 1-10 (once `fresh-9/`), scored once, read by kind.
gate(['aa', 'ab', 'ac', 'ad'].map((w) => `tune-33${w}`), { intents: 0.95, orderIds: 0.92, language: 0.98 });
// `tune-34*`: writers ae-ah's rounds 1-8 (once `fresh-10/`), scored twice, read by kind.
gate(['ae', 'af', 'ag', 'ah'].map((w) => `tune-34${w}`), { intents: 0.95, orderIds: 0.92, language: 0.98 });
// `tune-35*`: writers ai-al's rounds 1-8 (once `fresh-11/`), scored twice, read by kind.
gate(['ai', 'aj', 'ak', 'al'].map((w) => `tune-35${w}`), { intents: 0.95, orderIds: 0.92, language: 0.98 });
// `tune-36*`: writers am-ap's rounds 1-6 (once `fresh-12/`), scored twice, read by kind.
gate(['am', 'an', 'ao', 'ap'].map((w) => `tune-36${w}`), { intents: 0.95, orderIds: 0.92, language: 0.98 });
// `tune-37*`: writers aq-at (once `fresh-13/`), scored twice, used to choose the model's readings.
gate(['aq', 'ar', 'as', 'at'].map((w) => `tune-37${w}`), { intents: 0.95, orderIds: 0.92, language: 0.98 });
// `tune-38*`: writers au-ax (once `fresh-14/`), scored twice, trained on unread.
gate(['au', 'av', 'aw', 'ax'].map((w) => `tune-38${w}`), { intents: 0.95, orderIds: 0.92, language: 0.98 });
// `tune-39*`: writers ay-bb (once `fresh-15/`), scored twice, read by kind.
gate(['ay', 'az', 'ba', 'bb'].map((w) => `tune-39${w}`), { intents: 0.95, orderIds: 0.92, language: 0.98 });
// The former holdout, tuning data since its figure turned out not to be held out: two
// known misses (a service-ID question, a charged-twice complaint) keep it under the target.
// Its language floor allows three misses of 187: "ID 2231456 ID 2231457 drop 50%" has three
// words to go on and reads as Hinglish since the writers' Hinglish rounds were trained on,
// while the language model reads the tuning sets better as a whole.
gate('tune-holdout', { ...TARGETS, intents: 0.985, orderIds: 0.985, language: 0.98 });
