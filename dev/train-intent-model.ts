// Trains the classifier's models from the labelled tuning messages: the intent model
// (activities/classifier/model/intents.json), the language model for Latin letters
// (languages.json), the number model (number-weights.ts, see train-number-model.ts),
// the ask model (ask-weights.ts, see train-ask-model.ts), the action model
// (action-weights.ts, see train-action-model.ts) and the order model (order-weights.ts, see
// train-order-model.ts). Deterministic: the same files give the same weights.
// Usage: npx tsx dev/train-intent-model.ts [--out path] [--exclude file.jsonl ...]
// The sealed evaluation set is never read here.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { epochOrders } from './epochs.js';
import { loadMessages, type LabelledMessage } from '../bench/classifier-accuracy.js';
import { INTENTS } from '../workflows/rules/types.js';
import { BUCKETS, features } from '../activities/classifier/model/features.js';
import type { ModelFile } from '../activities/classifier/model/intent-model.js';
import { LANGUAGE_BUCKETS, type LanguageModelFile } from '../activities/classifier/model/language-model.js';
import type { LinearFile } from '../activities/classifier/model/linear.js';
import { OFFLINE_LANGUAGES } from '../activities/classifier/types.js';
import { NUMBER_WEIGHTS_FILE, trainNumberModel, writeNumberWeights } from './train-number-model.js';
import { ASK_WEIGHTS_FILE } from './train-ask-model.js';
import { ACTION_WEIGHTS_FILE } from './train-action-model.js';
import { ORDER_WEIGHTS_FILE } from './train-order-model.js';

export const TRAINING_DIR = 'test/fixtures/messages';
const LANGUAGES_FILE = 'activities/classifier/model/languages.json';
const EPOCHS = 12;
const RATE = 0.5;
const L2 = 1e-6;

export function trainingFiles(exclude: string[] = []): string[] {
  return readdirSync(TRAINING_DIR)
    .filter((f) => f.endsWith('.jsonl') && !exclude.includes(f))
    .sort()
    .map((f) => `${TRAINING_DIR}/${f}`);
}

interface Row {
  x: Array<[number, number]>;
  labels: Set<string>;
}

/** Feature counts of a message folded into `buckets`, scaled as the models score them. */
function row(text: string, labels: Iterable<string>, buckets: number): Row {
  const feats = features(text);
  const counts = new Map<number, number>();
  const norm = 1 / Math.sqrt(Math.max(1, feats.length));
  for (const f of feats) counts.set(f & (buckets - 1), (counts.get(f & (buckets - 1)) ?? 0) + norm);
  return { x: [...counts], labels: new Set(labels) };
}

/** One-vs-rest logistic regression (AdaGrad), quantised to 8 bits per weight. */
function trainLinear(rows: Row[], classes: readonly string[], buckets: number): LinearFile {
  const weights = classes.map(() => new Float64Array(buckets));
  const grad2 = classes.map(() => new Float64Array(buckets).fill(1e-8));
  const bias = classes.map(() => 0);
  for (const order of epochOrders(rows.length, EPOCHS, 42)) {
    for (const r of order) {
      const one = rows[r];
      if (!one) continue;
      classes.forEach((label, k) => {
        const w = weights[k] ?? new Float64Array();
        const g2 = grad2[k] ?? new Float64Array();
        let z = bias[k] ?? 0;
        for (const [f, v] of one.x) z += (w[f] ?? 0) * v;
        const err = 1 / (1 + Math.exp(-z)) - (one.labels.has(label) ? 1 : 0);
        bias[k] = (bias[k] ?? 0) - 0.05 * err;
        // AdaGrad: rare n-grams keep a larger step than common ones.
        for (const [f, v] of one.x) {
          const g = err * v + L2 * (w[f] ?? 0);
          g2[f] = (g2[f] ?? 0) + g * g;
          w[f] = (w[f] ?? 0) - (RATE * g) / Math.sqrt(g2[f] ?? 1);
        }
      });
    }
  }
  const max = Math.max(...weights.map((w) => w.reduce((a, b) => Math.max(a, Math.abs(b)), 0)));
  const scale = max / 127;
  return {
    buckets,
    bias: bias.map((b) => Math.round(b * 1e4) / 1e4),
    weights: weights.map((w) => Buffer.from(Int8Array.from(w, (x) => Math.round(x / scale)).buffer).toString('base64')),
    scale,
  };
}

export function train(messages: LabelledMessage[]): ModelFile {
  const rows = messages.map((m) => row(m.text, m.intents.map((i) => i.intent), BUCKETS));
  return { ...trainLinear(rows, INTENTS, BUCKETS), intents: [...INTENTS] };
}

/** The language model learns from messages in Latin letters only: other scripts settle it. */
export function trainLanguages(messages: LabelledMessage[]): LanguageModelFile {
  const latin = messages.filter((m) => !/[\u0400-\u04ff\u0600-\u06ff\u0900-\u097f]/u.test(m.text));
  const rows = latin.map((m) => row(m.text, [m.language], LANGUAGE_BUCKETS));
  return { ...trainLinear(rows, OFFLINE_LANGUAGES, LANGUAGE_BUCKETS), languages: [...OFFLINE_LANGUAGES] };
}

async function main(argv: string[]): Promise<void> {
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? (argv[outAt + 1] ?? '') : 'activities/classifier/model/intents.json';
  const exclude = argv.flatMap((a, i) => (argv[i - 1] === '--exclude' ? [a] : []));
  const files = trainingFiles(exclude);
  const messages = files.flatMap((f) => loadMessages(f));
  writeFileSync(out, `${JSON.stringify(train(messages))}\n`);
  console.log(`trained on ${messages.length} messages from ${files.join(', ')} → ${out}`);
  if (outAt < 0) {
    writeFileSync(LANGUAGES_FILE, `${JSON.stringify(trainLanguages(messages))}\n`);
    console.log(`language model → ${LANGUAGES_FILE}`);
    writeNumberWeights(trainNumberModel(messages));
    console.log(`number model → ${NUMBER_WEIGHTS_FILE}`);
    // The order model reads the rules alone (and the numbers found), none of the models
    // below: it trains beside them, in a fresh process that loads the number weights.
    const order = spawn(process.execPath, [...process.execArgv, 'dev/train-order-model.ts', ...files], { stdio: 'inherit' });
    // The ask model reads what the number model finds, so it trains in a fresh process that
    // loads the weights just written.
    execFileSync(process.execPath, [...process.execArgv, 'dev/train-ask-model.ts', ...files], { stdio: 'inherit' });
    console.log(`ask model → ${ASK_WEIGHTS_FILE}`);
    // The action model reads the orders the ask model keeps: a fresh process again.
    execFileSync(process.execPath, [...process.execArgv, 'dev/train-action-model.ts', ...files], { stdio: 'inherit' });
    console.log(`action model → ${ACTION_WEIGHTS_FILE}`);
    const [code] = (await once(order, 'exit')) as [number | null];
    if (code !== 0) throw new Error(`order model training exited with ${code}`);
    console.log(`order model → ${ORDER_WEIGHTS_FILE}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
