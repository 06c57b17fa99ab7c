// Which of several named orders the customer asks about: a logistic regression over
// ask-features.ts, trained from the labelled tuning messages by dev/train-ask-model.ts.
// It reads after the settled rules and only among the orders they kept: it may drop one
// named for context, never empties a message of its orders, and says nothing of one order.
import type { IntentHit } from '../keywords.js';
import type { IdMention } from '../order-ids.js';
import { askFeatures } from './ask-features.js';
import { ASK_WEIGHTS } from './ask-weights.js';
import { sparseProbability, type SparseWeights } from './sparse.js';

export type AskWeights = SparseWeights;

/** Below this an order named beside others is taken as context, not asked about. */
export const ASK_THRESHOLD = 0.5;
/**
 * An order kept below this leaves the reading unsure. On writer blocks the models had not
 * been trained on, a sure reading that kept an order the model gave under 0.9 was wrong
 * about half the time, where sure readings of several orders were wrong one time in six.
 */
export const ASK_SURE = 0.9;

/** Probability that the customer asks about order `id` (see ask-features.ts). */
export function askProbability(folded: string, found: readonly IdMention[], hits: readonly IntentHit[], id: string, weights: AskWeights = ASK_WEIGHTS): number {
  return sparseProbability(askFeatures(folded, found, hits, id), weights);
}

export interface Asked {
  mentions: IdMention[];
  /** Set when the model overruled the rules about some order. */
  overruled: boolean;
  /** Set when an order kept was one the model was not sure the customer asks about. */
  doubtful: boolean;
}

/**
 * The mentions to act on: the rules' choice (`ruled`) minus the orders the model finds only
 * named for context. It only ever drops: an order the rules left out stays out.
 */
export function keepAsked(folded: string, found: readonly IdMention[], ruled: IdMention[], hits: readonly IntentHit[], weights: AskWeights = ASK_WEIGHTS): Asked {
  if (!askable(found, ruled)) return { mentions: ruled, overruled: false, doubtful: false };
  const ids = [...new Set(ruled.map((m) => m.id))];
  const p = new Map(ids.map((id) => [id, askProbability(folded, found, hits, id, weights)]));
  const asked = new Set(ids.filter((id) => p.get(id)! >= ASK_THRESHOLD));
  const keep = asked.size === 0 || asked.size === ids.length ? new Set(ids) : asked;
  const doubtful = [...keep].some((id) => p.get(id)! < ASK_SURE);
  if (keep.size === ids.length) return { mentions: ruled, overruled: false, doubtful };
  return { mentions: ruled.filter((m) => keep.has(m.id)), overruled: true, doubtful };
}

/**
 * Whether the model has a say: two or more orders left by the rules, none pointed at by
 * place. "Cancel the second" was read exactly where the pointer stands; the model, which
 * reads the words around each number, has nothing to add there.
 */
export function askable(found: readonly IdMention[], ruled: readonly IdMention[]): boolean {
  const pointed = ruled.some((m) => !found.some((f) => f.start === m.start));
  return !pointed && new Set(ruled.map((m) => m.id)).size >= 2;
}
