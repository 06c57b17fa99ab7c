// A small linear model over character n-grams: for each intent, how likely the message asks
// for it (one-vs-rest logistic regression, so a message can ask for several). Trained from
// the labelled messages by dev/train-intent-model.ts and committed as intents.json (weights
// quantised to 8 bits). The rules stay in charge of what they read exactly (order IDs and
// which ID goes with which action); the model reads the phrasing no word list has.
import { readFileSync } from 'node:fs';
import { INTENTS, type Intent } from '../../../workflows/rules/types.js';
import { BUCKETS, features } from './features.js';

export interface ModelFile {
  buckets: number;
  intents: Intent[];
  bias: number[];
  /** Per intent: base64 of BUCKETS signed bytes; weight = byte * scale. */
  weights: string[];
  scale: number;
}

export type IntentScores = Record<Intent, number>;

interface Loaded {
  intents: Intent[];
  bias: number[];
  weights: Float32Array[];
}

let loaded: Loaded | undefined;

export function decodeModel(file: ModelFile): Loaded {
  if (file.buckets !== BUCKETS) throw new Error(`intent model has ${file.buckets} buckets, features use ${BUCKETS}`);
  const weights = file.weights.map((b64) => {
    const bytes = new Int8Array(Buffer.from(b64, 'base64').buffer.slice(0));
    return Float32Array.from(bytes, (b) => b * file.scale);
  });
  return { intents: file.intents, bias: file.bias, weights };
}

function model(): Loaded {
  loaded ??= decodeModel(JSON.parse(readFileSync(new URL('./intents.json', import.meta.url), 'utf8')) as ModelFile);
  return loaded;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Probability per intent that the message asks for it. */
export function scoreIntents(text: string, m: Loaded = model()): IntentScores {
  const feats = features(text);
  // Mean, not sum: long messages must not look surer than short ones.
  const norm = 1 / Math.sqrt(Math.max(1, feats.length));
  const scores = Object.fromEntries(INTENTS.map((i) => [i, 0])) as IntentScores;
  m.intents.forEach((intent, k) => {
    const w = m.weights[k];
    if (!w) return;
    let z = m.bias[k] ?? 0;
    for (const f of feats) z += (w[f] ?? 0) * norm;
    scores[intent] = sigmoid(z);
  });
  return scores;
}
