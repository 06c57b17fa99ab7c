// Billing as the request lifecycle sees it: follow-up checks spend tracking credits, and a
// tenant out of credits pauses tracking until some come back.
import type { Sql } from '../infra/db/database.js';
import { creditsLeft, spendTrackingCredit, type CreditCharge } from '../infra/billing/credits.js';
import { LOW_CREDITS_BELOW } from '../infra/billing/plans.js';

export { addPrepaidCredits } from '../infra/billing/credits.js';

export interface BillingDeps {
  sql: Sql;
  now?: () => Date;
  /** The warning below 500 credits and the alert at 0 go to the owner this way. */
  notifyOwner?: (n: { tenantId: string; requestId: null; key: string; kind: string; text: string }) => Promise<void>;
}

export function createBillingActivities({ sql, now = () => new Date(), notifyOwner }: BillingDeps) {
  return {
    /**
     * One credit for one check of an order. `ref` names the check (e.g. request + check
     * number) so a retried activity charges once; ok=false means none were left and
     * nothing was charged.
     */
    async consumeTrackingCredit(input: { tenantId: string; ref: string }): Promise<CreditCharge> {
      const charge = await spendTrackingCredit(sql, input.tenantId, input.ref, now());
      // Told once per crossing: keyed by the check that crossed, which a retry repeats.
      const notice = !charge.ok ? null
        : charge.remaining === LOW_CREDITS_BELOW - 1 ? `Tracking credits are running low: ${charge.remaining} left. Buy a pack (POST /v1/billing/credit-packs) to keep tracking.`
          : charge.remaining === 0 ? 'Tracking credits are used up: tracking is paused until credits come back (the next cycle, or a pack from POST /v1/billing/credit-packs).'
            : null;
      if (notice && notifyOwner) {
        await notifyOwner({ tenantId: input.tenantId, requestId: null, key: `credits:${charge.level}:${input.ref}`, kind: 'credits', text: notice });
      }
      return charge;
    },

    async trackingCreditsLeft(input: { tenantId: string }): Promise<number> {
      return creditsLeft(sql, input.tenantId, now());
    },
  };
}
