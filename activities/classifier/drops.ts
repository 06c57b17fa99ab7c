// A count written as falling ("went from 10k to 7k", "12000 -> 11500", "с 5000 до 4300",
// "de 5000 a 4200") is a refill request whatever words surround it: customers quote the
// numbers instead of naming the problem. Works on folded text, in every language.
import type { IntentHit } from './keywords.js';

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

/** Refill hits for counts the customer says went down. */
export function findDrops(folded: string): IntentHit[] {
  const hits: IntentHit[] = [];
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
