// One realistic decision per code, with the numbers the rules put on it: 1000 followers on
// a start count of 5000, 700 delivered so far, 300 missing, 12 days of refill left.
import type { Decision, DecisionCode } from '../../../workflows/rules/types.js';

const quoted = { status: 'completed', delivered: 1000, quantity: 1000, startCount: 5000 } as const;
const running = { status: 'in_progress', delivered: 700, quantity: 1000, startCount: 5000 } as const;

export const SAMPLE_DECISIONS: Record<DecisionCode, Decision> = {
  'order.not_found': { code: 'order.not_found' },
  'order.not_owned': { code: 'order.not_owned' },
  'refill.not_available': { code: 'refill.not_available', ...quoted },
  'refill.window_expired': { code: 'refill.window_expired', ...quoted, windowEndedAt: '2026-12-01T10:00:00.000Z' },
  'refill.order_canceled': { code: 'refill.order_canceled', ...quoted, status: 'refunded', daysLeft: 12 },
  'refill.order_not_completed': { code: 'refill.order_not_completed', ...running, daysLeft: 12 },
  'refill.below_start_count': { code: 'refill.below_start_count', ...quoted, currentCount: 4800, daysLeft: 12 },
  'refill.no_drop': { code: 'refill.no_drop', ...quoted, currentCount: 6000, daysLeft: 12 },
  'refill.forward': { code: 'refill.forward', ...quoted, currentCount: 5700, drop: 300, daysLeft: 12 },
  'refill.forward_unverified': { code: 'refill.forward_unverified', ...quoted, daysLeft: 12 },
  'cancel.already_canceled': { code: 'cancel.already_canceled', ...quoted, status: 'canceled' },
  'cancel.already_completed': { code: 'cancel.already_completed', ...quoted },
  'cancel.already_partial': { code: 'cancel.already_partial', ...running, status: 'partial' },
  'cancel.not_available': { code: 'cancel.not_available', ...running },
  'cancel.forward': { code: 'cancel.forward', ...running },
  'speed_up.already_completed': { code: 'speed_up.already_completed', ...quoted },
  'speed_up.order_closed': { code: 'speed_up.order_closed', ...running, status: 'partial' },
  'speed_up.too_early': { code: 'speed_up.too_early', ...running, status: 'pending', delivered: 0, waitMinutes: 45 },
  'speed_up.forward': { code: 'speed_up.forward', ...running },
  'status.report': { code: 'status.report', ...running },
  'refund.already_refunded': { code: 'refund.already_refunded', ...running, status: 'partial' },
  'refund.forward_cancel': { code: 'refund.forward_cancel', ...running },
  'refund.escalate': { code: 'refund.escalate', ...quoted },
  'refund.executed': { code: 'refund.executed', ...running, refundAmount: 2.5, refundCurrency: 'USD' },
  'other.answer': { code: 'other.answer', answer: 'Payments are accepted in USDT and BTC.' },
  'other.escalate': { code: 'other.escalate' },
  'request.need_screenshot': {
    code: 'request.need_screenshot',
    ...quoted,
    currentCount: 5700,
    drop: 300,
    daysLeft: 12,
    pending: 'refill.forward',
  },
  'request.duplicate': { code: 'request.duplicate' },
  'quota.blocked': { code: 'quota.blocked' },
  'request.limit_exceeded': { code: 'request.limit_exceeded' },
};

/** What no customer should ever read: an unfilled slot or a missing value. */
export const LEAKED_PLACEHOLDER = /\{\s*\w*\s*\}|\$\{|undefined|NaN|\bnull\b|\[object/;
