// One support request: one (tenant, order, intent), told as the business tells it. Decide
// (waiting for a screenshot when the rules ask for one); for a forward decision dispatch to
// the provider, monitor, follow up; for anything a machine should not settle, escalate and
// carry out the staff decision; then resolve or close. State changes are recorded before
// anything is delivered, and a delivery that fails for good is written on the timeline and
// shown to the owner: it never holds the request back. Timeline events are kept in the
// workflow and written together (flush) before the request waits, reports, or tells anyone,
// so a request costs a few local activities rather than one per event.
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { DispatchIntent, DispatchResult } from '../activities/dispatch.js';
import type { RequestProgress } from '../activities/store.js';
import type { RequestSync } from '../activities/request-sync.js';
import {
  searchAttributes,
  type ProviderReply,
  type RequestResume,
  type RequestState,
  type SupportRequestInput,
  type SupportRequestStatus,
} from './definitions.js';
import { countSource, delivery, failureMessage, failureType, knowledge, owner, panel, provider, quickThenDurable, reader, readModel, temporalSide } from './activity-proxies.js';
import { refundCandidate, settleRefund } from './auto-refund.js';
import { KeySequence } from './keys.js';
import { installPilotGate, type PilotGate } from './pilot-gate.js';
import { throughPilot } from './pilot-step.js';
import { RequestInbox } from './request-inbox.js';
import { baselineOf, evaluateProgress, type OrderCheck } from './rules/progress.js';
import { decide, deliveredOf } from './rules/decide.js';
import { isEscalation, isForward, type Decision, type OrderSnapshot } from './rules/types.js';
import { renderOutcome, renderReply, type OutcomeCode } from './replies/index.js';
import { DEFAULT_TIMINGS } from './timings.js';

export async function supportRequestWorkflow(input: SupportRequestInput): Promise<SupportRequestStatus> {
  return new SupportRequest(input).run();
}

type Step =
  | { kind: 'dispatch'; sendKind: 'initial' | 'follow_up' | 'retry' }
  | { kind: 'monitor' }
  | { kind: 'escalate'; reason: string }
  | { kind: 'done' };

type Lifecycle = RequestResume['lifecycle'];

const DEFAULT_CONTINUE_AFTER_EVENTS = 5000;

class SupportRequest {
  private state: RequestState = 'received';
  private decision: Decision | null = null;
  private lifecycle: Lifecycle | null = null;
  private readonly keys: KeySequence;
  private readonly inbox: RequestInbox;
  private readonly timings: typeof DEFAULT_TIMINGS;
  private readonly gate: PilotGate;
  /** Events recorded since the last flush, in order. */
  private readonly timeline: RequestProgress[] = [];
  /** The provider dispatched to, written with the next flush. */
  private pendingTarget: RequestSync['dispatchTarget'];

  constructor(private readonly input: SupportRequestInput) {
    const resume = input.resume;
    this.keys = new KeySequence(input.requestId, resume?.keySeq ?? 0);
    this.timings = { ...DEFAULT_TIMINGS, ...definedOnly(input.timings) } as typeof DEFAULT_TIMINGS;
    this.inbox = new RequestInbox(
      { state: () => this.state, status: () => this.status(), canRetry: () => Boolean(this.lifecycle?.target.provider) },
      { hasScreenshot: input.hasScreenshot, round: resume?.round ?? 0, seenReplyIds: resume?.seenReplyIds ?? [] },
    );
    if (resume?.unread) {
      this.inbox.checks.push(...resume.unread.checks);
      this.inbox.replies.push(...resume.unread.replies);
      this.inbox.panelSwitched = resume.unread.panelSwitched;
    }
    this.inbox.register();
    this.gate = installPilotGate();
    if (resume) {
      this.state = resume.state;
      this.decision = resume.decision;
      this.lifecycle = { ...resume.lifecycle };
    }
  }

  async run(): Promise<SupportRequestStatus> {
    let next: Step = this.input.resume ? { kind: 'monitor' } : await this.decide();
    while (next.kind !== 'done') {
      if (this.inbox.panelSwitched) next = await this.closeForPanelSwitch();
      else if (next.kind === 'dispatch') next = await this.dispatch(next.sendKind);
      else if (next.kind === 'monitor') next = await this.monitor();
      else next = await this.escalate(next.reason);
    }
    await this.flush();
    await condition(allHandlersFinished);
    return this.status();
  }

