// One-vs-rest logistic regression over hashed features, the shape both the intent model
// and the language model are stored in: per class a bias and base64 signed bytes (weight =
// byte * scale), so the committed files stay small and load fast.
export interface LinearFile {
  buckets: number;
  bias: number[];
  /** Per class: base64 of `buckets` signed bytes. */
  weights: string[];
  scale: number;
}

export interface LinearModel {
  buckets: number;
  bias: number[];
  weights: Float32Array[];
}

export function decodeLinear(file: LinearFile): LinearModel {
  const weights = file.weights.map((b64) => {
    const bytes = new Int8Array(Buffer.from(b64, 'base64').buffer.slice(0));
    return Float32Array.from(bytes, (b) => b * file.scale);
  });
  return { buckets: file.buckets, bias: file.bias, weights };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Probability per class; features are folded into the model's buckets (a power of two). */
export function linearScores(feats: number[], m: LinearModel): number[] {
  // Mean, not sum: long messages must not look surer than short ones.
  const norm = 1 / Math.sqrt(Math.max(1, feats.length));
  const mask = m.buckets - 1;
  return m.weights.map((w, k) => {
    let z = m.bias[k] ?? 0;
    for (const f of feats) z += (w[f & mask] ?? 0) * norm;
    return sigmoid(z);
  });
}
