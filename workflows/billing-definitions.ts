// The subscription workflow's contract: its ID, input, state query and what a closed cycle
// reports. The API and the service start import these, never the workflow body.
import { defineQuery } from '@temporalio/workflow';

export function subscriptionWorkflowId(tenantId: string): string {
  return `Subscription:${tenantId}`;
}

export interface SubscriptionInput {
  tenantId: string;
  /** How long a renewal may stay unpaid before new requests are blocked (default 3 days). */
  graceMs?: number;
  /** Cycles closed by earlier runs (carried across continue-as-new). */
  cyclesClosed?: number;
}

export interface InvoiceRef {
  id: string;
  amountCents: number;
  url: string | null;
}

export interface CycleInvoices {
  cycleStart: string;
  cycleEnd: string;
  plan: string;
  renewal: InvoiceRef | null;
  overage: InvoiceRef | null;
}

export interface SubscriptionState {
  cyclesClosed: number;
  cycleEnd: string | null;
  lastClosed: CycleInvoices | null;
  /** The renewal whose grace ran out unpaid, last time one did. */
  blockedBy: string | null;
}

export const subscriptionStateQuery = defineQuery<SubscriptionState>('subscriptionState');

export const RENEWAL_GRACE_MS = 3 * 86_400_000;
