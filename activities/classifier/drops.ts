// A count written as falling ("went from 10k to 7k", "12000 -> 11500", "с 5000 до 4300",
// "de 5000 a 4200") is a refill request whatever words surround it: customers quote the
// numbers instead of naming the problem. Works on folded text, in every language.
import type { IntentHit } from './keywords.js';
import { numberContextTables } from './tables.js';
import { endsWithAny, startsWithAny } from './terms.js';

const NUMBER = String.raw`(\d[\d.,]*)\s*(k|к|m|м|тыс)?`;
const FROM = String.raw`(?:from|was|с|з|z|было|було|de|da|von|dari|tu|من|از)`;
const TO = String.raw`(?:to|now|до|do|стало|a|à|auf|ke|jadi|xuong|con|الى|به|تا)`;
const PAIRS = [
  // "было 5к, стало 4к": a comma may stand between the two halves.
  new RegExp(String.raw`(?<![\p{L}\p{N}])${FROM}\s+${NUMBER}[\s,;]*${TO}\s+${NUMBER}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])${NUMBER}\s*(?:->|→|=>|se)\s*${NUMBER}`, 'gu'),
];
// Below this a pair is more likely days, prices or list positions than a follower count.
const MIN_COUNT = 100;

function value(digits: string | undefined, unit: string | undefined): number {
  const text = digits ?? '';
  // "15.2k" is a decimal; "12,000" and "12.000" are thousands separators.
  const decimal = /^\d+[.,]\d{1,2}$/u.test(text);
  const n = decimal ? Number(text.replace(',', '.')) : Number(text.replace(/[.,]/gu, ''));
  const scale = unit === undefined ? 1 : /^[mм]$/u.test(unit) ? 1_000_000 : 1_000;
  return n * scale;
}

// A count that fell, told without "from … to": "bought 5000 with a guarantee, now 3900",
// "completed, but 600 of 1500 arrived". A guarantee or "completed" word beside two counts
// that differ is a refill claim (a guarantee word with no counts stays a question).
// Written against folded text (see normalize.ts: Persian yeh and keheh are folded to Arabic).
const GUARANTEE = /(?<![\p{L}])(?:guarant\p{L}*|warrant\p{L}*|garan[tzs]\p{L}*|гарант\p{L}*|گارانتي|ضمان|गारंटी|bao hanh)/u;
const COMPLETE =
  /(?<![\p{L}])(?:complet\p{L}*|tamamlan\p{L}*|selesai|concluid\p{L}*|termine\p{L}*|abgeschlossen|erledigt|выполнен\p{L}*|завершен\p{L}*|виконан\p{L}*|hoan thanh|تكميل|تموم شد\S*|مكتمل|اكتمل|पूरा|pura|poora)(?![\p{L}])/u;
const COUNT = /(?<![\p{L}\p{N}_.,])(\d[\d.,]*)\s*(k|к|m|м|тыс|هزار|الف|ribu|rb|bin|mil|mille|tausend|hazar|nghin)?(?![\p{N}])/gu;
// Counts are short or round; a long odd number is an order ID, never part of the pair.
const isCount = (digits: string, unit: string | undefined) =>
  unit !== undefined || digits.replace(/[.,]/gu, '').length <= 5 || Number(digits.replace(/[.,]/gu, '')) % 100 === 0;

/**
 * "orders 30011/30012/30013", "7712 та 7713 … 7710": odd numbers of one length a few apart
 * are order IDs placed one after another, not a count that fell.
 */
function neighbours(folded: string, a: { n: number; start: number; end: number }, b: { n: number; start: number; end: number }): boolean {
  const digits = (c: { start: number; end: number }) => folded.slice(c.start, c.end).replace(/\D/gu, '');
  const [x, y] = [digits(a), digits(b)];
  return x.length === y.length && x.length >= 4 && Math.abs(a.n - b.n) < 50 && a.n % 10 !== 0 && b.n % 10 !== 0;
}

function fellCounts(folded: string): IntentHit[] {
  const guarantee = GUARANTEE.test(folded);
  if (!guarantee && !COMPLETE.test(folded)) return [];
  const t = numberContextTables();
  const counts = [...folded.matchAll(COUNT)]
    .filter((m) => isCount(m[1] ?? '', m[2]))
    // Neither an order ID ("order 4410") nor a duration ("30 days") is a count.
    .filter((m) => !endsWithAny(t.orderLabels, folded.slice(Math.max(0, m.index - 20), m.index).replace(/[\s:#№]+$/u, '')))
    .filter((m) => !startsWithAny(t.durations, folded.slice(m.index + m[0].length, m.index + m[0].length + 20)))
    .map((m) => ({ n: value(m[1], m[2]), start: m.index, end: m.index + m[0].length }))
    .filter((c) => c.n >= 10);
  for (let i = 0; i < counts.length; i++) {
    for (let j = i + 1; j < counts.length; j++) {
      const [a, b] = [counts[i], counts[j]];
      if (!a || !b || a.n === b.n || Math.max(a.n, b.n) < MIN_COUNT || neighbours(folded, a, b)) continue;
      // With a guarantee the later count is the smaller one (it fell); "completed" with any
      // two different counts says fewer arrived than were ordered ("600 of 1500").
      if (guarantee && b.n > a.n) continue;
      return [{ intent: 'refill', start: b.start, end: b.end }];
    }
  }
  return [];
}

/** Refill hits for counts the customer says went down. */
export function findDrops(folded: string): IntentHit[] {
  const hits: IntentHit[] = fellCounts(folded);
  for (const re of PAIRS) {
    for (const m of folded.matchAll(re)) {
      const before = value(m[1], m[2]);
      const after = value(m[3], m[4]);
      if (before >= MIN_COUNT && after < before) {
        hits.push({ intent: 'refill', start: m.index, end: m.index + m[0].length });
      }
    }
  }
  return hits;
}