  // ---- decide ---------------------------------------------------------------------------

  private async decide(): Promise<Step> {
    // Set by the request itself, so any starter (a conversation, a replay, a test) gets them.
    upsertSearchAttributes([
      { key: searchAttributes.tenantId, value: this.input.tenantId },
      { key: searchAttributes.orderId, value: this.input.orderId },
      { key: searchAttributes.intent, value: this.input.intent },
      { key: searchAttributes.requestState, value: this.state },
    ]);
    await this.record('received', 'opened', { orderId: this.input.orderId, intent: this.input.intent });
    for (;;) {
      const read = await this.readOrder();
      if (read.kind === 'switched') return this.closeForPanelSwitch();
      if (read.kind === 'unavailable') {
        // The customer hears a person will look; the owner hears what actually failed.
        await this.settle({ code: 'other.escalate' }, null, 'escalated');
        return { kind: 'escalate', reason: read.reason };
      }
      let decision = decide({
        intent: this.input.intent,
        customer: this.input.customer,
        order: read.order,
        currentCount: read.currentCount,
        now: Date.now(),
        settings: this.input.settings,
        hasScreenshot: this.inbox.hasScreenshot,
        knowledgeAnswer: read.knowledgeAnswer,
      });
      let escalation: string | undefined;
      if (this.input.autoRefund && read.order && refundCandidate(decision)) {
        const refund = await settleRefund(this.input, decision, (kind, detail) => this.record(this.state, kind, detail));
        if (refund.kind === 'decided') ({ decision, escalation } = refund);
      }
      // A decision that ends the request is closed in the same write as the decision itself.
      const closing = closingOf(decision, read.order !== null);
      await this.settle(decision, read.order, stateAfter(decision), closing);
      if (closing) return { kind: 'done' };
      if (decision.code === 'request.need_screenshot') {
        if (!(await this.waitForScreenshot())) return this.inbox.panelSwitched ? this.closeForPanelSwitch() : this.close('screenshot_timeout');
        continue;
      }
      if (isForward(decision.code) && read.order) {
        this.lifecycle = startLifecycle(read.order, decision, baselineOf(read.order, this.input.settings.minDrop));
        return { kind: 'dispatch', sendKind: 'initial' };
      }
      // An escalation: closingOf left nothing else open.
      if (read.order) this.lifecycle = startLifecycle(read.order, decision, baselineOf(read.order, 1));
      return { kind: 'escalate', reason: escalation ?? escalationReasonOf(decision) };
    }
  }

  private async readOrder(): Promise<
    { kind: 'read'; order: OrderSnapshot | null; currentCount: number | null; knowledgeAnswer?: string | null } | { kind: 'unavailable'; reason: string } | { kind: 'switched' }
  > {
    if (this.input.intent === 'other') return { kind: 'read', order: null, currentCount: null, knowledgeAnswer: await this.askKnowledge() };
    let order: OrderSnapshot | null;
    try {
      order = await quickThenDurable(panel, 'fetchOrder', { tenantId: this.input.tenantId, orderId: this.input.orderId, panelGeneration: this.input.panelGeneration });
    } catch (err) {
      if (failureType(err) === 'PanelChanged') return { kind: 'switched' };
      const reason = panelFailureReason(err);
      log.warn('order lookup failed', { orderId: this.input.orderId, reason });
      await this.record('escalated', 'order_lookup_failed', { error: reason });
      return { kind: 'unavailable', reason };
    }
    let currentCount: number | null = null;
    if (order && this.input.intent === 'refill') {
      try {
        currentCount = await countSource.readCurrentCount({ tenantId: this.input.tenantId, link: order.link });
      } catch (err) {
        log.warn('count unavailable', { error: failureMessage(err) });
      }
    }
    return { kind: 'read', order, currentCount };
  }

