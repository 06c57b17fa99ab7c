// What a provider's API answer to refill, cancel or refill_status means, in the verdicts a
// chat reply is read into. Error texts vary per provider ("Refill not possible", "Order not
// eligible", "Incorrect order ID"), so they are read by kind, with "no" as the default: an
// error the provider gave about this order is its answer, and a person should see it.
import { normalizeRefillState, type CancelResult, type ProviderRefillStatus } from './api-v2.js';
import type { ProviderReading } from './replies.js';

export type ApiOutcomeInput =
  | { action: 'refill'; refillId: string }
  | { action: 'cancel'; result: CancelResult }
  | { action: 'refill_status'; status: ProviderRefillStatus | string }
  /** The provider answered {"error": "..."} (a ProviderApiError's message). */
  | { action: 'refill' | 'cancel' | 'refill_status'; error: string };

export interface ApiOutcome extends ProviderReading {
  /** The provider reports the work finished (a completed refill). */
  done: boolean;
  reason: 'accepted' | 'already_requested' | 'completed' | 'in_progress' | 'refused' | 'not_configured' | 'transient' | 'unknown';
  /** For logs and for the person an escalation goes to. */
  detail: string;
}

const TRANSIENT = /try again|too many|rate.?limit|temporar|maintenance|busy|time.?out|timed out|server error|internal error|overload/i;
const NOT_CONFIGURED = /api.?key|invalid key|incorrect key|wrong key|unauthori[sz]ed|access denied|not enough (?:funds|balance)|insufficient|balance/i;
const ALREADY = /already\s+(?:been\s+)?(?:requested|exists?|in (?:progress|queue)|pending|submitted|sent|created|added|refill)|active refill|refill (?:is )?(?:already|pending|in progress)|in the queue/i;
const ALREADY_CANCELED = /already\s+(?:been\s+)?(?:cancel|refund)/i;
const REFUSAL = /not (?:possible|eligible|allowed|available|found|supported|completed)|impossible|incorrect|invalid|wrong|disabled|expired|too old|cannot|can'?t|unable|denied|rejected|declined|no refill|not refillable|out of/i;

export function readApiOutcome(input: ApiOutcomeInput): ApiOutcome {
  if ('error' in input) return readError(input.action, input.error);
  if (input.action === 'refill') {
    return input.refillId.trim()
      ? { verdict: 'confirmed', confidence: 0.95, done: false, reason: 'accepted', detail: `refill ${input.refillId} created` }
      : { verdict: 'ambiguous', confidence: 0.4, done: false, reason: 'unknown', detail: 'the provider gave an empty refill ID' };
  }
  if (input.action === 'cancel') {
    // 1 means the provider took the request, not that the order is canceled yet.
    return input.result.accepted
      ? { verdict: 'confirmed', confidence: 0.9, done: false, reason: 'accepted', detail: 'cancel accepted' }
      : readError('cancel', input.result.error);
  }
  const raw = typeof input.status === 'string' ? input.status : input.status.rawStatus;
  const state = typeof input.status === 'string' ? normalizeRefillState(input.status) : input.status.state;
  const detail = `refill status: ${raw}`;
  switch (state) {
    case 'completed':
      return { verdict: 'confirmed', confidence: 0.95, done: true, reason: 'completed', detail };
    case 'rejected':
      return { verdict: 'declined', confidence: 0.9, done: false, reason: 'refused', detail };
    case 'pending':
    case 'in_progress':
      return { verdict: 'ambiguous', confidence: 0.9, done: false, reason: 'in_progress', detail };
    default:
      return { verdict: 'ambiguous', confidence: 0.4, done: false, reason: 'unknown', detail };
  }
}

function readError(action: ApiOutcomeInput['action'], error: string): ApiOutcome {
  const detail = `${action}: ${error}`;
  if (ALREADY_CANCELED.test(error)) {
    // Asked to cancel an order that already is: done. Asked to refill one: nothing to refill.
    return action === 'cancel'
      ? { verdict: 'confirmed', confidence: 0.85, done: true, reason: 'completed', detail }
      : { verdict: 'declined', confidence: 0.85, done: false, reason: 'refused', detail };
  }
  if (ALREADY.test(error)) return { verdict: 'confirmed', confidence: 0.8, done: false, reason: 'already_requested', detail };
  if (TRANSIENT.test(error)) return { verdict: 'ambiguous', confidence: 0.6, done: false, reason: 'transient', detail };
  if (NOT_CONFIGURED.test(error)) return { verdict: 'declined', confidence: 0.9, done: false, reason: 'not_configured', detail };
  return { verdict: 'declined', confidence: REFUSAL.test(error) ? 0.9 : 0.7, done: false, reason: 'refused', detail };
}
