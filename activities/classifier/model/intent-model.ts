// A small linear model over character n-grams: for each intent, how likely the message asks
// for it (one-vs-rest logistic regression, so a message can ask for several). Trained from
// the labelled messages by dev/train-intent-model.ts and committed as intents.json (weights
// quantised to 8 bits). The rules stay in charge of what they read exactly (order IDs and
// which ID goes with which action); the model reads the phrasing no word list has.
import { readFileSync } from 'node:fs';
import { INTENTS, ORDER_INTENTS, type Intent, type OrderIntent } from '../../../workflows/rules/types.js';
import { BUCKETS, features } from './features.js';
import { decodeLinear, linearScores, type LinearFile, type LinearModel } from './linear.js';

export interface ModelFile extends LinearFile {
  intents: Intent[];
}

export type IntentScores = Record<Intent, number>;

interface Loaded extends LinearModel {
  intents: Intent[];
}

let loaded: Loaded | undefined;

export function decodeModel(file: ModelFile): Loaded {
  if (file.buckets !== BUCKETS) throw new Error(`intent model has ${file.buckets} buckets, features use ${BUCKETS}`);
  return { ...decodeLinear(file), intents: file.intents };
}

function model(): Loaded {
  loaded ??= decodeModel(JSON.parse(readFileSync(new URL('./intents.json', import.meta.url), 'utf8')) as ModelFile);
  return loaded;
}

/** Probability per intent that the message asks for it. */
export function scoreIntents(text: string, m: Loaded = model()): IntentScores {
  const scores = Object.fromEntries(INTENTS.map((i) => [i, 0])) as IntentScores;
  const probs = linearScores(features(text), m);
  m.intents.forEach((intent, k) => {
    scores[intent] = probs[k] ?? 0;
  });
  return scores;
}

/**
 * Letters (digits, links and punctuation aside) a text needs before the model's reading of
 * it counts: "1234 ok" or two words give it nothing to read, its scores there are priors.
 */
export const MIN_LETTERS = 8;

/** The action the model finds likeliest, and its probability; the first of equals. */
export function topOrderIntent(scores: IntentScores): [OrderIntent, number] {
  let best: [OrderIntent, number] = ['status', -1];
  for (const intent of ORDER_INTENTS) if (scores[intent] > best[1]) best = [intent, scores[intent]];
  return best;
}
