// Finds the action words in a folded message. Overlapping matches are settled by length,
// then by how specific the term is, so "why was it canceled" (status) beats "cancel" and
// "refill guarantee" (a question about a service) beats "refill".
import type { OrderIntent } from '../../workflows/rules/types.js';
import { cancelAsked } from './asks-why.js';
import { findDrops } from './drops.js';
import { compiledLexicons } from './tables.js';
import { findAll } from './terms.js';
import type { OfflineLanguage } from './types.js';

export interface IntentHit {
  intent: OrderIntent;
  start: number;
  end: number;
}

export interface KeywordScan {
  hits: IntentHit[];
  /** Matches of non-order topics (payments, prices, API ...). */
  otherCount: number;
  /** Words the scan recognised, per language: evidence for language detection. */
  evidence: Map<OfflineLanguage, number>;
}

// A label and its value: "status: completed", "durum=pending", "статус: «выполнен»".
const FIELD_LABEL = /^\s?[:=]\s?["'«\p{L}]/u;

type Kind = 'neutral' | 'other' | 'intent';
const KIND_RANK: Record<Kind, number> = { neutral: 0, other: 1, intent: 2 };

interface Candidate {
  kind: Kind;
  intent?: OrderIntent;
  language: OfflineLanguage;
  start: number;
  end: number;
  specificity: number;
}

// English words turn up in every language's messages: its markers count half, and its
// action words ("refill", "cancel", "speed up" are panel jargon everywhere) not at all.
function weight(language: OfflineLanguage, kind: Kind | 'marker'): number {
  if (language !== 'en') return 1;
  return kind === 'marker' ? 0.5 : 0;
}

function addEvidence(evidence: Map<OfflineLanguage, number>, language: OfflineLanguage, w: number): void {
  evidence.set(language, (evidence.get(language) ?? 0) + w);
}

export function scanKeywords(folded: string): KeywordScan {
  const candidates: Candidate[] = [];
  const evidence = new Map<OfflineLanguage, number>();
  for (const lex of compiledLexicons()) {
    const language = lex.language;
    for (const m of findAll(lex.neutral, folded)) candidates.push({ kind: 'neutral', language, ...m });
    for (const m of findAll(lex.other, folded)) candidates.push({ kind: 'other', language, ...m });
    for (const { intent, terms } of lex.intents) {
      for (const m of findAll(terms, folded)) candidates.push({ kind: 'intent', intent, language, ...m });
    }
    const markerSpots = new Set(findAll(lex.markers, folded).map((m) => m.start));
    if (markerSpots.size > 0) addEvidence(evidence, language, markerSpots.size * weight(language, 'marker'));
  }

  candidates.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      b.specificity - a.specificity ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind],
  );
  const accepted: Candidate[] = [];
  for (const c of candidates) {
    const clash = accepted.find((a) => c.start < a.end && a.start < c.end);
    if (!clash) {
      accepted.push(c);
      addEvidence(evidence, c.language, weight(c.language, c.kind));
    } else if (clash.start === c.start && clash.end === c.end && clash.kind === c.kind && clash.language !== c.language) {
      // The same word in two languages' lists is evidence for both.
      addEvidence(evidence, c.language, weight(c.language, c.kind));
    }
  }

  const words = accepted
    .filter((c): c is Candidate & { intent: OrderIntent } => c.kind === 'intent' && c.intent !== undefined)
    // "Status: Completed" in a pasted order line names a field; it asks nothing.
    .filter((c) => c.intent !== 'status' || !FIELD_LABEL.test(folded.slice(c.end, c.end + 4)))
    .map(({ intent, start, end }) => ({ intent, start, end }));
  // A falling count stands in for a refill word where no word already covers that spot.
  const drops = findDrops(folded).filter((d) => !accepted.some((a) => d.start < a.end && a.start < d.end));
  const hits = cancelAsked(folded, [...words, ...drops].sort((a, b) => a.start - b.start));
  const otherCount = accepted.filter((c) => c.kind === 'other').length;
  return { hits, otherCount, evidence };
}