  /**
   * An `other` question asked of the tenant's knowledge base: the article's text when it is
   * confident enough, else null (a person answers, as without a knowledge base). A search
   * that keeps failing is written on the timeline and the question escalated.
   */
  private async askKnowledge(): Promise<string | null> {
    const question = this.input.question?.trim();
    if (!question) return null;
    try {
      const found = await knowledge.answerFromKnowledge({ tenantId: this.input.tenantId, question, language: this.input.language });
      const article = found.decision === 'other.answer' ? { articleId: found.articleId, title: found.title } : {};
      await this.record(this.state, 'knowledge_searched', { decision: found.decision, score: found.score, ...article });
      return found.decision === 'other.answer' ? found.text : null;
    } catch (err) {
      await this.record(this.state, 'knowledge_failed', { reason: failureMessage(err) });
      return null;
    }
  }

  /** Records the decision (and the close it brings), then tells the conversation (which answers the customer). */
  private async settle(decision: Decision, order: OrderSnapshot | null, next: RequestState, closing: Closing | null = null): Promise<void> {
    this.decision = decision;
    const reply = renderReply(decision, { orderId: this.input.orderId, language: this.input.language });
    await this.record(next, 'decided', { reply, order }, decision);
    if (closing) await this.record(closing.state, closing.kind, {}, undefined, true);
    const reported = await this.flush({
      report: {
        conversationWorkflowId: this.input.conversationWorkflowId,
        report: { requestId: this.input.requestId, orderId: this.input.orderId, intent: this.input.intent, decision, state: next },
      },
    });
    // The conversation may have ended; the decision is in the read model regardless.
    if (reported === false) log.info('conversation not reachable for report', { conversationWorkflowId: this.input.conversationWorkflowId });
  }

  private async waitForScreenshot(): Promise<boolean> {
    await this.flush();
    const got = await condition(() => this.inbox.hasScreenshot || this.inbox.panelSwitched, this.input.timings.screenshotWaitSeconds * 1000);
    if (this.inbox.panelSwitched) return false;
    if (got) await this.record('received', 'screenshot_received', {});
    return got;
  }

  // ---- dispatch, monitor, follow up -------------------------------------------------------

  private async dispatch(kind: 'initial' | 'follow_up' | 'retry'): Promise<Step> {
    const ls = this.lifecycle!;
    // A staff "retry" is already a person's decision; everything else waits for one in pilot.
    if (this.input.pilot && kind !== 'retry') {
      await this.flush();
      const refused = await this.pilotDispatch(kind, ls);
      if (refused) return { kind: 'escalate', reason: refused };
    }
    if (ls.attempt === 0) {
      // Tracking rounds read refill statuses by provider, and people read who was asked.
      this.pendingTarget = { requestId: this.input.requestId, provider: ls.target.provider, externalId: ls.target.externalId };
    }
    ls.attempt++;
    if (kind !== 'follow_up') ls.followUps = 0;
    const r = await this.sendToProvider(kind, ls);
    ls.lastContactAt = Date.now();
    ls.lastHeard = r.detail;
    if (r.channel !== 'api') ls.lastAsked = r.detail;
    const state = kind === 'follow_up' ? this.state : 'dispatched';
    await this.record(state, kind === 'follow_up' ? 'followed_up' : 'dispatched', { attempt: ls.attempt, ...r });
    const next = await this.afterDispatch(kind, state, r);
    // A staff "retry" is answered once it has been dispatched again, with where that led.
    if (kind === 'retry') await this.answerStaff();
    return next;
  }

  private async afterDispatch(kind: 'initial' | 'follow_up' | 'retry', state: RequestState, r: DispatchResult): Promise<Step> {
    if (r.status === 'unsupported' || r.status === 'failed') return { kind: 'escalate', reason: `could not reach the provider: ${r.detail}` };
    if (r.verdict === 'declined') return this.declined(r.detail);
    if (r.verdict === 'confirmed') await this.record(state, 'acknowledged', { by: r.channel });
    if (kind !== 'follow_up') {
      await this.record('monitoring', 'monitoring', {});
      await this.flush({ trackTenant: this.input.tenantId });
    }
    return { kind: 'monitor' };
  }

