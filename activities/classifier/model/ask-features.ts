// What the ask model sees of one order ID in a message naming several: the words on each
// side of it up to the neighbouring IDs, the action words near it, where it stands among
// the others. It reads the orders the settled rules (settled.ts) kept: the rules know the
// fine words they list; the model weighs the words nobody listed ("it finished, nvm", "you
// refunded it last week, thanks", "забейте") from labelled messages in every language.
import type { IntentHit } from '../keywords.js';
import type { IdMention } from '../order-ids.js';

const LEFT_TOKENS = 6;
const RIGHT_TOKENS = 8;
const REACH = 60;
export const SENTENCE_END = /[.!?؟;؛\n]/gu;

/** Words and signs of a stretch of folded text, digits masked, plus 4-letter stems. */
function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{M}']+|\d+|[?؟!:]/gu)?.map((t) => (/^\d/u.test(t) ? '0' : t)) ?? [];
}

function words(side: string, toks: string[]): string[] {
  const f: string[] = [];
  toks.forEach((t, k) => {
    f.push(`${side}:${t}`);
    if (t.length > 5) f.push(`${side}~${t.slice(0, 4)}`);
    if (k === (side === 'L' ? toks.length - 1 : 0)) f.push(`${side}1:${t}`);
  });
  return f;
}

/**
 * Feature names of order `id` among the `found` mentions. Each mention of the ID looks left
 * to the previous other ID and right to the next one.
 */
export function askFeatures(folded: string, found: readonly IdMention[], hits: readonly IntentHit[], id: string): string[] {
  const order = [...new Set(found.map((m) => m.id))];
  const k = order.indexOf(id);
  const pos = k === 0 ? 'first' : k === order.length - 1 ? 'last' : 'mid';
  const f = new Set(['bias', `n=${Math.min(order.length, 4)}`, `pos=${pos}`]);
  const mine = found.filter((m) => m.id === id);
  if (mine.length > 1) f.add('repeated');
  for (const m of mine) {
    const prev = found.filter((o) => o.id !== id && o.end <= m.start).at(-1);
    const next = found.find((o) => o.id !== id && o.start >= m.end);
    const from = Math.max(prev?.end ?? 0, m.start - REACH);
    const to = Math.min(next?.start ?? folded.length, m.end + REACH);
    const before = folded.slice(from, m.start);
    const after = folded.slice(m.end, to);
    // Its own sentence weighs apart from the sentences beside it.
    const cutL = Math.max(-1, ...[...before.matchAll(SENTENCE_END)].map((x) => x.index));
    const cutR = after.search(SENTENCE_END);
    const left = tokens(before.slice(cutL + 1)).slice(-LEFT_TOKENS);
    const right = tokens(cutR < 0 ? after : after.slice(0, cutR + 1)).slice(0, RIGHT_TOKENS);
    const farL = tokens(before.slice(0, cutL + 1)).slice(-LEFT_TOKENS);
    const farR = cutR < 0 ? [] : tokens(after.slice(cutR + 1)).slice(0, RIGHT_TOKENS);
    for (const w of [...words('L', left), ...words('R', right)]) f.add(w);
    for (const t of farL) f.add(`FL:${t}`);
    for (const t of farR) f.add(`FR:${t}`);
    if (!prev) f.add('L:^');
    if (!next) f.add('R:$');
    for (const h of hits) {
      if (h.start >= from && h.end <= m.start) f.add(`hitL=${h.intent}`);
      else if (h.start >= m.end && h.start < to) f.add(`hitR=${h.intent}`);
    }
  }
  if (![...f].some((x) => x.startsWith('hit'))) f.add('nohit');
  for (const x of ownership(folded, found, hits, id)) f.add(x);
  return [...f];
}

// A comma before a number joins a list ("refill 1, 2 and 3"); one before words ends a clause.
export const CLAUSE_END = /[.!?؟;؛\n:—–]|[,،](?=\s*\p{L})/gu;

/** Index of the stretch (cut at `ends`) each offset falls in. */
function stretchOf(folded: string, ends: RegExp): (at: number) => number {
  const cuts = [...folded.matchAll(ends)].map((x) => x.index);
  return (at) => cuts.filter((c) => c < at).length;
}

/** Characters between an order mention and an action word (0 when they overlap). */
export const gap = (m: { start: number; end: number }, h: { start: number; end: number }): number =>
  m.end <= h.start ? h.start - m.end : m.start >= h.end ? m.start - h.end : 0;

/** The order mention nearest an action word; the first of equals. */
export const nearestMention = (found: readonly IdMention[], h: IntentHit): IdMention =>
  found.reduce((b, m) => (gap(m, h) < gap(b, h) ? m : b), found[0]!);

/**
 * For each action word, whose stretch (cut at `ends`) it stands in, seen from order `id`:
 * its own, another order's only, or one naming no order.
 */
export function hitOwners(folded: string, found: readonly IdMention[], hits: readonly IntentHit[], id: string, ends: RegExp): Array<'own' | 'other' | 'free'> {
  const at = stretchOf(folded, ends);
  const mine = new Set(found.filter((m) => m.id === id).map((m) => at(m.start)));
  const theirs = new Set(found.filter((m) => m.id !== id).map((m) => at(m.start)));
  return hits.map((h) => (mine.has(at(h.start)) ? 'own' : theirs.has(at(h.start)) ? 'other' : 'free'));
}

/**
 * Whose action words these are, told apart from the words themselves: an action in this
 * order's own sentence (or clause), in another order's only, or in one naming no order.
 * "Yesterday you fixed 1, thanks. Today 2 is stuck, speed it up": 1's sentence holds no
 * action, 2's does.
 */
function ownership(folded: string, found: readonly IdMention[], hits: readonly IntentHit[], id: string): string[] {
  const out: string[] = [];
  for (const [name, ends] of [['sent', SENTENCE_END], ['clause', CLAUSE_END]] as const) {
    const owners = new Set(hitOwners(folded, found, hits, id, ends));
    out.push(`${name}=${+owners.has('own')}${+owners.has('other')}${+owners.has('free')}`);
  }
  // The order nearest each action word, by characters between them.
  if (hits.length) out.push(`nearest=${+hits.some((h) => nearestMention(found, h).id === id)}`);
  return out;
}
