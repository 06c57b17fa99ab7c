// Billing as the request lifecycle sees it: follow-up checks spend tracking credits, and a
// tenant out of credits pauses tracking until some come back.
import type { Sql } from '../infra/db/database.js';
import { creditsLeft, spendTrackingCredit, type CreditCharge } from '../infra/billing/credits.js';

export { addPrepaidCredits } from '../infra/billing/credits.js';

export interface BillingDeps {
  sql: Sql;
  now?: () => Date;
}

export function createBillingActivities({ sql, now = () => new Date() }: BillingDeps) {
  return {
    /**
     * One credit for one check of an order. `ref` names the check (e.g. request + check
     * number) so a retried activity charges once; ok=false means none were left and
     * nothing was charged.
     */
    async consumeTrackingCredit(input: { tenantId: string; ref: string }): Promise<CreditCharge> {
      return spendTrackingCredit(sql, input.tenantId, input.ref, now());
    },

    async trackingCreditsLeft(input: { tenantId: string }): Promise<number> {
      return creditsLeft(sql, input.tenantId, now());
    },
  };
}
