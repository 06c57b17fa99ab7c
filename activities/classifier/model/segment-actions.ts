// The intent model read over each order's own words. "zakaz 6120938 ne startanul uzhe sutki,
// a 6120939 upal na 300 podpischikov": the rules know no word of the second clause and give
// both orders the first one's action; the model, read over "a 6120939 upal na 300
// podpischikov" alone, reads a drop. Where an order's sentence (or, when that names other
// orders too, its clause) holds no other order, and the model there is sure of another
// action than the rules gave and all but rules theirs out, the model's action stands.
import type { OrderIntent } from '../../../workflows/rules/types.js';
import type { IdMention } from '../order-ids.js';
import { CLAUSE_END, SENTENCE_END } from './ask-features.js';
import { MIN_LETTERS, scoreIntents, topOrderIntent } from './intent-model.js';

/** The model's action stands from this probability on... */
const SEGMENT_SURE = 0.6;
/** ...where it gives the rules' action less than this. */
const SEGMENT_DOUBTS = 0.2;

/**
 * Start and end of the stretch (cut at `ends`) holding offset `at`. Not settled.ts's
 * `sentenceAround`: that one matches the marks in the text cut off at `at`, where a comma's
 * look at the next word fails; swapped in, it read 26 tuning messages otherwise.
 */
function stretchAt(folded: string, at: number, ends: RegExp): [number, number] {
  let start = 0;
  for (const m of folded.matchAll(ends)) {
    if (m.index >= at) return [start, m.index];
    start = m.index + 1;
  }
  return [start, folded.length];
}

/** The words only order `id` owns: its sentence, else its clause, for each mention of it. */
export function ownWords(folded: string, mentions: readonly IdMention[], id: string): string {
  const parts: string[] = [];
  for (const m of mentions.filter((x) => x.id === id)) {
    for (const ends of [SENTENCE_END, CLAUSE_END]) {
      const [start, end] = stretchAt(folded, m.start, ends);
      if (mentions.some((o) => o.id !== id && o.start >= start && o.end <= end)) continue;
      parts.push(folded.slice(start, end));
      break;
    }
  }
  return parts.join('\n');
}

/** The actions per order (`byId`), with those the model reads otherwise in the order's own words replaced. */
export function reviseBySegment(
  folded: string,
  mentions: readonly IdMention[],
  byId: ReadonlyMap<string, OrderIntent>,
): { byId: Map<string, OrderIntent>; changed: boolean } {
  const out = new Map(byId);
  let changed = false;
  if (byId.size < 2) return { byId: out, changed };
  for (const [id, ruled] of byId) {
    const words = ownWords(folded, mentions, id);
    if (words.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) continue;
    const scores = scoreIntents(words);
    const [best, p] = topOrderIntent(scores);
    if (best !== ruled && p >= SEGMENT_SURE && p > scores.other && scores[ruled] < SEGMENT_DOUBTS) {
      out.set(id, best);
      changed = true;
    }
  }
  return { byId: out, changed };
}
