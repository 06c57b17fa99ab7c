// Domain vocabulary shared by the decision rules, the replies, the workflows, the API and
// the CLI. Pure types and constants only: this folder is imported into workflow code.

export const INTENTS = ['refill', 'cancel', 'speed_up', 'status', 'refund', 'other'] as const;
export type Intent = (typeof INTENTS)[number];

/** Intents that act on an order (everything but `other`). */
export const ORDER_INTENTS = ['refill', 'cancel', 'speed_up', 'status', 'refund'] as const;
export type OrderIntent = (typeof ORDER_INTENTS)[number];

export const ORDER_STATUSES = [
  'pending',
  'in_progress',
  'processing',
  'completed',
  'partial',
  'canceled',
  'refunded',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface ServiceInfo {
  id: number;
  name: string;
  /** The service's refill flag as the panel/provider reports it. */
  refill: boolean;
  /** Whether the service allows cancel. */
  cancel: boolean;
  /** Average completion time, when the panel knows it. */
  averageTimeMinutes: number | null;
}

/** An order as the rules see it: status already normalised, times as ISO strings. */
export interface OrderSnapshot {
  id: string;
  /** The panel username of the customer who placed the order. */
  user: string;
  status: OrderStatus;
  createdAt: string;
  quantity: number;
  startCount: number;
  remains: number;
  /** Provider name as the panel shows it; matches `PUT /v1/providers/{name}`. */
  provider: string;
  /** The provider's own order ID (the panel's external_id). */
  externalId: string;
  link?: string;
  service: ServiceInfo;
}

/** A refill period read from a service name or a tenant override. */
export type RefillPeriod =
  | { kind: 'days'; days: number }
  | { kind: 'lifetime' }
  | { kind: 'none' }
  | { kind: 'unstated' };

export type RefillOverride = number | 'lifetime' | 'none';

export interface ScreenshotRequirement {
  serviceId: number;
  intents: Array<'refill' | 'cancel' | 'speed_up' | 'all'>;
}

/** The tenant settings the rules depend on (a subset of the tenant's settings). */
export interface DecisionSettings {
  minDrop: number;
  speedUpMinAgeMinutes: number;
  /** Keyed by service ID (as a string). */
  refillDaysOverride: Record<string, RefillOverride>;
  screenshotRequired: ScreenshotRequirement[];
}

export const DEFAULT_DECISION_SETTINGS: DecisionSettings = {
  minDrop: 1,
  speedUpMinAgeMinutes: 60,
  refillDaysOverride: {},
  screenshotRequired: [],
};

export const DECISION_CODES = [
  'order.not_found',
  'order.not_owned',
  'refill.not_available',
  'refill.window_expired',
  'refill.order_canceled',
  'refill.order_not_completed',
  'refill.below_start_count',
  'refill.no_drop',
  'refill.forward',
  'refill.forward_unverified',
  'cancel.already_canceled',
  'cancel.already_completed',
  'cancel.already_partial',
  'cancel.not_available',
  'cancel.forward',
  'speed_up.already_completed',
  'speed_up.order_closed',
  'speed_up.too_early',
  'speed_up.forward',
  'status.report',
  'refund.already_refunded',
  'refund.forward_cancel',
  'refund.escalate',
  'refund.executed',
  'other.answer',
  'other.escalate',
  'request.need_screenshot',
  'request.duplicate',
  'quota.blocked',
  'request.limit_exceeded',
] as const;
export type DecisionCode = (typeof DECISION_CODES)[number];

/**
 * A decision: a stable code plus the numbers its reply needs. Only the fields that apply
 * to a code are set.
 */
export interface Decision {
  code: DecisionCode;
  /** refill.forward: expected − current. */
  drop?: number;
  /** refill.*: whole days left in a finite refill window (0 on its last day). */
  daysLeft?: number;
  /** refill.window_expired: when the window ended (ISO). */
  windowEndedAt?: string;
  /** status.report and others that quote the order. */
  status?: OrderStatus;
  delivered?: number;
  quantity?: number;
  startCount?: number;
  /** refill.below_start_count / refill.no_drop / refill.forward: the count read now. */
  currentCount?: number;
  /** speed_up.too_early: minutes until a speed-up can be asked for. */
  waitMinutes?: number;
  /** request.need_screenshot: the decision that will be taken once the screenshot comes. */
  pending?: DecisionCode;
  /** other.answer: the knowledge-base answer. */
  answer?: string;
  /** refund.executed: what went back to the customer's balance, in the order's currency. */
  refundAmount?: number;
  refundCurrency?: string;
}

/** True for codes that hand work to the provider (or to a person). */
export function isForward(code: DecisionCode): boolean {
  return code.includes('.forward');
}

export function isEscalation(code: DecisionCode): boolean {
  return code.endsWith('.escalate');
}
