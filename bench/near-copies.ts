// Finds tuning items that are near-copies of evaluation items, so an evaluation figure can
// never come from text the classifier was built on. Both texts are normalised (NFKC,
// lower case, every run of digits masked to one "0", spaces collapsed) and compared by the
// Jaccard similarity of their character-trigram sets. At NEAR_COPY_THRESHOLD = 0.7 two
// texts differing only in the order number, in case or in a word or two of a long line
// count as copies, while different phrasings of the same request ("refill 123 pls" vs
// "pls refill my order 123") do not.
// Reports only counts and the tuning item's id, never the evaluation text.

export const NEAR_COPY_THRESHOLD = 0.7;

export interface Item {
  id: string;
  text: string;
}

export function normaliseForCopies(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\p{Nd}+/gu, '0').replace(/\s+/gu, ' ').trim();
}

export function trigrams(text: string): Set<string> {
  const padded = ` ${normaliseForCopies(text)} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const g of small) if (large.has(g)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

/** Ids of the tuning items that are near-copies of some evaluation item. */
export function nearCopies(tuning: Item[], evaluation: Item[], threshold = NEAR_COPY_THRESHOLD): string[] {
  const evalGrams = evaluation.map((e) => trigrams(e.text));
  const found: string[] = [];
  for (const t of tuning) {
    const grams = trigrams(t.text);
    // Jaccard can only reach the threshold when the sizes are close enough.
    const hit = evalGrams.some((g) => {
      const ratio = Math.min(g.size, grams.size) / Math.max(g.size, grams.size, 1);
      return ratio >= threshold && jaccard(grams, g) >= threshold;
    });
    if (hit) found.push(t.id);
  }
  return found;
}
