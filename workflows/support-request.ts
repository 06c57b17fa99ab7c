// One support request: one (tenant, order, intent). It reads the order, decides by the
// rulebook, tells its conversation, and stays open while the request needs more: a
// screenshot from the customer, or a person.
import {
  condition,
  getExternalWorkflowHandle,
  log,
  proxyActivities,
  setHandler,
  sleep,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import {
  customerJoinedSignal,
  requestReportSignal,
  requestStatusQuery,
  searchAttributes,
  type RequestState,
  type SupportRequestInput,
  type SupportRequestStatus,
} from './definitions.js';
import { decide } from './rules/decide.js';
import { isEscalation, isForward, type Decision } from './rules/types.js';
import { renderReply } from './replies/index.js';

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

// Our own database: retried until it is back; nothing a request decided may be lost.
const store = proxyActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export async function supportRequestWorkflow(input: SupportRequestInput): Promise<SupportRequestStatus> {
  let state: RequestState = 'received';
  let decision: Decision | null = null;
  let hasScreenshot = input.hasScreenshot;
  let eventSeq = 0;

  setHandler(requestStatusQuery, () => ({ state, decision }));
  // Joined messages are recorded by admission; here they matter only as screenshot proof.
  setHandler(customerJoinedSignal, (joined) => {
    if (joined.attachments.some((a) => a.kind === 'image')) hasScreenshot = true;
  });

  // Set by the request itself, so any starter (a conversation, a replay, a test) gets them.
  upsertSearchAttributes([
    { key: searchAttributes.tenantId, value: input.tenantId },
    { key: searchAttributes.orderId, value: input.orderId },
    { key: searchAttributes.intent, value: input.intent },
    { key: searchAttributes.requestState, value: state },
  ]);
  await progress('received', 'opened', { orderId: input.orderId, intent: input.intent });

  for (;;) {
    decision = await decideNow(hasScreenshot);
    const next = stateAfter(decision);
    await progress(next, 'decided', { reply: renderReply(decision, { orderId: input.orderId, language: input.language }) }, decision);
    await report(next, decision);

    if (decision.code !== 'request.need_screenshot') break;
    // The customer is asked for a screenshot; decide again when it comes, or give up.
    const got = await condition(() => hasScreenshot, input.timings.screenshotWaitSeconds * 1000);
    if (!got) return finish('closed', 'screenshot_timeout');
    await progress('received', 'screenshot_received', {});
  }

  if (isForward(decision.code) || isEscalation(decision.code)) {
    // Dispatch and staff decisions are not automated yet: the request stays open (so new
    // messages about it join it) until people have had their time with it.
    await progress(state, isForward(decision.code) ? 'pending_dispatch' : 'awaiting_staff', {});
    await sleep(input.timings.staffWaitSeconds * 1000);
    return finish('closed', 'staff_wait_ended');
  }
  return finish('closed', 'closed');

  // ---- helpers ------------------------------------------------------------------------

  async function decideNow(screenshot: boolean): Promise<Decision> {
    const order = await fetchOrderOrNull();
    if (order === 'unavailable') return { code: 'other.escalate' };
    const currentCount = order && input.intent === 'refill' ? await readCount(order.link) : null;
    return decide({
      intent: input.intent,
      customer: input.customer,
      order,
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

  async function fetchOrderOrNull() {
    if (input.intent === 'other') return null;
    try {
      return await panel.fetchOrder({ tenantId: input.tenantId, orderId: input.orderId });
    } catch (err) {
      // The panel stayed unreachable (or refused our key) for the whole retry budget: a
      // person has to look, with the reason on the timeline.
      log.warn('order lookup failed', { orderId: input.orderId, error: String(err) });
      await progress('escalated', 'order_lookup_failed', { error: String(err) });
      return 'unavailable' as const;
    }
  }

  async function progress(next: RequestState, kind: string, detail: Record<string, unknown>, d?: Decision, close = false) {
    if (next !== state) upsertSearchAttributes([{ key: searchAttributes.requestState, value: next }]);
    state = next;
    await store.recordRequestProgress({
      requestId: input.requestId,
      state: next,
      decision: d,
      eventKey: `${workflowInfo().runId}:${eventSeq++}`,
      kind,
      detail,
      close,
    });
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
    await progress(final, kind, {}, undefined, true);
    return { state, decision };
  }
}

function stateAfter(d: Decision): RequestState {
  if (d.code === 'request.need_screenshot') return 'waiting_customer';
  if (isEscalation(d.code)) return 'escalated';
  if (isForward(d.code)) return 'received';
  return 'closed';
}
