// One per tenant, for as long as the tenant exists: sleep to the billing anniversary, close
// the cycle (overage invoice, scheduled downgrade, base credits renewed), issue the renewal
// invoice, and three days later block new requests if it is still unpaid. Paying the
// renewal lifts the block in the same transaction that records the payment.
import { ApplicationFailure, continueAsNew, log, proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import { RENEWAL_GRACE_MS, subscriptionStateQuery, type CycleInvoices, type SubscriptionInput, type SubscriptionState } from './billing-definitions.js';

// The database: retried patiently, a cycle has to close.
const billing = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});
// Invoicing reaches the payment gateway: a bounded budget, then the owner is told.
const invoicing = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes', maximumAttempts: 12 },
});
const owner = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes', maximumAttempts: 10 },
});

const CYCLES_PER_RUN = 12;

export async function subscriptionWorkflow(input: SubscriptionInput): Promise<void> {
  const { tenantId } = input;
  const graceMs = input.graceMs ?? RENEWAL_GRACE_MS;
  const state: SubscriptionState = { cyclesClosed: input.cyclesClosed ?? 0, cycleEnd: null, lastClosed: null, blockedBy: null };
  setHandler(subscriptionStateQuery, () => state);
  const now = () => new Date().toISOString();
  const tell = (key: string, text: string) => owner.notifyOwner({ tenantId, requestId: null, key: `subscription:${key}`, kind: 'billing', text }).catch((err: unknown) => {
    log.warn('telling the owner failed', { tenantId, key, err: String(err) });
  });

  for (let i = 0; ; i++) {
    const cycle = await billing.subscriptionCycle({ tenantId, at: now() });
    state.cycleEnd = cycle.end;
    await sleep(Math.max(0, Date.parse(cycle.end) - Date.now()));

    const closed = await closeCycle(tenantId, now(), tell);
    state.cyclesClosed++;
    state.lastClosed = closed;

    if (closed?.renewal) {
      await sleep(graceMs);
      if (await billing.blockIfUnpaid({ invoiceId: closed.renewal.id, at: now() })) {
        state.blockedBy = closed.renewal.id;
        await tell(`blocked:${closed.renewal.id}`, `The renewal invoice ${closed.renewal.id} is unpaid after its grace: new requests are blocked until it is paid (${closed.renewal.url ?? 'see GET /v1/billing/invoices'}). Open requests go on.`);
      }
    }
    if (workflowInfo().continueAsNewSuggested || i + 1 >= CYCLES_PER_RUN) {
      await continueAsNew<typeof subscriptionWorkflow>({ tenantId, graceMs: input.graceMs, cyclesClosed: state.cyclesClosed });
    }
  }
}

/** The cycle closes even when the gateway cannot invoice it; the owner hears about either. */
async function closeCycle(tenantId: string, at: string, tell: (key: string, text: string) => Promise<void>): Promise<CycleInvoices | null> {
  try {
    const closed = await invoicing.closeCycle({ tenantId, at });
    const money = (c: number) => `$${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
    if (closed.overage) await tell(`overage:${closed.overage.id}`, `Overage of the cycle that ended: ${money(closed.overage.amountCents)}, invoice ${closed.overage.id} (${closed.overage.url ?? ''}).`);
    if (closed.renewal) await tell(`renewal:${closed.renewal.id}`, `New cycle on ${closed.plan} until ${closed.cycleEnd}: renewal invoice ${closed.renewal.id}, ${money(closed.renewal.amountCents)} (${closed.renewal.url ?? ''}). Unpaid three days from now, new requests are blocked.`);
    return closed;
  } catch (err) {
    if (err instanceof ApplicationFailure && err.nonRetryable) throw err;
    // The roll itself happens lazily on the next admission too; only the invoices are missing.
    await tell(`close-failed:${at}`, `The billing cycle closed, but its invoices could not be issued: ${String(err)}.`);
    return null;
  }
}
