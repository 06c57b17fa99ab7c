// The pure rules of a plan change: what an upgrade costs and what it carries over. Amounts
// are integer cents, and every division rounds up to the cent in integer arithmetic.
import { PLANS, type PlanId } from './plans.js';

const DAY_MS = 86_400_000;

/** Whole days of the cycle, and the days left in it counting today as a day left. */
export function cycleDays(cycle: { start: Date; end: Date }, now: Date): { total: number; left: number } {
  const total = Math.round((cycle.end.getTime() - cycle.start.getTime()) / DAY_MS);
  const left = Math.ceil((cycle.end.getTime() - now.getTime()) / DAY_MS);
  return { total, left: Math.min(total, Math.max(0, left)) };
}

/**
 * The upgrade invoice: the difference of the two monthly prices, prorated to the days left
 * in the cycle, rounded up to the cent. On the cycle's first day it is the whole
 * difference; on its last day one day's worth.
 */
export function upgradePriceCents(from: PlanId, to: PlanId, cycle: { start: Date; end: Date }, now: Date): number {
  const diff = PLANS[to].priceCents - PLANS[from].priceCents;
  if (diff <= 0) throw new Error(`${to} is not an upgrade from ${from}`);
  const { total, left } = cycleDays(cycle, now);
  return ceilDiv(diff * left, total);
}

/**
 * The requests of the current cycle left unused, carried over as a bonus by an upgrade:
 * 45 of 50 used on Starter, then Growth gives 200 + 5 = 205 for the rest of the cycle.
 */
export function unusedRequests(plan: PlanId, used: number, bonus: number): number {
  return Math.max(0, PLANS[plan].requests + bonus - used);
}

function ceilDiv(a: number, b: number): number {
  return Math.floor((a + b - 1) / b);
}
