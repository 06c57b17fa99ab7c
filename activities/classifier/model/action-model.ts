// Which action each of several asked orders wants: one logistic regression per action over
// action-features.ts, trained from the labelled tuning messages by dev/train-action-model.ts.
// The rules pair IDs with action words by clause habits; where the words around an order
// all but rule out the action the rules gave it and point at another, the model's action
// stands, and the reading goes below the LLM threshold. One order, or none, it leaves alone.
import type { OrderIntent } from '../../../workflows/rules/types.js';
import type { IntentHit } from '../keywords.js';
import type { IdMention } from '../order-ids.js';
import { actionFeatures } from './action-features.js';
import { ACTION_WEIGHTS } from './action-weights.js';
import { classProbabilities, type SparseWeights } from './sparse.js';

export const ACTIONS: readonly OrderIntent[] = ['refund', 'cancel', 'refill', 'speed_up', 'status'];

/** The model's action stands from this probability on... */
export const ACTION_SURE = 0.5;
/** ...where it gives the rules' action less than this. */
export const ACTION_DOUBTS = 0.4;

/** Each action's weights live under its own prefix: "refill|L:dropped". */
export function actionScores(features: readonly string[], weights: SparseWeights = ACTION_WEIGHTS): Map<OrderIntent, number> {
  return classProbabilities(ACTIONS, features, weights);
}

/**
 * The rules' actions per order (`byId`), with those the model overrules replaced; `changed`
 * says whether any was.
 */
export function reviseActions(
  folded: string,
  mentions: readonly IdMention[],
  hits: readonly IntentHit[],
  byId: ReadonlyMap<string, OrderIntent>,
  weights: SparseWeights = ACTION_WEIGHTS,
): { byId: Map<string, OrderIntent>; changed: boolean } {
  const out = new Map(byId);
  if (byId.size < 2) return { byId: out, changed: false };
  const distinct = new Set(hits.map((h) => h.intent)).size;
  let changed = false;
  for (const [id, ruled] of byId) {
    const scores = actionScores(actionFeatures(folded, mentions, hits, id, ruled, distinct), weights);
    const [best, p] = [...scores].reduce((b, x) => (x[1] > b[1] ? x : b));
    if (best !== ruled && p >= ACTION_SURE && (scores.get(ruled) ?? 0) < ACTION_DOUBTS) {
      out.set(id, best);
      changed = true;
    }
  }
  return { byId: out, changed };
}
