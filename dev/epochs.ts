// The order training visits its rows in: shuffled per epoch by a small seeded generator,
// so training is reproducible (the same files give the same weights).
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Row indexes for each of `epochs` passes over `count` rows. */
export function* epochOrders(count: number, epochs: number, seed: number): Generator<number[]> {
  const random = rng(seed);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    yield order;
  }
}
