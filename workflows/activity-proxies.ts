// One activity proxy per system a workflow talks to, each with the timeouts and the retry
// budget that fit that system. Nothing toward an outside system retries forever: when a
// budget is spent the activity fails, and the workflow records it and carries on.
import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';

/** Business failures that no retry changes; the workflows branch on these types. */
const NEVER_RETRY = ['PanelNotConfigured', 'PanelAuthError', 'PanelRejected', 'UnknownOrderStatus', 'PanelChanged', 'DeliveryRefused', 'DatabaseRejected'];

// The panel may be slow or down for a while: keep trying for a day before a person is asked
// (every half hour once the backoff has grown: about 60 tries in all).
export const panel = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  scheduleToCloseTimeout: '24 hours',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes', nonRetryableErrorTypes: NEVER_RETRY },
});

// A count that cannot be read soon is "unknown" (refill.forward_unverified), not a reason to wait.
// Local: a short budget, and as a task of its own it cost the decision a round trip.
export const countSource = proxyLocalActivities<Activities>({
  startToCloseTimeout: '20 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumAttempts: 4 },
});

// Sending to a provider is never retried blindly: the activity records each attempt and
// reports "maybe sent" instead of sending again.
export const provider = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  heartbeatTimeout: '10 seconds',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes', maximumAttempts: 10 },
});

// The first try at a call on the way to the first reply: inside the workflow task already
// running (one marker), where an activity costs three events and one more workflow task. Only
// when it fails does the call go to the system's durable activity and its whole budget. One
// try, with the durable activities' own time limit: a second attempt started while a slow
// first one is still sending could post a reply twice.
const firstTries = proxyLocalActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { maximumAttempts: 1 },
});

/**
 * `call` through the quick local proxy first, then through `durable` when that failed for a
 * reason a retry may change. A failure no retry changes is the answer at once.
 */
export async function quickThenDurable<K extends keyof Activities>(
  durable: Activities,
  name: K,
  ...args: Parameters<Activities[K]>
): Promise<Awaited<ReturnType<Activities[K]>>> {
  type Fn = (...a: Parameters<Activities[K]>) => Promise<Awaited<ReturnType<Activities[K]>>>;
  try {
    return await (firstTries[name] as unknown as Fn)(...args);
  } catch (err) {
    if (NEVER_RETRY.includes(failureType(err) ?? '')) throw err;
    return (durable[name] as unknown as Fn)(...args);
  }
}

// Customer channels (panel tickets, Telegram chats): about an hour of tries, then the
// failure goes on the request's timeline. A permanent refusal (a locked ticket, a blocked
// bot) fails at once.
const CHANNEL_BUDGET = {
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '15 minutes', maximumAttempts: 8, nonRetryableErrorTypes: NEVER_RETRY },
} as const;
export const delivery = proxyActivities<Activities>(CHANNEL_BUDGET);

// The owner's notices: the read-model row is written first; the admin-chat copy gets the
// same budget as customer deliveries.
export const owner = proxyActivities<Activities>(CHANNEL_BUDGET);

// Reading a message: offline first, the LLM only when configured, with its own fallback.
// A local activity: the offline reading takes milliseconds, and as a task of its own it
// cost the first reply a round trip through the server (three events and a workflow task).
export const reader = proxyLocalActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 10 },
});

// Writing a reply with the LLM: the writer has its own 10 s limit and falls back to the
// template by itself; one more try covers a lost worker, then the template is sent. Local,
// like the reader: without an LLM it only returns the template, and the reply waits on it.
export const writer = proxyLocalActivities<Activities>({
  startToCloseTimeout: '20 seconds',
  retry: { initialInterval: '1 second', maximumAttempts: 2 },
});

// The knowledge base (our database, an embeddings endpoint when configured): a few quick
// tries, then the question goes to a person as it did before there was a knowledge base.
export const knowledge = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '10 seconds', maximumAttempts: 3 },
});

// Refunds through the panel: the activity claims the order in our database before calling,
// so a retry asks the panel whether the refund took effect instead of calling again. About
// half an hour of tries, then a person checks the order on the panel.
export const refunds = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes', maximumAttempts: 10, nonRetryableErrorTypes: NEVER_RETRY },
});

// Pilot drafts: our database, and the admin-chat copy (which the activity gives up on by
// itself: the draft still waits in the API's queue). A few quick tries.
export const pilot = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 10, nonRetryableErrorTypes: NEVER_RETRY },
});

// Our own database: short local activities (one history marker each). Transient errors are
// retried until it is back, since a lost write would lose what a request decided; a
// rejection no retry can change (bad data) fails at once and the workflow goes on.
export const readModel = proxyLocalActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  localRetryThreshold: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute', nonRetryableErrorTypes: NEVER_RETRY },
});

// Starting the tenant's tracker is a Temporal client call from the worker: our own system,
// quick, so a local activity (one marker instead of a task of its own per dispatch).
export const temporalSide = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** The failure type of a failed activity (the ApplicationFailure's type, however deeply it is wrapped). */
export function failureType(err: unknown): string | undefined {
  let e = err as { type?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 5; depth++, e = e.cause as typeof e) {
    if (typeof e.type === 'string' && e.type) return e.type;
  }
  return undefined;
}

/** The innermost message of an activity failure, for timelines and reasons. */
export function failureMessage(err: unknown): string {
  let e = err as { message?: string; cause?: unknown } | undefined;
  let msg = String(e?.message ?? err);
  for (let depth = 0; e?.cause && depth < 5; depth++) {
    e = e.cause as { message?: string; cause?: unknown };
    if (e?.message) msg = e.message;
  }
  return msg;
}
