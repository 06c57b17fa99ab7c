// One support request: one (tenant, order, intent). It reads the order, decides by the
// rulebook and tells its conversation; then, for a forward decision, it gets the provider
// to do the work and watches until the problem is solved, and for anything a machine
// should not settle, it waits for a person.
import { condition, getExternalWorkflowHandle, log, patched, proxyActivities, setHandler, sleep, upsertSearchAttributes } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import {
  customerJoinedSignal,
  requestReportSignal,
  searchAttributes,
  type RequestState,
  type SupportRequestInput,
  type SupportRequestStatus,
} from './definitions.js';
import { RequestRuntime } from './request-runtime.js';
import { handOver, startState } from './lifecycle.js';
import { baselineOf } from './rules/progress.js';
import { decide } from './rules/decide.js';
import { isEscalation, isForward, type Decision, type OrderSnapshot } from './rules/types.js';
import { renderReply } from './replies/index.js';

/** Requests started before dispatch and escalations were automated replay without them. */
export const LIFECYCLE_PATCH = 'lifecycle-v1';

// The panel may be slow or down for a while: keep trying for a day before giving up.
const panel = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  scheduleToCloseTimeout: '24 hours',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

// A count that cannot be read soon is "unknown" (refill.forward_unverified), not a reason to wait.
const counts = proxyActivities<Activities>({
  startToCloseTimeout: '20 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumAttempts: 4 },
});

export async function supportRequestWorkflow(input: SupportRequestInput): Promise<SupportRequestStatus> {
  const rt = new RequestRuntime(input);
  let hasScreenshot = input.hasScreenshot;
  let order: OrderSnapshot | null = null;
  rt.registerHandlers();
  // Joined messages are recorded by admission; here they matter only as screenshot proof.
  setHandler(customerJoinedSignal, (joined) => {
    if (joined.attachments.some((a) => a.kind === 'image')) hasScreenshot = true;
  });

  if (input.resume) {
    // A long-monitored request continued as new: pick the watch up where it was.
    rt.state = input.resume.state;
    rt.decision = input.resume.decision;
    rt.round = input.resume.round;
    await handOver(rt, { ...input.resume.lifecycle }, { kind: 'watch' });
    return { state: rt.state, decision: rt.decision };
  }

  // Set by the request itself, so any starter (a conversation, a replay, a test) gets them.
  upsertSearchAttributes([
    { key: searchAttributes.tenantId, value: input.tenantId },
    { key: searchAttributes.orderId, value: input.orderId },
    { key: searchAttributes.intent, value: input.intent },
    { key: searchAttributes.requestState, value: rt.state },
  ]);
  await rt.progress('received', 'opened', { orderId: input.orderId, intent: input.intent });

  let decision: Decision;
  for (;;) {
    decision = await decideNow(hasScreenshot);
    rt.decision = decision;
    const next = stateAfter(decision);
    await rt.progress(next, 'decided', { reply: renderReply(decision, { orderId: input.orderId, language: input.language }), order }, decision);
    await report(next, decision);

    if (decision.code !== 'request.need_screenshot') break;
    // The customer is asked for a screenshot; decide again when it comes, or give up.
    const got = await condition(() => hasScreenshot, input.timings.screenshotWaitSeconds * 1000);
    if (!got) return finish('closed', 'screenshot_timeout');
    await rt.progress('received', 'screenshot_received', {});
  }

  if (isForward(decision.code) || isEscalation(decision.code)) {
    if (patched(LIFECYCLE_PATCH)) {
      if (isForward(decision.code) && order) {
        await handOver(rt, startState(order, decision, baselineOf(order, input.settings.minDrop)), { kind: 'send', sendKind: 'initial' });
      } else {
        await handOver(rt, startState(order ?? blankOrder(), decision, baselineOf(order ?? blankOrder(), 1)), { kind: 'escalate', reason: reasonOf(decision) });
      }
      return { state: rt.state, decision };
    }
    await rt.progress(rt.state, isForward(decision.code) ? 'pending_dispatch' : 'awaiting_staff', {});
    await sleep(input.timings.staffWaitSeconds * 1000);
    return finish('closed', 'staff_wait_ended');
  }
  return finish('closed', 'closed');

  // ---- helpers ------------------------------------------------------------------------

  async function decideNow(screenshot: boolean): Promise<Decision> {
    const fetched = await fetchOrderOrNull();
    if (fetched === 'unavailable') return { code: 'other.escalate' };
    order = fetched;
    const currentCount = fetched && input.intent === 'refill' ? await readCount(fetched.link) : null;
    return decide({
      intent: input.intent,
      customer: input.customer,
      order: fetched,
      currentCount,
      now: Date.now(),
      settings: input.settings,
      hasScreenshot: screenshot,
    });
  }

  async function readCount(link: string | undefined): Promise<number | null> {
    try {
      return await counts.readCurrentCount({ tenantId: input.tenantId, link });
    } catch (err) {
      log.warn('count unavailable', { error: String(err) });
      return null;
    }
  }

  async function fetchOrderOrNull(): Promise<OrderSnapshot | null | 'unavailable'> {
    if (input.intent === 'other') return null;
    try {
      return await panel.fetchOrder({ tenantId: input.tenantId, orderId: input.orderId });
    } catch (err) {
      // The panel stayed unreachable (or refused our key) for the whole retry budget: a
      // person has to look, with the reason on the timeline.
      log.warn('order lookup failed', { orderId: input.orderId, error: String(err) });
      await rt.progress('escalated', 'order_lookup_failed', { error: String(err) });
      return 'unavailable';
    }
  }

  async function report(next: RequestState, d: Decision) {
    try {
      await getExternalWorkflowHandle(input.conversationWorkflowId).signal(requestReportSignal, {
        requestId: input.requestId,
        orderId: input.orderId,
        intent: input.intent,
        decision: d,
        state: next,
      });
    } catch (err) {
      // The conversation may have ended; the decision is in the read model regardless.
      log.info('conversation not reachable for report', { error: String(err) });
    }
  }

  async function finish(final: RequestState, kind: string): Promise<SupportRequestStatus> {
    await rt.progress(final, kind, {}, undefined, true);
    return { state: rt.state, decision: rt.decision };
  }
}

function stateAfter(d: Decision): RequestState {
  if (d.code === 'request.need_screenshot') return 'waiting_customer';
  if (isEscalation(d.code)) return 'escalated';
  if (isForward(d.code)) return 'received';
  return 'closed';
}

function reasonOf(d: Decision): string {
  if (d.code === 'refund.escalate') return 'a refund that cannot be handled as a cancel';
  return 'a question without an order action';
}

/** Escalations without an order (an `other` question) still carry a lifecycle record. */
function blankOrder(): OrderSnapshot {
  return { id: '', user: '', status: 'pending', createdAt: new Date(0).toISOString(), quantity: 0, startCount: 0, remains: 0, provider: '', externalId: '', service: { id: 0, name: '', refill: false, cancel: false, averageTimeMinutes: null } };
}