  /** The dispatch as a draft for staff; the reason it must not leave, or null once approved. */
  private async pilotDispatch(kind: 'initial' | 'follow_up', ls: Lifecycle): Promise<string | null> {
    const what = `${kind === 'follow_up' ? 'Follow-up' : 'Send'} ${this.input.intent === 'refund' ? 'cancel' : this.input.intent} of order ${this.input.orderId} to provider ${ls.target.provider} (their order ${ls.target.externalId})${ls.drop !== undefined ? `, drop ${ls.drop}` : ''}`;
    const verdict = await throughPilot(
      this.gate,
      { tenantId: this.input.tenantId, draftKey: this.keys.next('dispatch-draft'), kind: 'dispatch', conversationId: this.input.conversationId, requestId: this.input.requestId, intent: this.input.intent, decision: this.decision?.code ?? null, text: what },
      this.input.timings.staffWaitSeconds * 1000,
      { editable: false },
    );
    await this.record(this.state, 'pilot_verdict', { kind: 'dispatch', action: verdict?.action ?? 'expired', by: verdict?.by ?? null });
    if (!verdict) return 'pilot: no verdict on the dispatch draft in time; nothing was sent to the provider';
    return verdict.action === 'reject' ? `pilot: staff rejected the dispatch (${what}); nothing was sent to the provider` : null;
  }

  private async sendToProvider(kind: 'initial' | 'follow_up' | 'retry', ls: Lifecycle): Promise<DispatchResult> {
    const intent: DispatchIntent = this.input.intent === 'refund' ? 'cancel' : (this.input.intent as DispatchIntent);
    try {
      return await provider.dispatchToProvider({
        tenantId: this.input.tenantId,
        requestId: this.input.requestId,
        attempt: ls.attempt,
        kind,
        intent,
        provider: ls.target.provider,
        externalId: ls.target.externalId,
        drop: ls.drop,
      });
    } catch (err) {
      // The retry budget is spent (the provider or our side kept failing): a person decides.
      return { status: 'failed', channel: null, providerRef: null, verdict: 'ambiguous', detail: failureMessage(err) };
    }
  }

  private async monitor(): Promise<Step> {
    const ls = this.lifecycle!;
    for (;;) {
      const dueAt = ls.lastContactAt + 1000 * (ls.followUps === 0 ? this.timings.followUpAfterSeconds : this.timings.followUpCooldownSeconds);
      const waitMs = dueAt - Date.now();
      if (waitMs > 0) {
        await this.flush();
        await condition(() => this.inbox.checks.length > 0 || this.inbox.replies.length > 0 || this.inbox.panelSwitched, waitMs);
      }
      if (this.inbox.panelSwitched) return this.closeForPanelSwitch();

      for (let reply = this.inbox.replies.shift(); reply; reply = this.inbox.replies.shift()) {
        const verdict = await this.readReply(reply);
        await this.record(this.state, 'provider_reply', { text: reply.text, verdict });
        ls.lastHeard = reply.text;
        if (verdict === 'declined') return this.declined(reply.text);
        if (verdict === 'confirmed') await this.record(this.state, 'acknowledged', { by: 'provider reply' });
      }
      for (let check = this.inbox.checks.shift(); check; check = this.inbox.checks.shift()) {
        const step = await this.judge(check);
        if (step) return step;
      }
      if (this.historyTooLong()) await this.continueMonitoring();

      if (Date.now() >= dueAt) {
        if (ls.followUps >= this.timings.maxFollowUps) {
          const last = ls.lastHeard ? ` (last heard: ${ls.lastHeard})` : '';
          return { kind: 'escalate', reason: `no progress after ${ls.followUps} follow-ups${last}` };
        }
        ls.followUps++;
        return { kind: 'dispatch', sendKind: 'follow_up' };
      }
    }
  }

  /**
   * The router read the reply offline; a reply it was unsure of is read again here, with
   * the LLM when one is configured (a failed reading keeps the offline verdict).
   */
  private async readReply(reply: ProviderReply): Promise<ProviderReply['verdict']> {
    if (reply.verdict !== 'ambiguous') return reply.verdict;
    try {
      return (await reader.readProviderReply({ text: reply.text, request: this.lifecycle?.lastAsked })).verdict;
    } catch (err) {
      log.warn('provider reply not read again', { error: failureMessage(err) });
      return reply.verdict;
    }
  }

