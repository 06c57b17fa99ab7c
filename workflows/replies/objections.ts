// Objection handling (SPEC 10.1) as pure logic: what the customer's message signals (anger,
// a dispute, a repeated question, a chargeback threat, a request for a person), and the plan
// of the reply: acknowledge, explain with the order's own numbers (the decision's template),
// offer the next concrete step. Two disputes in a row, or a request for a person, hand the
// conversation to staff. Deterministic, so a workflow may call it directly.
import type { Decision, DecisionCode } from '../rules/types.js';
import { resolveReplyLanguage } from './languages.js';
import { OBJECTION_TEXTS } from './objection-texts.js';
import { OBJECTION_WORDS } from './objection-words.js';
import { renderReply } from './render.js';

export const OBJECTION_SIGNALS = ['anger', 'dispute', 'repeat', 'chargeback', 'human'] as const;
export type ObjectionSignal = (typeof OBJECTION_SIGNALS)[number];

/** What the reply offers after explaining: the rules decide which of these apply. */
export type NextStep = 'wait' | 'cancel' | 'refill_later' | 'person';

export interface ObjectionPlan {
  signals: ObjectionSignal[];
  /** The signal the acknowledgement answers (the strongest one). */
  acknowledge: ObjectionSignal;
  nextStep: NextStep;
  /** True when the conversation goes to staff now. */
  handOver: boolean;
}

export interface ObjectionInput {
  text: string;
  /** The customer's earlier messages in this conversation, oldest first. */
  previous: readonly string[];
  /** Disputes in a row before this message (the conversation keeps the count). */
  disputesInARow: number;
}

/** The signals in a customer message; empty for a calm, new message. */
export function detectObjection(input: Pick<ObjectionInput, 'text' | 'previous'>): ObjectionSignal[] {
  const text = foldForMatch(input.text);
  const found = new Set<ObjectionSignal>();
  for (const signal of ['human', 'chargeback', 'dispute', 'anger'] as const) {
    if (OBJECTION_WORDS[signal].some((w) => text.includes(w))) found.add(signal);
  }
  const letters = input.text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  if (/[!?]{3,}|!!/.test(input.text) || (letters.length >= 8 && upper.length / letters.length > 0.7)) found.add('anger');
  const words = wordSet(text);
  if (words.size >= 2 && input.previous.some((p) => overlap(words, wordSet(foldForMatch(p))) >= 0.8)) found.add('repeat');
  return OBJECTION_SIGNALS.filter((s) => found.has(s));
}

/** The reply plan for an objecting message about a decision; null when nothing objects. */
export function planObjection(input: ObjectionInput, decision: Decision): ObjectionPlan | null {
  const signals = detectObjection(input);
  if (signals.length === 0) return null;
  const disputing = signals.includes('dispute') || signals.includes('chargeback');
  const handOver = signals.includes('human') || (disputing && input.disputesInARow >= 1);
  const acknowledge = (['human', 'chargeback', 'dispute', 'anger', 'repeat'] as const).find((s) => signals.includes(s)) ?? 'anger';
  return { signals, acknowledge, nextStep: handOver ? 'person' : nextStepFor(decision.code), handOver };
}

/** The disputes-in-a-row count after this message (a calm message resets it). */
export function nextDisputeCount(plan: ObjectionPlan | null, before: number): number {
  if (!plan) return 0;
  return plan.signals.includes('dispute') || plan.signals.includes('chargeback') ? before + 1 : before;
}

/** The template reply to an objection: acknowledgement, the decision's own reply, the next step. */
export function renderObjectionReply(plan: ObjectionPlan, decision: Decision, orderId: string | null, language: string): string {
  const texts = OBJECTION_TEXTS[resolveReplyLanguage(language)];
  const explain = renderReply(decision, { orderId, language });
  return [texts.acknowledge[plan.acknowledge], explain, texts.nextStep[plan.nextStep](orderId)].join(' ');
}

/** The step the rules allow after this decision; a person when the rules offer nothing else. */
function nextStepFor(code: DecisionCode): NextStep {
  switch (code) {
    case 'speed_up.too_early':
    case 'refill.order_not_completed':
    case 'speed_up.forward':
      return 'cancel';
    case 'refill.no_drop':
      return 'refill_later';
    case 'refill.forward':
    case 'refill.forward_unverified':
    case 'cancel.forward':
    case 'refund.forward_cancel':
      return 'wait';
    default:
      return 'person';
  }
}

function foldForMatch(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function wordSet(text: string): Set<string> {
  return new Set(text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / Math.max(a.size, b.size, 1);
}
