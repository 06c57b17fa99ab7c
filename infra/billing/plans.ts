// Plans, credit packs and the pure rules around them: billing cycles and Enterprise overage.
// Prices are in US cents. Dates are handled in UTC so an anniversary means the same day
// wherever the server runs.

export const PLAN_IDS = ['starter', 'growth', 'scale', 'enterprise'] as const;
export type PlanId = (typeof PLAN_IDS)[number];

export interface Plan {
  name: string;
  priceCents: number;
  /** Support requests included per cycle. */
  requests: number;
  /** Tracking credits granted each cycle; they expire at its end. */
  baseCredits: number;
  /** Enterprise only: requests over quota are admitted and billed in blocks at cycle end. */
  overage: { blockRequests: number; blockPriceCents: number } | null;
}

export const PLANS: Record<PlanId, Plan> = {
  starter: { name: 'Starter', priceCents: 2_900, requests: 50, baseCredits: 500, overage: null },
  growth: { name: 'Growth', priceCents: 6_900, requests: 200, baseCredits: 2_000, overage: null },
  scale: { name: 'Scale', priceCents: 14_900, requests: 500, baseCredits: 6_000, overage: null },
  enterprise: {
    name: 'Enterprise',
    priceCents: 29_900,
    requests: 1_000,
    baseCredits: 20_000,
    overage: { blockRequests: 500, blockPriceCents: 7_900 },
  },
};

export const CREDIT_PACK_IDS = ['small', 'medium', 'large', 'xl'] as const;
export type CreditPackId = (typeof CREDIT_PACK_IDS)[number];

export const CREDIT_PACKS: Record<CreditPackId, { name: string; credits: number; priceCents: number }> = {
  small: { name: 'Small', credits: 1_000, priceCents: 900 },
  medium: { name: 'Medium', credits: 5_000, priceCents: 3_900 },
  large: { name: 'Large', credits: 15_000, priceCents: 9_900 },
  xl: { name: 'XL', credits: 50_000, priceCents: 27_900 },
};

/** Tracking credits below this warn the owner; at 0 tracking pauses. */
export const LOW_CREDITS_BELOW = 500;
export type CreditLevel = 'ok' | 'low' | 'empty';

export function creditLevel(remaining: number): CreditLevel {
  if (remaining <= 0) return 'empty';
  return remaining < LOW_CREDITS_BELOW ? 'low' : 'ok';
}

export function isPlanId(value: string): value is PlanId {
  return (PLAN_IDS as readonly string[]).includes(value);
}

/** Plans are listed cheapest first, so their order is their rank. */
export function isDowngrade(from: PlanId, to: PlanId): boolean {
  return PLAN_IDS.indexOf(to) < PLAN_IDS.indexOf(from);
}

/** The anchor moved by whole calendar months, its day clamped to the month's last day. */
export function addMonths(anchor: Date, months: number): Date {
  const y = anchor.getUTCFullYear();
  const m = anchor.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(
    y, m, Math.min(anchor.getUTCDate(), lastDay),
    anchor.getUTCHours(), anchor.getUTCMinutes(), anchor.getUTCSeconds(), anchor.getUTCMilliseconds(),
  ));
}

/**
 * The end of the cycle that starts at `start`: the next anniversary of `anchor` after it.
 * The anchor defaults to the start; pass the original one so a cycle that started on a
 * clamped day (Feb 28 for an anniversary on the 31st) still ends on Mar 31.
 */
export function cycleEnd(start: Date, anchor: Date = start): Date {
  return cycleAt(anchor, start).end;
}

/** The cycle, counted from the anchor, that contains `at`: start <= at < end. */
export function cycleAt(anchor: Date, at: Date): { start: Date; end: Date } {
  let k = (at.getUTCFullYear() - anchor.getUTCFullYear()) * 12 + at.getUTCMonth() - anchor.getUTCMonth();
  if (addMonths(anchor, k) > at) k -= 1;
  return { start: addMonths(anchor, k), end: addMonths(anchor, k + 1) };
}

/** Requests over what the cycle includes (the plan's quota plus any upgrade bonus). */
export function overageRequests(plan: PlanId, used: number, bonus = 0): number {
  return Math.max(0, used - PLANS[plan].requests - bonus);
}

/** What the overage of a cycle costs: $79 per started block of 500 on Enterprise. */
export function overageCents(plan: PlanId, used: number, bonus = 0): number {
  const rule = PLANS[plan].overage;
  if (!rule) return 0;
  return Math.ceil(overageRequests(plan, used, bonus) / rule.blockRequests) * rule.blockPriceCents;
}

/** The plan price plus its overage: 1,300 requests on Enterprise → $299 + $79 = $378. */
export function cycleChargeCents(plan: PlanId, used: number, bonus = 0): number {
  return PLANS[plan].priceCents + overageCents(plan, used, bonus);
}