  private async judge(check: OrderCheck): Promise<Step | null> {
    const p = evaluateProgress(this.input.intent, this.lifecycle!.baseline, check);
    await this.record(this.state, 'checked', { round: check.round, status: check.order?.status ?? null, currentCount: check.currentCount, progress: p.kind });
    switch (p.kind) {
      case 'resolved':
        await this.record('resolved', 'resolved', { outcome: p.outcome }, undefined, true);
        await this.tellCustomers(p.outcome, check.order);
        return { kind: 'done' };
      case 'ended':
        await this.record('closed', 'ended', { outcome: p.outcome, status: p.status }, undefined, true);
        await this.tellCustomers(p.outcome, check.order);
        return { kind: 'done' };
      case 'declined':
        return this.declined(p.reason);
      case 'stopped':
        // The order closed some other way; tracking it further would only spend credits.
        await this.record('closed', 'tracking_stopped', { status: p.status }, undefined, true);
        return { kind: 'done' };
      default:
        return null;
    }
  }

  private async declined(why: string): Promise<Step> {
    await this.tellOwner('provider_declined', `Provider declined ${this.input.intent} for order ${this.input.orderId} (request ${this.input.requestId}): ${why}`);
    return { kind: 'escalate', reason: `the provider declined: ${why}` };
  }

  private historyTooLong(): boolean {
    const info = workflowInfo();
    return info.continueAsNewSuggested || info.historyLength > (this.input.continueAfterEvents ?? DEFAULT_CONTINUE_AFTER_EVENTS);
  }

  /**
   * Weeks of checks make a long history: carry the watch into a fresh run of the same
   * request, with any check or reply that arrived meanwhile and is still to be read.
   */
  private async continueMonitoring(): Promise<never> {
    await this.record(this.state, 'continued_as_new', { historyLength: workflowInfo().historyLength });
    await this.flush();
    await condition(allHandlersFinished);
    const resume: RequestResume = {
      state: this.state,
      decision: this.decision!,
      round: this.inbox.lastRound,
      keySeq: this.keys.carried,
      seenReplyIds: [...this.inbox.seenReplies].slice(-200),
      unread: { checks: [...this.inbox.checks], replies: [...this.inbox.replies], panelSwitched: this.inbox.panelSwitched },
      lifecycle: { ...this.lifecycle!, baseline: { ...this.lifecycle!.baseline } },
    };
    return continueAsNew<typeof supportRequestWorkflow>({ ...this.input, resume });
  }

  // ---- escalate and carry out the staff decision -------------------------------------------

  private async escalate(reason: string): Promise<Step> {
    const { input } = this;
    const reminderMs = 1000 * this.timings.escalationReminderSeconds;
    const deadline = Date.now() + 1000 * input.timings.staffWaitSeconds;
    await this.record('escalated', 'escalated', { reason });
    await this.tellOwner('escalation', `Request ${input.requestId} (${input.intent}, order ${input.orderId || '-'}) needs a decision: ${reason}`);
    await this.tellCustomers('request.escalated', null);

    for (let reminders = 0; ; ) {
      const wait = Math.min(reminderMs, deadline - Date.now());
      await this.flush();
      const got = wait > 0 && (await condition(() => this.inbox.pending !== null || this.inbox.panelSwitched, wait));
      if (this.inbox.panelSwitched && !this.inbox.pending) return this.closeForPanelSwitch();
      if (!got) {
        if (Date.now() >= deadline) {
          await this.record('closed', 'escalation_expired', { reminders }, undefined, true);
          return { kind: 'done' };
        }
        reminders++;
        await this.tellOwner('reminder', `Reminder ${reminders}: request ${input.requestId} (order ${input.orderId || '-'}) still waits for a decision: ${reason}`);
        continue;
      }
      const next = await this.carryOutStaffDecision();
      if (next) return next;
    }
  }

  /** null: the request keeps waiting for staff (after a reply to the customer). */
  private async carryOutStaffDecision(): Promise<Step | null> {
    const { action, message, by } = this.inbox.pending!.decision;
    await this.record('escalated', 'staff_decision', { action, message: message ?? null, by: by ?? null });
    switch (action) {
      case 'reply':
        await this.answerStaff();
        await this.tellCustomers('request.staff_reply', null, message);
        return null;
      case 'retry':
        return { kind: 'dispatch', sendKind: 'retry' };
      case 'resolve': {
        await this.record('resolved', 'resolved', { by: 'staff' }, undefined, true);
        await this.answerStaff();
        const resolved = `${this.input.intent}.resolved` as OutcomeCode;
        if (message) await this.tellCustomers('request.staff_reply', null, message);
        else await this.tellCustomers(RESOLVED_OUTCOMES.includes(resolved) ? resolved : 'request.closed', null);
        return { kind: 'done' };
      }
      default:
        await this.record('closed', 'closed', { by: 'staff' }, undefined, true);
        await this.answerStaff();
        await this.tellCustomers(message ? 'request.staff_reply' : 'request.closed', null, message);
        return { kind: 'done' };
    }
  }

