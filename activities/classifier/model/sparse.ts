// Logistic regression over named features, the shape the number, ask, action and order models
// are stored in (feature name → weight; see dev/sparse-logistic.ts for their training).
export type SparseWeights = Readonly<Record<string, number>>;

/** Probability from the weights of the features present; unknown features weigh nothing. */
export function sparseProbability(features: Iterable<string>, weights: SparseWeights): number {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * One probability per class from one-vs-rest weights stored under each class's prefix
 * ("refill|L:dropped"): the action and order models' shape.
 */
export function classProbabilities<C extends string>(classes: readonly C[], features: readonly string[], weights: SparseWeights): Map<C, number> {
  return new Map(classes.map((c) => [c, sparseProbability(features.map((f) => `${c}|${f}`), weights)]));
}
