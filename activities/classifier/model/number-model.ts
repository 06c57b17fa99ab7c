// How likely a number in a message is an order ID, from its context (number-features.ts):
// a logistic regression trained from the labelled tuning messages by
// dev/train-intent-model.ts. The rules keep the exact verdicts (links, money, phones,
// dates, units glued to a number); the model weighs what no rule can list, such as a round
// number standing beside a longer odd one in words the lexicons do not hold.
import { numberFeatures, type NumberSpot } from './number-features.js';
import { NUMBER_WEIGHTS } from './number-weights.js';
import { sparseProbability, type SparseWeights } from './sparse.js';

export type NumberWeights = SparseWeights;

/** Probability that the number at `at` is an order ID. */
export function scoreNumber(text: string, at: NumberSpot, all: readonly NumberSpot[], weights: NumberWeights = NUMBER_WEIGHTS): number {
  return sparseProbability(numberFeatures(text, at, all), weights);
}
