// Autonomous refunds (SPEC 10.3) as a pure rulebook: every criterion is checked and reported
// on its own (held, failed, or unknown with its evidence), in the order of the spec. A refund
// is executed only when every one holds; anything failed or unknown goes to a person with
// the list. The clock and everything read from outside arrive as input.
import { normalizeOrderStatus } from './order-status.js';
import type { OrderStatus } from './types.js';
import { toEpochMs } from './time.js';

export const REFUND_CRITERIA = [
  'provider_confirmed',
  'amount_within_limit',
  'customer_refunds_30d',
  'not_refunded_before',
  'order_age',
] as const;
export type RefundCriterionName = (typeof REFUND_CRITERIA)[number];

export interface RefundCriterion {
  name: RefundCriterionName;
  state: 'held' | 'failed' | 'unknown';
  /** What was read, in words an owner reads on the timeline. */
  evidence: string;
}

export interface RefundSettings {
  autoRefund: boolean;
  autoRefundMaxAmount: number;
  autoRefundMaxPerCustomer30d: number;
  autoRefundMinAgeHours: number;
}

export interface RefundFacts {
  order: {
    id: string;
    status: OrderStatus;
    createdAt: string;
    quantity: number;
    remains: number;
    charge: { value: number; currency: string } | null;
  };
  /** The order's status at the provider as the provider spells it; null when it could not be read. */
  providerStatus: { status: string; remains: number } | null;
  /** The customer's refunds in the last 30 days; null when unknown. */
  customerRefunds30d: number | null;
  /** Whether this order was ever refunded by us; null when unknown. */
  refundedBefore: boolean | null;
  /** ISO now. */
  now: string;
  settings: RefundSettings;
}

export type RefundAction = 'cancel' | 'set_partial';

export interface RefundVerdict {
  /** execute: every criterion held; escalate: a person decides; off: the tenant keeps refunds manual. */
  verdict: 'execute' | 'escalate' | 'off';
  /** cancel: the panel cancels and returns the whole charge; set_partial: the undelivered part. */
  action: RefundAction | null;
  /** What goes back to the customer's balance, in the charge currency; null when unknown. */
  amount: number | null;
  currency: string | null;
  criteria: RefundCriterion[];
}

export function checkRefundCriteria(facts: RefundFacts): RefundVerdict {
  const { order, settings } = facts;
  const provider = readProvider(facts);
  // Without the provider's word the largest possible refund (the whole charge) is judged.
  const amount = refundAmount(provider.action ?? 'cancel', order, facts.providerStatus?.remains ?? order.remains);
  const criteria: RefundCriterion[] = [
    provider.criterion,
    amountCriterion(amount, order.charge?.currency ?? null, settings.autoRefundMaxAmount),
    facts.customerRefunds30d === null
      ? { name: 'customer_refunds_30d', state: 'unknown', evidence: "the customer's refund history could not be read" }
      : {
          name: 'customer_refunds_30d',
          // This refund included, at most the allowed number in 30 days.
          state: facts.customerRefunds30d < settings.autoRefundMaxPerCustomer30d ? 'held' : 'failed',
          evidence: `${facts.customerRefunds30d} refunds in the last 30 days; at most ${settings.autoRefundMaxPerCustomer30d} allowed`,
        },
    refundedBeforeCriterion(facts),
    ageCriterion(order.createdAt, facts.now, settings.autoRefundMinAgeHours),
  ];
  if (!settings.autoRefund) return { verdict: 'off', action: provider.action, amount, currency: order.charge?.currency ?? null, criteria };
  const all = criteria.every((c) => c.state === 'held');
  return { verdict: all ? 'execute' : 'escalate', action: provider.action, amount, currency: order.charge?.currency ?? null, criteria };
}

function readProvider(facts: RefundFacts): { criterion: RefundCriterion; action: RefundAction | null } {
  const name = 'provider_confirmed';
  if (!facts.providerStatus) {
    return { criterion: { name, state: 'unknown', evidence: "the provider's status of the order could not be read" }, action: null };
  }
  const status = normalizeOrderStatus(facts.providerStatus.status);
  const seen = `the provider reports "${facts.providerStatus.status}"`;
  if (status === 'canceled' || status === 'refunded') {
    return { criterion: { name, state: 'held', evidence: `${seen}: nothing will be delivered` }, action: 'cancel' };
  }
  if (status === 'partial' && facts.providerStatus.remains > 0) {
    return {
      criterion: { name, state: 'held', evidence: `${seen} with ${facts.providerStatus.remains} of ${facts.order.quantity} undelivered` },
      action: 'set_partial',
    };
  }
  return { criterion: { name, state: 'failed', evidence: `${seen}: the provider has not confirmed the order will not be delivered` }, action: null };
}

/**
 * Whole charge for a cancel; charge × remains / quantity for the undelivered part, with the
 * provider's remains (what will never come), rounded down to the cent.
 */
function refundAmount(action: RefundAction, order: RefundFacts['order'], remains: number): number | null {
  if (!order.charge) return null;
  if (action === 'cancel') return order.charge.value;
  if (order.quantity <= 0) return null;
  return Math.floor((order.charge.value * remains * 100) / order.quantity) / 100;
}

function amountCriterion(amount: number | null, currency: string | null, max: number): RefundCriterion {
  const name = 'amount_within_limit';
  if (amount === null) return { name, state: 'unknown', evidence: 'the amount to refund could not be worked out: the panel shows no charge' };
  return {
    name,
    state: amount <= max ? 'held' : 'failed',
    evidence: `${amount} ${currency ?? ''} to refund; the limit is ${max}`.replace('  ', ' '),
  };
}

function refundedBeforeCriterion(facts: RefundFacts): RefundCriterion {
  const name = 'not_refunded_before';
  if (facts.order.status === 'refunded' || facts.order.status === 'canceled' || facts.order.status === 'partial') {
    return { name, state: 'failed', evidence: `the panel already shows the order ${facts.order.status}` };
  }
  if (facts.refundedBefore === null) return { name, state: 'unknown', evidence: "the order's refund record could not be read" };
  return facts.refundedBefore
    ? { name, state: 'failed', evidence: 'this order was already refunded' }
    : { name, state: 'held', evidence: 'no earlier refund of this order' };
}

function ageCriterion(createdAt: string, now: string, minHours: number): RefundCriterion {
  const name = 'order_age';
  let age: number;
  try {
    age = toEpochMs(now) - toEpochMs(createdAt);
  } catch {
    return { name, state: 'unknown', evidence: `the order's creation time "${createdAt}" cannot be read` };
  }
  const hours = Math.floor(age / 3_600_000);
  return { name, state: hours >= minHours ? 'held' : 'failed', evidence: `the order is ${hours} h old; at least ${minHours} h required` };
}
