// After a forward decision: hand the work to the provider, watch the order on the tenant's
// tracker, follow up when nothing moves, and hand over to a person when the provider
// refuses or the follow-ups run out (SPEC section 6).
import { condition, continueAsNew, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import type { DispatchIntent } from '../activities/dispatch.js';
import type { RequestResume, SupportRequestInput } from './definitions.js';
import type { RequestRuntime } from './request-runtime.js';
import { store } from './request-runtime.js';
import { escalate, tellCustomers, type Next } from './escalation.js';
import { evaluateProgress, type ProgressBaseline } from './rules/progress.js';
import { DEFAULT_TIMINGS } from './timings.js';
import type { Decision, OrderSnapshot } from './rules/types.js';

// Sending to a provider is never retried blindly: the activity itself records each
// attempt and reports "maybe sent" instead of sending again.
const provider = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  heartbeatTimeout: '10 seconds',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes', maximumAttempts: 10 },
});


/** Where a request is in its lifecycle; carried across continue-as-new. */
export interface LifecycleState {
  attempt: number;
  followUps: number;
  lastContactAt: number;
  baseline: ProgressBaseline;
  target: { provider: string; externalId: string };
  drop?: number;
}

export function startState(order: OrderSnapshot, decision: Decision, baseline: ProgressBaseline): LifecycleState {
  return {
    attempt: 0,
    followUps: 0,
    lastContactAt: Date.now(),
    baseline,
    target: { provider: order.provider, externalId: order.externalId },
    drop: decision.drop,
  };
}

export async function handOver(rt: RequestRuntime, ls: LifecycleState, first: Next): Promise<void> {
  let next: Next = first;
  while (next.kind !== 'done') {
    if (next.kind === 'send') {
      const retry = next.sendKind === 'retry';
      next = await send(rt, ls, next.sendKind);
      if (retry) rt.decisionDone();
    }
    else if (next.kind === 'watch') next = await watch(rt, ls);
    else next = await escalate(rt, next.reason);
  }
}

async function send(rt: RequestRuntime, ls: LifecycleState, kind: 'initial' | 'follow_up' | 'retry'): Promise<Next> {
  const intent: DispatchIntent = rt.input.intent === 'refund' ? 'cancel' : (rt.input.intent as DispatchIntent);
  if (ls.attempt === 0) {
    // Tracking rounds read refill statuses by provider, and people read who was asked.
    await store.recordDispatchTarget({ requestId: rt.input.requestId, provider: ls.target.provider, externalId: ls.target.externalId });
  }
  ls.attempt++;
  if (kind !== 'follow_up') ls.followUps = 0;
  const r = await provider.dispatchToProvider({
    tenantId: rt.input.tenantId,
    requestId: rt.input.requestId,
    attempt: ls.attempt,
    kind,
    intent,
    provider: ls.target.provider,
    externalId: ls.target.externalId,
    drop: ls.drop,
  });
  ls.lastContactAt = Date.now();
  const state = kind === 'follow_up' ? rt.state : 'dispatched';
  await rt.progress(state, kind === 'follow_up' ? 'followed_up' : 'dispatched', { attempt: ls.attempt, ...r });

  if (r.status === 'unsupported' || r.status === 'failed') return { kind: 'escalate', reason: `could not reach the provider: ${r.detail}` };
  if (r.verdict === 'declined') return declined(rt, r.detail);
  if (r.verdict === 'confirmed') await rt.progress(state, 'acknowledged', { by: r.channel });
  if (kind !== 'follow_up') {
    await rt.progress('monitoring', 'monitoring', {});
    await store.ensureTracking({ tenantId: rt.input.tenantId });
  }
  return { kind: 'watch' };
}

async function watch(rt: RequestRuntime, ls: LifecycleState): Promise<Next> {
  const t = { ...DEFAULT_TIMINGS, ...definedOnly(rt.input.timings) };
  for (;;) {
    const dueAt = ls.lastContactAt + 1000 * (ls.followUps === 0 ? t.followUpAfterSeconds : t.followUpCooldownSeconds);
    const waitMs = dueAt - Date.now();
    if (waitMs > 0) await condition(() => rt.checks.length > 0 || rt.replies.length > 0, waitMs);

    while (rt.replies.length > 0) {
      const reply = rt.replies.shift()!;
      await rt.progress(rt.state, 'provider_reply', { text: reply.text, verdict: reply.verdict });
      if (reply.verdict === 'declined') return declined(rt, reply.text);
      if (reply.verdict === 'confirmed') await rt.progress(rt.state, 'acknowledged', { by: 'provider reply' });
    }

    while (rt.checks.length > 0) {
      const check = rt.checks.shift()!;
      const p = evaluateProgress(rt.input.intent, ls.baseline, check);
      await rt.progress(rt.state, 'checked', { round: check.round, status: check.order?.status ?? null, currentCount: check.currentCount, progress: p.kind });
      if (p.kind === 'resolved') {
        await tellCustomers(rt, p.outcome, check.order);
        await rt.progress('resolved', 'resolved', { outcome: p.outcome }, undefined, true);
        return { kind: 'done' };
      }
      if (p.kind === 'ended') {
        await tellCustomers(rt, p.outcome, check.order);
        await rt.progress('closed', 'ended', { outcome: p.outcome, status: p.status }, undefined, true);
        return { kind: 'done' };
      }
      if (p.kind === 'declined') return declined(rt, p.reason);
      if (p.kind === 'stopped') {
        // The order closed some other way; tracking it further would only spend credits.
        await rt.progress('closed', 'tracking_stopped', { status: p.status }, undefined, true);
        return { kind: 'done' };
      }
    }

    if (historyTooLong(rt)) await continueWatching(rt, ls);

    if (Date.now() >= dueAt) {
      if (ls.followUps >= t.maxFollowUps) return { kind: 'escalate', reason: `no progress after ${ls.followUps} follow-ups` };
      ls.followUps++;
      return { kind: 'send', sendKind: 'follow_up' };
    }
  }
}

async function declined(rt: RequestRuntime, why: string): Promise<Next> {
  await store.notifyOwner({
    tenantId: rt.input.tenantId,
    requestId: rt.input.requestId,
    key: `declined:${rt.input.requestId}:${rt.seq}`,
    kind: 'provider_declined',
    text: `Provider declined ${rt.input.intent} for order ${rt.input.orderId} (request ${rt.input.requestId}): ${why}`,
  });
  return { kind: 'escalate', reason: `the provider declined: ${why}` };
}

const DEFAULT_CONTINUE_AFTER_EVENTS = 5000;

function historyTooLong(rt: RequestRuntime): boolean {
  const info = workflowInfo();
  return info.continueAsNewSuggested || info.historyLength > (rt.input.continueAfterEvents ?? DEFAULT_CONTINUE_AFTER_EVENTS);
}

/** Weeks of checks make a long history: carry the watch into a fresh run of the same request. */
async function continueWatching(rt: RequestRuntime, ls: LifecycleState): Promise<never> {
  await rt.progress(rt.state, 'continued_as_new', { historyLength: workflowInfo().historyLength });
  const resume: RequestResume = { state: rt.state, decision: rt.decision!, round: rt.round, lifecycle: { ...ls, baseline: { ...ls.baseline } } };
  return continueAsNew<(input: SupportRequestInput) => Promise<unknown>>({ ...rt.input, resume });
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
