// The shop's policy for one request (one order, one intent): validation, then the intent's
// rules in the order the spec gives them, then the screenshot requirement. Pure: the clock
// and the link's count come in as arguments, so a replayed workflow decides the same.
import { resolveRefillPeriod } from './refill-period.js';
import { MS_PER_DAY, MS_PER_MINUTE, toEpochMs } from './time.js';
import {
  isForward,
  type Decision,
  type DecisionSettings,
  type Intent,
  type OrderIntent,
  type OrderSnapshot,
  type OrderStatus,
} from './types.js';

export interface DecideInput {
  intent: Intent;
  customer: string;
  /** null: not found on the panel. */
  order: OrderSnapshot | null;
  /** null: the link's count cannot be had. */
  currentCount: number | null;
  /** ISO string or epoch milliseconds. */
  now: string | number;
  settings: DecisionSettings;
  hasScreenshot: boolean;
  /** For intent `other`: a confident knowledge-base answer, if any. */
  knowledgeAnswer?: string | null;
}

type OrderQuote = Required<Pick<Decision, 'status' | 'delivered' | 'quantity' | 'startCount'>>;

const OPEN: ReadonlySet<OrderStatus> = new Set(['pending', 'in_progress', 'processing']);

export function decide(input: DecideInput): Decision {
  const { intent, order } = input;
  // `other` acts on no order, so there is nothing to find or own.
  if (intent === 'other') return decideOther(input.knowledgeAnswer);
  if (order === null) return { code: 'order.not_found' };
  // Carries nothing about the order: the customer must not learn that it exists.
  if (!ownedBy(order, input.customer)) return { code: 'order.not_owned' };

  const decision = decideForOrder(intent, order, input);
  if (isForward(decision.code) && !input.hasScreenshot && screenshotRequired(input.settings, order.service.id, intent)) {
    return { ...decision, code: 'request.need_screenshot', pending: decision.code };
  }
  return decision;
}

/** The same order and intent are already being handled. */
export function duplicateDecision(): Decision {
  return { code: 'request.duplicate' };
}

/** The tenant's monthly requests are used up. */
export function quotaBlockedDecision(): Decision {
  return { code: 'quota.blocked' };
}

/** Past the tenant's per-message or per-customer-per-day limit: refused at admission. */
export function limitExceededDecision(): Decision {
  return { code: 'request.limit_exceeded' };
}

/**
 * Whether the tenant asks for a screenshot before acting on this service and intent. A
 * refund is dispatched as a cancel, so a `cancel` requirement covers it too.
 */
export function screenshotRequired(settings: DecisionSettings, serviceId: number, intent: Intent): boolean {
  const asked = intent === 'refund' ? 'cancel' : intent;
  return settings.screenshotRequired.some(
    (rule) => rule.serviceId === serviceId && rule.intents.some((i) => i === 'all' || i === asked),
  );
}

function decideOther(answer: string | null | undefined): Decision {
  return typeof answer === 'string' && answer.trim() !== ''
    ? { code: 'other.answer', answer }
    : { code: 'other.escalate' };
}

function ownedBy(order: OrderSnapshot, customer: string): boolean {
  const who = customer.trim().toLowerCase();
  // An empty name owns nothing, even an order whose user field is empty too.
  return who !== '' && who === order.user.trim().toLowerCase();
}

function decideForOrder(intent: OrderIntent, order: OrderSnapshot, input: DecideInput): Decision {
  switch (intent) {
    case 'refill':
      return decideRefill(order, input);
    case 'cancel':
      return decideCancel(order);
    case 'speed_up':
      return decideSpeedUp(order, input);
    case 'status':
      return { code: 'status.report', ...quote(order) };
    case 'refund':
      return decideRefund(order);
  }
}

