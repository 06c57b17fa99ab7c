// Trains the classifier's models from the labelled tuning messages: the intent model
// (activities/classifier/model/intents.json) and the number model (number-weights.ts, see
// train-number-model.ts). Deterministic: the same files give the same weights.
// Usage: npx tsx dev/train-intent-model.ts [--out path] [--exclude file.jsonl ...]
// The sealed evaluation set is never read here.
import { readdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { epochOrders } from './epochs.js';
import { loadMessages, type LabelledMessage } from '../bench/classifier-accuracy.js';
import { INTENTS, type Intent } from '../workflows/rules/types.js';
import { BUCKETS, features } from '../activities/classifier/model/features.js';
import type { ModelFile } from '../activities/classifier/model/intent-model.js';
import { NUMBER_WEIGHTS_FILE, trainNumberModel, writeNumberWeights } from './train-number-model.js';

export const TRAINING_DIR = 'test/fixtures/messages';
const EPOCHS = 12;
const RATE = 0.5;
const L2 = 1e-6;

export function trainingFiles(exclude: string[] = []): string[] {
  return readdirSync(TRAINING_DIR)
    .filter((f) => f.endsWith('.jsonl') && !exclude.includes(f))
    .sort()
    .map((f) => `${TRAINING_DIR}/${f}`);
}

export function train(messages: LabelledMessage[]): ModelFile {
  const rows = messages.map((m) => {
    const feats = features(m.text);
    const counts = new Map<number, number>();
    const norm = 1 / Math.sqrt(Math.max(1, feats.length));
    for (const f of feats) counts.set(f, (counts.get(f) ?? 0) + norm);
    const labels = new Set<Intent>(m.intents.map((i) => i.intent));
    return { x: [...counts], labels };
  });
  const weights = INTENTS.map(() => new Float64Array(BUCKETS));
  const grad2 = INTENTS.map(() => new Float64Array(BUCKETS).fill(1e-8));
  const bias = INTENTS.map(() => 0);
  for (const order of epochOrders(rows.length, EPOCHS, 42)) {
    for (const r of order) {
      const row = rows[r];
      if (!row) continue;
      INTENTS.forEach((intent, k) => {
        const w = weights[k] ?? new Float64Array();
        const g2 = grad2[k] ?? new Float64Array();
        let z = bias[k] ?? 0;
        for (const [f, v] of row.x) z += (w[f] ?? 0) * v;
        const err = 1 / (1 + Math.exp(-z)) - (row.labels.has(intent) ? 1 : 0);
        bias[k] = (bias[k] ?? 0) - 0.05 * err;
        // AdaGrad: rare n-grams keep a larger step than common ones.
        for (const [f, v] of row.x) {
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
    buckets: BUCKETS,
    intents: [...INTENTS],
    bias: bias.map((b) => Math.round(b * 1e4) / 1e4),
    weights: weights.map((w) => Buffer.from(Int8Array.from(w, (x) => Math.round(x / scale)).buffer).toString('base64')),
    scale,
  };
}

function main(argv: string[]): void {
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? (argv[outAt + 1] ?? '') : 'activities/classifier/model/intents.json';
  const exclude = argv.flatMap((a, i) => (argv[i - 1] === '--exclude' ? [a] : []));
  const files = trainingFiles(exclude);
  const messages = files.flatMap((f) => loadMessages(f));
  writeFileSync(out, `${JSON.stringify(train(messages))}\n`);
  console.log(`trained on ${messages.length} messages from ${files.join(', ')} → ${out}`);
  if (outAt < 0) {
    writeNumberWeights(trainNumberModel(messages));
    console.log(`number model → ${NUMBER_WEIGHTS_FILE}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
