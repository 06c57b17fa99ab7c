// What the number model sees of one number in a message: its shape (length, roundness),
// the words and signs around it, and how it stands among the message's other numbers. No
// list of exceptions: "1200 of 5000", "1000 de 400'de", "800 of the 1000" and "Start: 1840"
// share features (a round or shorter number beside a longer odd one, a field name and a
// colon before it) that the model weighs from labelled messages.
import { numberContextTables } from '../tables.js';
import { endsWithAny, startsWithAny } from '../terms.js';

export interface NumberSpot {
  start: number;
  end: number;
}

const MAX_LEN_FEATURE = 10;

function roundness(digits: string): string {
  const n = Number(digits);
  if (digits.length >= 3 && n % 1000 === 0) return 'r1000';
  if (digits.length >= 3 && n % 100 === 0) return 'r100';
  if (n % 50 === 0) return 'r50';
  if (n % 10 === 0) return 'r10';
  return 'odd';
}

/** Words and signs of a stretch of text, digits masked: "заказ #0:" → ["заказ", "#", "0", ":"]. */
function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{M}']+|\d+|[^\s\p{L}\p{M}\d]/gu)?.map((t) => (/^\d/u.test(t) ? '0' : t)) ?? [];
}

function charClass(c: string): string {
  if (c === '') return 'edge';
  if (/\s/u.test(c)) return c === '\n' ? 'nl' : 'sp';
  if (/[\p{L}\p{M}]/u.test(c)) return 'letter';
  return c;
}

/** Feature names of the number at spot `at` among all the message's numbers. */
export function numberFeatures(text: string, at: NumberSpot, all: readonly NumberSpot[]): string[] {
  const t = numberContextTables();
  const digits = text.slice(at.start, at.end);
  const len = Math.min(digits.length, MAX_LEN_FEATURE);
  const round = roundness(digits);
  const f = ['bias', `len=${len}`, `round=${round}`, `len+round=${len}:${round}`];

  const before = text.slice(Math.max(0, at.start - 40), at.start);
  const after = text.slice(at.end, at.end + 40);
  const left = tokens(before);
  const right = tokens(after);
  const [p1 = '^', p2 = '^'] = [left[left.length - 1], left[left.length - 2]];
  const [n1 = '$', n2 = '$'] = [right[0], right[1]];
  f.push(`p1=${p1}`, `p2=${p2} ${p1}`, `n1=${n1}`, `n2=${n1} ${n2}`, `p1n1=${p1} _ ${n1}`);
  f.push(`cb=${charClass(text.charAt(at.start - 1))}`, `ca=${charClass(text.charAt(at.end))}`);

  // The lexicons' number-context words, as evidence rather than verdicts.
  const label = before.replace(/[\s:#№=\-–.()]+$/u, '');
  if (endsWithAny(t.orderLabels, label)) f.push('ctx=order-label');
  if (endsWithAny(t.notOrderLabels, label)) f.push('ctx=other-id-label');
  if (endsWithAny(t.countLabels, label)) f.push('ctx=count-label');
  if (t.countWords && endsWithAny(t.countWords, label)) f.push('ctx=count-word');
  if (startsWithAny(t.units, after)) f.push(`ctx=unit+${round === 'odd' ? 'odd' : 'round'}`);
  if (startsWithAny(t.durations, after)) f.push('ctx=duration');
  if (/[#№]\s*$/u.test(before)) f.push('ctx=hash');
  if (/:\s*$/u.test(before)) f.push(`field=${p2}:`);

  // Where the number stands in its line: alone on it (a pasted list), first, or inside.
  const lineStart = text.lastIndexOf('\n', at.start - 1) + 1;
  const lineEndAt = text.indexOf('\n', at.end);
  const line = text.slice(lineStart, lineEndAt < 0 ? text.length : lineEndAt);
  if (/^[\s\p{P}]*\d+[\s\p{P}]*$/u.test(line)) f.push('line=alone');
  else if (text.slice(lineStart, at.start).trim() === '') f.push('line=first');

  // Among the other numbers: longer odd numbers beside a short round one make it a count.
  const others = all.filter((o) => o.start !== at.start);
  if (others.length === 0) f.push('others=none');
  const lens = others.map((o) => o.end - o.start);
  const longest = Math.max(0, ...lens);
  if (longest >= digits.length + 2) f.push(`shorter-than-other+${round === 'odd' ? 'odd' : 'round'}`);
  if (lens.includes(digits.length)) f.push('same-length-as-other');
  if (longest > 0 && longest <= digits.length - 2) f.push('longest-by-far');
  const near = others.filter((o) => Math.abs(o.start - at.end) < 16 || Math.abs(at.start - o.end) < 16);
  for (const o of near) {
    const side = o.start < at.start ? 'prev' : 'next';
    const other = Number(text.slice(o.start, o.end));
    f.push(`near-${side}=${other > Number(digits) ? 'bigger' : 'smaller'}`);
    const between = side === 'prev' ? text.slice(o.end, at.start) : text.slice(at.end, o.start);
    f.push(`near-${side}-between=${tokens(between).join(' ') || 'space'}`);
  }
  return f;
}
