// How sure the reading is of each order in a message naming several: one logistic
// regression per class (no action, or one of the five) over order-features.ts, trained from
// the labelled tuning messages by dev/train-order-model.ts. It sees what the rules alone
// made of each order, never what the other models did, so its doubt is a second opinion.
// It changes no reading: where it all but rules out what the reading gave some order, the
// reading goes below the LLM threshold. Read on its own, it got more orders wrong than the
// reading it doubts (604–630 against 556 of 4,624 by the features tried, 630 as shipped, on
// three writer blocks none of the models was trained on), so it never overrules; as a doubt
// it is right about half the time.
import type { OrderIntent } from '../../../workflows/rules/types.js';
import { askedHits, assignIntents } from '../assign.js';
import type { IntentHit } from '../keywords.js';
import type { IdMention } from '../order-ids.js';
import { ACTIONS } from './action-model.js';
import { orderFeatures } from './order-features.js';
import { ORDER_WEIGHTS } from './order-weights.js';
import { classProbabilities, type SparseWeights } from './sparse.js';

export type OrderClass = OrderIntent | 'none';
export const ORDER_CLASSES: readonly OrderClass[] = ['none', ...ACTIONS];

/**
 * A reading that gives some order a class the model gives less than this is unsure. On
 * the three writer blocks above, the readings it sent to the LLM were wrong 41 times in 78.
 */
export const ORDER_DOUBTS = 0.2;

/** Each class's weights live under its own prefix: "none|M:except&last". */
export function orderScores(features: readonly string[], weights: SparseWeights = ORDER_WEIGHTS): Map<OrderClass, number> {
  return classProbabilities(ORDER_CLASSES, features, weights);
}

/** What the rules alone made of a message's orders. */
export interface RulesView {
  found: readonly IdMention[];
  hits: readonly IntentHit[];
  /** The rules' action for each order the settled rules kept (assign.ts). */
  ruled: ReadonlyMap<string, OrderIntent>;
  kept: ReadonlySet<string>;
  distinct: number;
}

/** `settled`: the mentions settled.ts kept of `found`. */
export function rulesView(folded: string, found: readonly IdMention[], scanHits: readonly IntentHit[], settled: readonly IdMention[]): RulesView {
  const hits = askedHits(folded, [...scanHits]);
  return {
    found,
    hits,
    ruled: assignIntents(folded, [...settled], hits).byId,
    kept: new Set(settled.map((m) => m.id)),
    distinct: new Set(scanHits.map((h) => h.intent)).size,
  };
}

/** Order `id`'s class scores as the model reads it. */
export function scoreOrder(folded: string, view: RulesView, id: string, weights: SparseWeights = ORDER_WEIGHTS): Map<OrderClass, number> {
  return orderScores(orderFeatures(folded, view.found, view.hits, id, view.ruled.get(id), view.kept.has(id), view.distinct), weights);
}

/**
 * Whether the model all but rules out what the reading (`byId`: each order's action; an
 * order absent asks nothing) gave some order of a message naming two or more with some
 * action word. `found`, `scanHits` and `settled` as for `rulesView`.
 */
export function doubtsOrders(
  folded: string,
  found: readonly IdMention[],
  scanHits: readonly IntentHit[],
  settled: readonly IdMention[],
  byId: ReadonlyMap<string, OrderIntent>,
  weights: SparseWeights = ORDER_WEIGHTS,
): boolean {
  const ids = [...new Set(found.map((m) => m.id))];
  if (ids.length < 2 || scanHits.length === 0 || byId.size === 0) return false;
  const view = rulesView(folded, found, scanHits, settled);
  return ids.some((id) => (scoreOrder(folded, view, id, weights).get(byId.get(id) ?? 'none') ?? 0) < ORDER_DOUBTS);
}
