// The contract every language file implements. Templates are typed against the code lists,
// so a language missing a decision or outcome code fails to compile.
import type { DecisionCode, Intent, OrderStatus } from '../rules/types.js';
import type { OutcomeCode } from './outcomes.js';

export interface Progress {
  delivered: number;
  quantity: number;
}

/** How long to wait, already rounded to the unit the customer reads. */
export interface Wait {
  unit: 'minutes' | 'hours';
  count: number;
}

/**
 * A decision's numbers as templates may quote them: each field is either a clean value or
 * absent, so a template never prints `undefined` or `NaN`.
 */
export interface DecisionView {
  status?: OrderStatus;
  progress?: Progress;
  drop?: number;
  daysLeft?: number;
  /** YYYY-MM-DD. */
  windowEnd?: string;
  startCount?: number;
  currentCount?: number;
  wait?: Wait;
  /** The intent of the decision waiting for a screenshot. */
  pendingIntent?: Intent;
  answer?: string;
  /** refund.executed: the amount returned, as written (2 decimals) with its currency. */
  refund?: { amount: string; currency: string };
}

export interface OutcomeView {
  orderId: string;
  status?: OrderStatus;
  progress?: Progress;
  message?: string;
}

export type DecisionTemplates = { readonly [C in DecisionCode]: (view: DecisionView) => string };
export type OutcomeTemplates = { readonly [O in OutcomeCode]: (view: OutcomeView) => string };

export interface ReplyLocale {
  decisions: DecisionTemplates;
  outcomes: OutcomeTemplates;
  /** Opens a reply about one order, so a single answer still names the order it is about. */
  aboutOrder(orderId: string): string;
  /** The reply to a message that names no order. */
  askOrderId: string;
  /** One line of a multi-order reply: "Order 1001: …" or "Orders 1001, 1003: …". */
  orderLine(orderIds: readonly string[], body: string): string;
}
