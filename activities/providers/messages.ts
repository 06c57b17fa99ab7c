// What a panel writes to its provider's chat, and how an order is found in what the provider
// writes back. Providers read dozens of these a day: one line, their own order ID first,
// the intent, and for refills the drop, in the short English the trade uses.
import { fold } from '../classifier/normalize.js';
import { findOrderIds } from '../classifier/order-ids.js';

export type ProviderRequestIntent = 'refill' | 'cancel' | 'speed_up';

export interface ProviderRequestInput {
  intent: ProviderRequestIntent;
  /** The provider's own order ID (the panel's external ID). */
  externalId: string;
  /** Refills: how many dropped (expected − current); left out when unknown or not positive. */
  drop?: number;
  kind: 'initial' | 'follow_up';
  /**
   * The dispatch attempt as the workflow counts it, 1 being the first request: a follow-up
   * with attempt N is "Reminder #N−1".
   */
  attempt: number;
  /** The order's link, when the provider should be able to check it without looking it up. */
  orderLink?: string;
  /** Follow-ups: hours since the first request ("requested 24h ago"). */
  requestedHoursAgo?: number;
}

const INITIAL: Record<ProviderRequestIntent, (id: string, drop: string) => string> = {
  refill: (id, drop) => `Refill request: order ${id}${drop ? `, ${drop} dropped` : ''}.`,
  cancel: (id) => `Cancel request: order ${id}. Please cancel and refund the remains.`,
  speed_up: (id) => `Speed-up request: order ${id} is not moving, please push it.`,
};

const NOUN: Record<ProviderRequestIntent, string> = { refill: 'refill', cancel: 'cancel', speed_up: 'speed-up' };

export function providerRequestText(input: ProviderRequestInput): string {
  const id = oneLine(input.externalId);
  const drop = input.intent === 'refill' && input.drop !== undefined && input.drop > 0 ? String(Math.round(input.drop)) : '';
  const link = input.orderLink ? ` Link: ${oneLine(input.orderLink)}` : '';
  if (input.kind === 'initial') return INITIAL[input.intent](id, drop) + link;
  const n = Math.max(1, Math.floor(input.attempt) - 1);
  const what = `${NOUN[input.intent]} for order ${id}${drop ? ` (${drop} dropped)` : ''}`;
  const since = input.requestedHoursAgo !== undefined && input.requestedHoursAgo >= 1 ? ` requested ${age(input.requestedHoursAgo)} ago,` : '';
  return `Reminder #${n}: ${what}${since} no progress yet.${link}`;
}

// "1500 dropped", "drop: 1500", "-1500": counts, not orders. Kept narrow (a short number
// before the word), since "5512345 drop not found" names an order: a missed order is worse
// than a stray number, which the caller drops for not matching any order it waits on.
const DROP_COUNTS = /(?<![\w.,])\d{1,4}\s*(?:dropped|missing|lost|less)\b|\b(?:drop(?:ped)?|missing|lost)\s*(?:of|by|[:=])?\s*\d+\b|(?<![\w-])-\d+\b/gu;

/**
 * Order IDs a provider's message mentions, in order, each once. Candidates only: the caller
 * keeps those that match an order it is waiting on (a reply to our own message, when
 * Telegram says which, is the surer route).
 */
export function findExternalOrderIds(text: string): string[] {
  const folded = fold(text).replace(DROP_COUNTS, (m) => ' '.repeat(m.length));
  return [...new Set(findOrderIds(folded).map((m) => m.id))];
}

function age(hours: number): string {
  return hours < 48 ? `${Math.round(hours)}h` : `${Math.round(hours / 24)}d`;
}

/** A stray newline in an ID or link would break the one-line message. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The part of a provider's message about one order, for reading its verdict: when the
 * message names several orders ("88123 refilled. 88124 no drop"), the sentences or lines
 * about this one and those that follow them until another order is named; otherwise the
 * whole message.
 */
export function providerReplyAbout(text: string, externalId: string): string {
  const id = externalId.trim();
  const all = findExternalOrderIds(text);
  if (all.length < 2 || !all.includes(id)) return text;
  const parts: string[] = [];
  let about = false;
  for (const segment of text.split(/(?<=[.;!?\n])\s*/u)) {
    const ids = findExternalOrderIds(segment);
    if (ids.length > 0) about = ids.includes(id);
    if (about && segment.trim()) parts.push(segment.trim());
  }
  return parts.join(' ');
}