  // ---- records and deliveries -----------------------------------------------------------------

  /** The outcome, in the customer's reply language, to every conversation that asked. */
  private async tellCustomers(outcome: OutcomeCode, order: OrderSnapshot | null, message?: string): Promise<void> {
    const text = renderOutcome(outcome, {
      orderId: this.input.orderId,
      language: this.input.language,
      status: order?.status,
      delivered: order ? deliveredOf(order) : undefined,
      quantity: order?.quantity,
      message,
    });
    // The timeline is written before a customer hears of it.
    await this.flush();
    // A staff reply is already a person's words: it is not drafted again.
    const approved = this.input.pilot && outcome !== 'request.staff_reply' ? await this.pilotOutcome(outcome, text) : text;
    if (approved === null) return;
    try {
      await delivery.tellCustomers({ requestId: this.input.requestId, replyKey: this.keys.next('outcome'), text: approved });
    } catch (err) {
      const reason = failureMessage(err);
      const permanent = failureType(err) === 'DeliveryRefused';
      await this.record(this.state, 'delivery_failed', { outcome, reason, permanent });
      await this.tellOwner('delivery_failed', `The message to the customer about order ${this.input.orderId || '-'} (request ${this.input.requestId}) could not be delivered: ${reason}`);
    }
  }

  /** In pilot the message to the customer is a draft: the approved or edited text, or null (nothing is sent). */
  private async pilotOutcome(outcome: OutcomeCode, text: string): Promise<string | null> {
    const verdict = await throughPilot(
      this.gate,
      { tenantId: this.input.tenantId, draftKey: this.keys.next('outcome-draft'), kind: 'reply', conversationId: this.input.conversationId, requestId: this.input.requestId, intent: this.input.intent, decision: outcome, text },
      this.input.timings.staffWaitSeconds * 1000,
      { editable: true },
    );
    await this.record(this.state, 'pilot_verdict', { kind: 'reply', outcome, action: verdict?.action ?? 'expired', by: verdict?.by ?? null });
    return verdict?.text ?? null;
  }

  /** The owner's notice is written first; a failed admin-chat copy goes on the timeline. */
  private async tellOwner(kind: string, text: string): Promise<void> {
    // The owner's link shows the timeline up to this notice.
    await this.flush();
    try {
      await owner.notifyOwner({ tenantId: this.input.tenantId, requestId: this.input.requestId, key: this.keys.next(kind), kind, text });
    } catch (err) {
      await this.record(this.state, 'owner_notice_failed', { kind, reason: failureMessage(err) });
    }
  }

  /** Kept for the next flush; the state and its search attribute change at once. */
  private async record(next: RequestState, kind: string, detail: Record<string, unknown>, decision?: Decision, close = false): Promise<void> {
    if (next !== this.state) upsertSearchAttributes([{ key: searchAttributes.requestState, value: next }]);
    this.state = next;
    // The key names the kind: a local activity runs again when its workflow task times out,
    // and the retried task may have more signals to read, so the same count can meet a
    // different event; with the kind in it, that event is not dropped as a repeat.
    this.timeline.push({ requestId: this.input.requestId, state: next, decision, eventKey: this.keys.next(kind), kind, detail, close, at: new Date().toISOString() });
  }

  /**
   * Writes the events kept since the last flush and the dispatch target, then reports to the
   * conversation and wakes the tracker when asked: one local activity (activities/request-sync.ts).
   * Returns whether the conversation heard the report (null: none was sent).
   */
  private async flush(extra: Pick<RequestSync, 'report' | 'trackTenant'> = {}): Promise<boolean | null> {
    const sync: RequestSync = { events: this.timeline.splice(0), ...(this.pendingTarget ? { dispatchTarget: this.pendingTarget } : {}), ...extra };
    this.pendingTarget = undefined;
    if (sync.events.length === 0 && !sync.dispatchTarget && !sync.report && !sync.trackTenant) return null;
    try {
      return (await temporalSide.syncRequest(sync)).reported;
    } catch (err) {
      if (failureType(err) !== 'DatabaseRejected') throw err;
      // The database refused one event's data (no retry changes that): the events one by one,
      // the refused one as its reason, then the rest of the sync.
      for (const event of sync.events) await this.recordNow(event);
      return (await temporalSide.syncRequest({ ...sync, events: [] })).reported;
    }
  }

