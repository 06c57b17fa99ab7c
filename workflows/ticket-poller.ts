// One poller per tenant with a panel: every ticketPollSeconds it hands new customer messages
// in panel tickets to their conversations. A durable loop rather than a Schedule, so the
// interval follows the tenant's setting without re-creating anything.
import { continueAsNew, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import { IntervalWait } from './interval-wait.js';

// A poll that fails is only a later poll: retry briefly, then wait for the next one.
const panel = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 5 },
});
const store = proxyActivities<Activities>({ startToCloseTimeout: '15 seconds' });

const POLLS_PER_RUN = 1000;

export async function ticketPollerWorkflow(input: { tenantId: string }): Promise<void> {
  const interval = new IntervalWait();
  const pollMs = async () => (await store.loadTenantSettings({ tenantId: input.tenantId })).ticketPollSeconds * 1000;
  for (let i = 0; i < POLLS_PER_RUN && !workflowInfo().continueAsNewSuggested; i++) {
    const settings = await store.loadTenantSettings({ tenantId: input.tenantId });
    try {
      await panel.pollTickets({ tenantId: input.tenantId });
    } catch {
      // The panel is down or refused us; the next poll tries again.
    }
    await interval.wait(settings.ticketPollSeconds * 1000, pollMs);
  }
  await continueAsNew<typeof ticketPollerWorkflow>(input);
}
