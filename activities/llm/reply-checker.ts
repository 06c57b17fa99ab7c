// The guard between an LLM-written reply and the customer: every number in the text (order
// IDs, counts, amounts, dates, percentages) must be one the facts hold. Pure, so the rule is
// tested on its own; the writer falls back to the template when it says no.
import { asciiDigits } from '../classifier/normalize.js';

export type CheckResult = { ok: true } | { ok: false; reason: string };

/**
 * Checks `text` against the numbers found in `facts` (walked recursively: numbers, numeric
 * strings, ISO dates) and in the template reply, which was itself built from the facts.
 * Numbers the customer wrote are deliberately not facts: a customer may be wrong.
 */
export function checkWrittenReply(text: string, facts: unknown, template: string): CheckResult {
  if (!text.trim()) return { ok: false, reason: 'empty text' };
  const allowed = allowedNumbers(facts, template);
  const written = asciiDigits(text.normalize('NFKC'));
  for (const date of written.matchAll(DATE)) {
    const parts = date[0].split(/[-/.]/).map(canonicalInt);
    if (!parts.every((p) => allowed.has(p))) return { ok: false, reason: `date ${date[0]} is not among the facts` };
  }
  for (const match of written.replace(DATE, ' ').matchAll(NUMBER)) {
    const raw = match[0];
    if (readings(raw).some((r) => allowed.has(r))) continue;
    const kind = isAmount(written, match.index, raw) ? 'amount' : /^\d{4,}$/.test(raw) ? 'order ID or number' : 'number';
    return { ok: false, reason: `${kind} ${raw} is not among the facts` };
  }
  return { ok: true };
}

// 2026-11-20, 20/11/2026, 20.11.2026, 11/20.
const DATE = /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}\/\d{1,2}\b/g;
// 1000, 1,000, 1 000, 1.000, 12.50, 12,5
const NUMBER = /\d+(?:[,.\u00a0\u202f ]\d{3})*(?:[.,]\d+)?/g;

/** The canonical values a written number may stand for (1.000 is 1000 in es, 1 in en). */
function readings(raw: string): string[] {
  const out = new Set<string>();
  const compact = raw.replace(/[\u00a0\u202f ]/g, '');
  out.add(canonical(compact.replace(/,/g, '')));
  out.add(canonical(compact.replace(/\./g, '').replace(',', '.')));
  out.add(canonical(compact.replace(/[.,]/g, '')));
  return [...out];
}

function isAmount(text: string, index: number | undefined, raw: string): boolean {
  const at = index ?? 0;
  const around = text.slice(Math.max(0, at - 2), at) + text.slice(at + raw.length, at + raw.length + 5);
  return /[$€£₽₹]|usd|eur|usdt|rub/i.test(around);
}

function allowedNumbers(facts: unknown, template: string): Set<string> {
  const allowed = new Set<string>();
  const addText = (s: string): void => {
    const ascii = asciiDigits(s);
    for (const date of ascii.matchAll(/\d{4}-\d{2}-\d{2}/g)) for (const p of date[0].split('-')) allowed.add(canonicalInt(p));
    for (const m of ascii.matchAll(NUMBER)) for (const r of readings(m[0])) allowed.add(r);
  };
  const walk = (value: unknown, depth: number): void => {
    if (depth > 6 || value === null || value === undefined) return;
    if (typeof value === 'number' && Number.isFinite(value)) {
      allowed.add(canonical(String(value)));
      allowed.add(String(Math.round(value)));
    } else if (typeof value === 'string') {
      addText(value);
    } else if (Array.isArray(value)) {
      for (const v of value) walk(v, depth + 1);
    } else if (typeof value === 'object') {
      addProgress(allowed, value as Record<string, unknown>);
      for (const v of Object.values(value)) walk(v, depth + 1);
    }
  };
  walk(facts, 0);
  addText(template);
  allowed.add('100');
  // Small counting words rendered as digits ("1 order", "2 orders") carry no claim.
  for (const n of ['0', '1', '2']) allowed.add(n);
  return allowed;
}

/** Progress a good writer may restate: what is left and the share delivered. */
function addProgress(allowed: Set<string>, fact: Record<string, unknown>): void {
  const quantity = fact.quantity;
  if (typeof quantity !== 'number' || quantity <= 0) return;
  const delivered = typeof fact.delivered === 'number' ? fact.delivered : typeof fact.remains === 'number' ? quantity - fact.remains : null;
  if (delivered === null) return;
  allowed.add(String(quantity - delivered));
  allowed.add(String(delivered));
  allowed.add(String(Math.round((delivered / quantity) * 100)));
}

function canonical(s: string): string {
  const n = Number(s);
  return Number.isFinite(n) ? String(n) : s;
}

function canonicalInt(s: string): string {
  return String(Number(s));
}