  private async recordNow(event: RequestProgress): Promise<void> {
    try {
      await readModel.recordRequestProgress(event);
    } catch (err) {
      // Keep the state change and the reason, and go on.
      log.warn('timeline event refused', { kind: event.kind, error: failureMessage(err) });
      if (failureType(err) !== 'DatabaseRejected') throw err;
      await readModel
        .recordRequestProgress({ ...event, decision: undefined, eventKey: this.keys.next(`${event.kind}_refused`), detail: { refused: failureMessage(err) } })
        .catch((again: unknown) => log.error('timeline event refused twice', { kind: event.kind, error: failureMessage(again) }));
    }
  }

  /** A staff decision is answered (its update returns) once the timeline shows what it did. */
  private async answerStaff(): Promise<void> {
    await this.flush();
    this.inbox.answer();
  }

  /**
   * The tenant connected a different panel: this request's order belongs to the previous
   * one, which we can no longer read or answer in. It closes with the reason on its
   * timeline, and the owner is told (SPEC section 9; the README explains the choice).
   */
  private async closeForPanelSwitch(): Promise<Step> {
    await this.record('closed', 'panel_switched', { reason: 'the tenant connected a different panel; this request belongs to the previous one' }, undefined, true);
    await this.tellOwner('panel_switched', `Request ${this.input.requestId} (${this.input.intent}, order ${this.input.orderId || '-'}) was closed: it belongs to the panel connected before.`);
    return { kind: 'done' };
  }

  private async close(kind: string, state: 'closed' | 'resolved' = 'closed'): Promise<Step> {
    await this.record(state, kind, {}, undefined, true);
    return { kind: 'done' };
  }

  private status(): SupportRequestStatus {
    return { state: this.state, decision: this.decision };
  }
}

const RESOLVED_OUTCOMES: string[] = ['refill.resolved', 'cancel.resolved', 'speed_up.resolved', 'refund.resolved'];

function startLifecycle(order: OrderSnapshot, decision: Decision, baseline: Lifecycle['baseline']): Lifecycle {
  return { attempt: 0, followUps: 0, lastContactAt: Date.now(), baseline, target: { provider: order.provider, externalId: order.externalId }, drop: decision.drop };
}

type Closing = { kind: string; state: 'closed' | 'resolved' };

/** The close a decision brings at once, or null when the request goes on (screenshot, dispatch, escalation). */
function closingOf(d: Decision, hasOrder: boolean): Closing | null {
  if (d.code === 'refund.executed') return { kind: 'resolved', state: 'resolved' };
  if (d.code === 'request.need_screenshot') return null;
  if (isForward(d.code) && hasOrder) return null;
  if (isEscalation(d.code)) return null;
  return { kind: 'closed', state: 'closed' };
}

function stateAfter(d: Decision): RequestState {
  if (d.code === 'request.need_screenshot') return 'waiting_customer';
  if (isEscalation(d.code)) return 'escalated';
  if (isForward(d.code)) return 'received';
  if (d.code === 'refund.executed') return 'resolved';
  return 'closed';
}

function escalationReasonOf(d: Decision): string {
  if (d.code === 'refund.escalate') return 'a refund that cannot be handled as a cancel';
  return 'a question without an order action';
}

/** What the owner reads when the order could not be read. */
function panelFailureReason(err: unknown): string {
  const msg = failureMessage(err);
  switch (failureType(err)) {
    case 'PanelNotConfigured':
      return 'no panel is connected';
    case 'PanelAuthError':
      return `the panel refused our API key: ${msg}`;
    case 'PanelChanged':
      return `the panel was switched: ${msg}`;
    case 'PanelRejected':
    case 'UnknownOrderStatus':
      return `the panel gave an answer we cannot use: ${msg}`;
    default:
      return `the panel could not be reached: ${msg}`;
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
