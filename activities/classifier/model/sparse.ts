// Logistic regression over named features, the shape the number model and the ask model
// are stored in (feature name → weight; see dev/sparse-logistic.ts for their training).
export type SparseWeights = Readonly<Record<string, number>>;

/** Probability from the weights of the features present; unknown features weigh nothing. */
export function sparseProbability(features: Iterable<string>, weights: SparseWeights): number {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
