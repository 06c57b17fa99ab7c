// A request that needs a person: the owner is told, the customer is told a person will
// handle it, and the request waits for a staff decision (an update with a validator),
// reminding the owner while nobody decides.
import { condition } from '@temporalio/workflow';
import type { RequestRuntime } from './request-runtime.js';
import { store } from './request-runtime.js';
import { DEFAULT_TIMINGS } from './timings.js';
import { renderOutcome, type OutcomeCode } from './replies/index.js';
import type { OrderSnapshot } from './rules/types.js';
import { deliveredOf } from './rules/decide.js';

export type Next =
  | { kind: 'send'; sendKind: 'initial' | 'follow_up' | 'retry' }
  | { kind: 'watch' }
  | { kind: 'escalate'; reason: string }
  | { kind: 'done' };

export async function escalate(rt: RequestRuntime, reason: string): Promise<Next> {
  const { input } = rt;
  const reminderMs = 1000 * (input.timings.escalationReminderSeconds ?? DEFAULT_TIMINGS.escalationReminderSeconds);
  const deadline = Date.now() + 1000 * input.timings.staffWaitSeconds;
  const round = rt.seq;
  await rt.progress('escalated', 'escalated', { reason });
  await store.notifyOwner({
    tenantId: input.tenantId,
    requestId: input.requestId,
    key: `escalated:${input.requestId}:${round}`,
    kind: 'escalation',
    text: `Request ${input.requestId} (${input.intent}, order ${input.orderId || '-'}) needs a decision: ${reason}`,
  });
  await tellCustomers(rt, 'request.escalated', null, `escalated:${round}`);

  for (let reminders = 0; ; ) {
    const wait = Math.min(reminderMs, deadline - Date.now());
    const got = wait > 0 && (await condition(() => rt.decisions.length > 0, wait));
    if (!got) {
      if (Date.now() >= deadline) {
        await rt.progress('closed', 'escalation_expired', { reminders }, undefined, true);
        return { kind: 'done' };
      }
      reminders++;
      await store.notifyOwner({
        tenantId: input.tenantId,
        requestId: input.requestId,
        key: `reminder:${input.requestId}:${round}:${reminders}`,
        kind: 'reminder',
        text: `Reminder ${reminders}: request ${input.requestId} (order ${input.orderId || '-'}) still waits for a decision: ${reason}`,
      });
      continue;
    }

    const d = rt.decisions.shift()!;
    await rt.progress('escalated', 'staff_decision', { action: d.action, message: d.message ?? null, by: d.by ?? null });
    const next = await carryOut(rt, d.action, d.message);
    // A retry is answered once it has been dispatched again (see handOver).
    if (next?.kind !== 'send') rt.decisionDone();
    if (next) return next;
  }
}

async function carryOut(rt: RequestRuntime, action: string, message?: string): Promise<Next | null> {
  const key = `staff:${rt.seq}`;
  switch (action) {
    case 'reply':
      await tellCustomers(rt, 'request.staff_reply', null, key, message);
      return null;
    case 'retry':
      return { kind: 'send', sendKind: 'retry' };
    case 'resolve': {
      const resolved = `${rt.input.intent}.resolved` as OutcomeCode;
      const known: string[] = ['refill.resolved', 'cancel.resolved', 'speed_up.resolved', 'refund.resolved'];
      if (message) await tellCustomers(rt, 'request.staff_reply', null, key, message);
      else await tellCustomers(rt, known.includes(resolved) ? resolved : 'request.closed', null, key);
      await rt.progress('resolved', 'resolved', { by: 'staff' }, undefined, true);
      return { kind: 'done' };
    }
    default:
      await tellCustomers(rt, message ? 'request.staff_reply' : 'request.closed', null, key, message);
      await rt.progress('closed', 'closed', { by: 'staff' }, undefined, true);
      return { kind: 'done' };
  }
}

/** The outcome, in the customer's reply language, to every conversation that asked. */
export async function tellCustomers(rt: RequestRuntime, outcome: OutcomeCode, order: OrderSnapshot | null, key?: string, message?: string): Promise<void> {
  const delivered = order ? deliveredOf(order) : undefined;
  const text = renderOutcome(outcome, {
    orderId: rt.input.orderId,
    language: rt.input.language,
    status: order?.status,
    delivered,
    quantity: order?.quantity,
    message,
  });
  await store.tellCustomers({ requestId: rt.input.requestId, replyKey: `outcome:${rt.input.requestId}:${key ?? outcome}`, text });
}
