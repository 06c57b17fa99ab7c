// One tracker per tenant: on the tenant's tracking interval it runs a round that checks
// every open, dispatched request in batched panel calls and signals each with what it
// found. It ends when a round finds nothing to track; the next dispatch starts it again.
import { continueAsNew, log, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import { trackerWakeSignal, type TrackerInput } from './definitions.js';
import { IntervalWait } from './interval-wait.js';

// A round touches the panel, the count source and the database: give it room, and keep
// retrying through short outages; a round that keeps failing is skipped (a missed round is
// only a later check).
const acts = proxyActivities<Activities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes', maximumAttempts: 6 },
});

const ROUNDS_PER_RUN = 500;

export async function trackerWorkflow(input: TrackerInput): Promise<void> {
  let round = input.round ?? 0;
  let woken = false;
  setHandler(trackerWakeSignal, () => {
    woken = true;
  });
  const interval = new IntervalWait();
  const roundMs = async () => (await acts.loadTenantSettings({ tenantId: input.tenantId })).trackingIntervalSeconds * 1000;

  for (let i = 0; ; i++) {
    const settings = await acts.loadTenantSettings({ tenantId: input.tenantId });
    await interval.wait(settings.trackingIntervalSeconds * 1000, roundMs);
    woken = false;
    round++;
    let tracked: number;
    try {
      tracked = (await acts.runTrackingRound({ tenantId: input.tenantId, round })).tracked;
    } catch (err) {
      // The panel or the count source kept failing for the whole budget: this round is
      // skipped, the next one tries again (requests notice nothing but a late check).
      log.warn('tracking round failed', { round, error: String(err) });
      tracked = 1;
    }
    // A request that started monitoring during the round has woken us: keep going.
    if (tracked === 0 && !woken) return;
    if (workflowInfo().continueAsNewSuggested || i >= ROUNDS_PER_RUN) {
      await continueAsNew<typeof trackerWorkflow>({ tenantId: input.tenantId, round });
    }
  }
}
