// Whether a dispatched request's problem is solved, judged from one check of the order
// (SPEC section 6). Pure: the tracker supplies the order as the panel shows it now.
import type { Intent, OrderSnapshot, OrderStatus } from './types.js';
import { deliveredOf } from './decide.js';

export interface OrderCheck {
  /** The tracker round that produced this check; later rounds supersede earlier ones. */
  round: number;
  order: OrderSnapshot | null;
  currentCount: number | null;
  /** The provider's refill status, when the refill went through its API. */
  refillState?: 'pending' | 'in_progress' | 'completed' | 'rejected' | 'unknown';
}

/** What the request saw when it decided: the yardstick for "moved" and "restored". */
export interface ProgressBaseline {
  status: OrderStatus;
  remains: number;
  /** refill: start count + delivered, the count the customer paid for. */
  expectedCount?: number;
  minDrop: number;
}

export type Progress =
  | { kind: 'resolved'; outcome: 'refill.resolved' | 'cancel.resolved' | 'speed_up.resolved' | 'refund.resolved' }
  /** The order ended otherwise than asked: reported honestly, tracking stops. */
  | { kind: 'ended'; outcome: 'cancel.ended_partial' | 'cancel.ended_completed'; status: OrderStatus }
  | { kind: 'declined'; reason: string }
  /** Nothing to wait for any more (the order closed in a way this intent cannot follow). */
  | { kind: 'stopped'; status: OrderStatus }
  | { kind: 'none' };

const CLOSED: readonly OrderStatus[] = ['canceled', 'refunded'];

export function evaluateProgress(intent: Intent, baseline: ProgressBaseline, check: OrderCheck): Progress {
  const order = check.order;
  if (!order) return { kind: 'none' };
  switch (intent) {
    case 'refill':
      return refillProgress(baseline, check, order);
    case 'cancel':
    case 'refund':
      return cancelProgress(intent, order);
    case 'speed_up':
      return speedUpProgress(baseline, order);
    default:
      return { kind: 'none' };
  }
}

function refillProgress(baseline: ProgressBaseline, check: OrderCheck, order: OrderSnapshot): Progress {
  if (check.refillState === 'completed') return { kind: 'resolved', outcome: 'refill.resolved' };
  if (check.refillState === 'rejected') return { kind: 'declined', reason: 'the provider rejected the refill' };
  // Restored when what is missing is below the tenant's minimum drop again.
  if (check.currentCount !== null && baseline.expectedCount !== undefined && baseline.expectedCount - check.currentCount < baseline.minDrop) {
    return { kind: 'resolved', outcome: 'refill.resolved' };
  }
  if (CLOSED.includes(order.status)) return { kind: 'stopped', status: order.status };
  return { kind: 'none' };
}

function cancelProgress(intent: 'cancel' | 'refund', order: OrderSnapshot): Progress {
  if (CLOSED.includes(order.status)) return { kind: 'resolved', outcome: intent === 'refund' ? 'refund.resolved' : 'cancel.resolved' };
  if (order.status === 'partial') return { kind: 'ended', outcome: 'cancel.ended_partial', status: 'partial' };
  if (order.status === 'completed') return { kind: 'ended', outcome: 'cancel.ended_completed', status: 'completed' };
  return { kind: 'none' };
}

function speedUpProgress(baseline: ProgressBaseline, order: OrderSnapshot): Progress {
  if (order.status === 'completed') return { kind: 'resolved', outcome: 'speed_up.resolved' };
  if (CLOSED.includes(order.status) || order.status === 'partial') return { kind: 'stopped', status: order.status };
  const started = baseline.status === 'pending' && order.status !== 'pending';
  if (started || order.remains < baseline.remains) return { kind: 'resolved', outcome: 'speed_up.resolved' };
  return { kind: 'none' };
}

/** The baseline a forward decision is measured against. */
export function baselineOf(order: OrderSnapshot, minDrop: number): ProgressBaseline {
  return {
    status: order.status,
    remains: order.remains,
    expectedCount: order.startCount + deliveredOf(order),
    minDrop,
  };
}
