// What the intent model sees of a message: hashed character n-grams of its folded words
// (so typos, inflections and transliterations share most of their features) plus word
// unigrams and bigrams. Every run of digits is one "0": the model learns how a request
// is phrased, never which numbers it carries.
import { fold } from '../normalize.js';

/** Feature space size: a power of two, indexes are hash & (BUCKETS - 1). */
export const BUCKETS = 1 << 19;
const MIN_N = 2;
const MAX_N = 5;

// FNV-1a over UTF-16 code units: fast, stable across platforms and Node versions.
function hash(text: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (BUCKETS - 1);
}

export function modelWords(text: string): string[] {
  return fold(text)
    .replace(/\d+/gu, '0')
    .split(/[^\p{L}\p{M}0?؟!]+/u)
    .filter((w) => w !== '');
}

/** Feature indexes of a message (repeats kept: a count is a stronger signal). */
export function features(text: string): number[] {
  const words = modelWords(text);
  const out: number[] = [];
  for (let w = 0; w < words.length; w++) {
    const word = words[w] ?? '';
    out.push(hash(word, 1));
    if (w + 1 < words.length) out.push(hash(`${word} ${words[w + 1] ?? ''}`, 2));
    const padded = `<${word}>`;
    for (let n = MIN_N; n <= MAX_N; n++) {
      for (let i = 0; i + n <= padded.length; i++) out.push(hash(padded.slice(i, i + n), 3));
    }
  }
  return out;
}