function decideRefill(order: OrderSnapshot, input: DecideInput): Decision {
  const base = quote(order);
  const period = resolveRefillPeriod(order.service, input.settings.refillDaysOverride);
  if (period.kind === 'none') return { code: 'refill.not_available', ...base };

  const window: Pick<Decision, 'daysLeft'> = {};
  if (period.kind === 'days') {
    const endsAt = toEpochMs(order.createdAt) + period.days * MS_PER_DAY;
    const now = toEpochMs(input.now);
    // The last instant of the window still counts; one past it does not.
    if (now > endsAt) {
      return { code: 'refill.window_expired', ...base, windowEndedAt: new Date(endsAt).toISOString() };
    }
    window.daysLeft = Math.floor((endsAt - now) / MS_PER_DAY);
  }

  if (order.status === 'canceled' || order.status === 'refunded') {
    return { code: 'refill.order_canceled', ...base, ...window };
  }
  if (OPEN.has(order.status)) return { code: 'refill.order_not_completed', ...base, ...window };

  const current = input.currentCount;
  if (current === null || !Number.isFinite(current)) {
    return { code: 'refill.forward_unverified', ...base, ...window };
  }
  const counted = { ...base, ...window, currentCount: current };
  if (current < order.startCount) return { code: 'refill.below_start_count', ...counted };
  const drop = order.startCount + base.delivered - current;
  if (drop < input.settings.minDrop) return { code: 'refill.no_drop', ...counted };
  return { code: 'refill.forward', ...counted, drop };
}

function decideCancel(order: OrderSnapshot): Decision {
  const base = quote(order);
  switch (order.status) {
    case 'canceled':
    case 'refunded':
      return { code: 'cancel.already_canceled', ...base };
    case 'completed':
      return { code: 'cancel.already_completed', ...base };
    case 'partial':
      return { code: 'cancel.already_partial', ...base };
    case 'pending':
    case 'in_progress':
    case 'processing':
      return { code: order.service.cancel ? 'cancel.forward' : 'cancel.not_available', ...base };
  }
}

function decideSpeedUp(order: OrderSnapshot, input: DecideInput): Decision {
  const base = quote(order);
  switch (order.status) {
    case 'completed':
      return { code: 'speed_up.already_completed', ...base };
    case 'canceled':
    case 'refunded':
    case 'partial':
      return { code: 'speed_up.order_closed', ...base };
    case 'pending':
    case 'in_progress':
    case 'processing':
      break;
  }
  const average = order.service.averageTimeMinutes;
  // An average of 0 (or less) is no measurement; taken literally, nothing would ever be too early.
  const minAgeMinutes =
    typeof average === 'number' && Number.isFinite(average) && average > 0 ? average : input.settings.speedUpMinAgeMinutes;
  const ageMs = toEpochMs(input.now) - toEpochMs(order.createdAt);
  const waitMs = minAgeMinutes * MS_PER_MINUTE - ageMs;
  if (waitMs > 0) return { code: 'speed_up.too_early', ...base, waitMinutes: Math.ceil(waitMs / MS_PER_MINUTE) };
  return { code: 'speed_up.forward', ...base };
}

function decideRefund(order: OrderSnapshot): Decision {
  const base = quote(order);
  switch (order.status) {
    case 'canceled':
    case 'refunded':
    case 'partial':
      return { code: 'refund.already_refunded', ...base };
    case 'pending':
    case 'in_progress':
    case 'processing':
      if (order.service.cancel) return { code: 'refund.forward_cancel', ...base };
      break;
    case 'completed':
      break;
  }
  return { code: 'refund.escalate', ...base };
}

/** What the customer has received: everything once completed, otherwise what no longer remains. */
export function deliveredOf(order: Pick<OrderSnapshot, 'status' | 'quantity' | 'remains'>): number {
  if (order.status === 'completed') return order.quantity;
  return Math.min(order.quantity, Math.max(0, order.quantity - order.remains));
}

/** The order's numbers every reply about it may quote. */
function quote(order: OrderSnapshot): OrderQuote {
  return {
    status: order.status,
    delivered: deliveredOf(order),
    quantity: order.quantity,
    startCount: order.startCount,
  };
}
