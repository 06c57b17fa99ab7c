// Autonomous refunds inside a request (SPEC 10.3). When the tenant turns `autoRefund` on, a
// refund request the rules would cancel or hand to a person is first checked against every
// criterion, each written on the timeline with what was read. All held: the refund is made
// through the panel (once per order, ever: the activity claims the order first) and the
// customer is told. Anything failed or unknown: a person decides, with the criteria listed.
import type { RefundCriterion } from './rules/refund.js';
import { checkRefundCriteria } from './rules/refund.js';
import type { Decision } from './rules/types.js';
import { failureMessage, refunds } from './activity-proxies.js';

export interface RefundRequest {
  tenantId: string;
  requestId: string;
  orderId: string;
  customer: string;
}

/** keep: the rules' decision stands; decided: a new decision (escalations carry their reason). */
export type RefundSettlement = { kind: 'keep' } | { kind: 'decided'; decision: Decision; escalation?: string };

type Record = (kind: string, detail: { [key: string]: unknown }) => Promise<void>;

/** Whether the tenant's autonomous refunds may refine this decision (SPEC 5, refund 2 and 3). */
export function refundCandidate(decision: Decision): boolean {
  return decision.code === 'refund.forward_cancel' || decision.code === 'refund.escalate';
}

export async function settleRefund(req: RefundRequest, decision: Decision, record: Record): Promise<RefundSettlement> {
  let facts;
  try {
    facts = await refunds.readRefundFacts({ tenantId: req.tenantId, orderId: req.orderId, customer: req.customer, now: new Date(Date.now()).toISOString() });
  } catch (err) {
    const reason = failureMessage(err);
    await record('refund_facts_failed', { reason });
    return escalate(decision, `autonomous refund not checked: its facts could not be read (${reason})`);
  }
  // The order vanished from the panel between two reads: the rules' decision stands.
  if (!facts) return { kind: 'keep' };
  const verdict = checkRefundCriteria(facts);
  // Turned off since the request was opened: refunds stay with people.
  if (verdict.verdict === 'off') return { kind: 'keep' };
  for (const c of verdict.criteria) await record('refund_criterion', { name: c.name, state: c.state, evidence: c.evidence });

  if (verdict.verdict === 'escalate') {
    const open = verdict.criteria.filter((c) => c.state !== 'held');
    // The provider is still delivering: a cancel is the next step, as without autonomous refunds.
    if (decision.code === 'refund.forward_cancel' && open.length === 1 && open[0]!.name === 'provider_confirmed' && open[0]!.state === 'failed') {
      await record('refund_deferred', { reason: 'the provider has not stopped the order: it is asked to cancel first' });
      return { kind: 'keep' };
    }
    return escalate(decision, `autonomous refund not proven: ${criteriaText(verdict.criteria)}`);
  }

  const execution = {
    tenantId: req.tenantId,
    requestId: req.requestId,
    orderId: req.orderId,
    customer: req.customer,
    action: verdict.action!,
    amount: verdict.amount!,
    currency: verdict.currency ?? '',
    criteria: verdict.criteria,
    ...(verdict.action === 'set_partial' && facts.providerStatus ? { remains: facts.providerStatus.remains } : {}),
  };
  let outcome;
  try {
    outcome = await refunds.executeRefund(execution);
  } catch (err) {
    // The claim stays: no later try or request refunds this order without a person.
    const reason = failureMessage(err);
    await record('refund_failed', { reason });
    return escalate(decision, `the refund could not be confirmed on the panel; check the order there before refunding (${reason})`);
  }
  await record(`refund_${outcome.status}`, { action: execution.action, amount: execution.amount, currency: execution.currency, detail: outcome.detail });
  switch (outcome.status) {
    case 'executed':
      return { kind: 'decided', decision: { ...decision, code: 'refund.executed', refundAmount: execution.amount, refundCurrency: execution.currency } };
    case 'already_refunded':
      return { kind: 'decided', decision: { ...decision, code: 'refund.already_refunded' } };
    default:
      return escalate(decision, `the panel refused the refund: ${outcome.detail}; ${criteriaText(verdict.criteria)}`);
  }
}

function escalate(decision: Decision, reason: string): RefundSettlement {
  return { kind: 'decided', decision: { ...decision, code: 'refund.escalate' }, escalation: reason };
}

/** One criterion after another, as the owner reads them in the escalation. */
export function criteriaText(criteria: RefundCriterion[]): string {
  return criteria.map((c) => `${c.name} ${c.state} (${c.evidence})`).join('; ');
}
