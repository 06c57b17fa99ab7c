// What the customer is told after a decision: resolutions, escalations, staff replies.
// The request lifecycle sends these, each naming its order (they arrive on their own).
import type { OrderStatus } from '../rules/types.js';
import { localeFor } from './languages.js';
import { toOutcomeView } from './view.js';

export const OUTCOME_CODES = [
  'refill.resolved',
  'cancel.resolved',
  'cancel.ended_partial',
  'cancel.ended_completed',
  'speed_up.resolved',
  'refund.resolved',
  'request.escalated',
  'request.staff_reply',
  'request.closed',
  'request.provider_declined',
] as const;
export type OutcomeCode = (typeof OUTCOME_CODES)[number];

export interface OutcomeContext {
  orderId: string;
  language: string;
  status?: OrderStatus;
  delivered?: number;
  quantity?: number;
  /** request.staff_reply: the staff member's text, passed on as written. */
  message?: string;
}

export function renderOutcome(outcome: OutcomeCode, ctx: OutcomeContext): string {
  return localeFor(ctx.language).outcomes[outcome](toOutcomeView(ctx));
}
