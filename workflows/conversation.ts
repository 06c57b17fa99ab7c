// One conversation (an API ticket, a panel ticket, a Telegram chat): the unit the customer
// sees. Each message is read, split into one request per (order, intent), and answered
// once, in one reply, from the requests' decisions.
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import type { Admission } from '../activities/store.js';
import type { TakenMessage } from '../activities/intake.js';
import type { RequestCommon } from '../activities/request-links.js';
import {
  customerMessageSignal,
  requestReportSignal,
  type ConversationInput,
  type CustomerMessage,
  type LateAnswer,
  type RequestReport,
} from './definitions.js';
import { delivery, failureMessage, owner, quickThenDurable, reader, readModel as store, temporalSide, writer } from './activity-proxies.js';
import { keptLanguage } from './conversation-language.js';
import { KeySequence } from './keys.js';
import { installPilotGate } from './pilot-gate.js';
import { intentOfCode, throughPilot } from './pilot-step.js';
import { duplicateDecision, quotaBlockedDecision } from './rules/decide.js';
import type { Decision, Intent } from './rules/types.js';
import { messageReply, planMessage } from './message-plan.js';
import { detectObjection, nextDisputeCount, planObjection, renderObjectionReply, type ObjectionPlan } from './replies/objections.js';

/** How long the first reply waits for slow requests before answering with what it has. */
const FIRST_REPLY_WAIT_MS = 2 * 60_000;
/** A conversation with nothing to do for this long ends; a new message starts it again. */
const IDLE_MS = 7 * 24 * 3600_000;
const SEEN_IDS_KEPT = 500;
/** The customer's earlier messages an objection is read against (a repeated question). */
const PREVIOUS_TEXTS_KEPT = 10;

export async function conversationWorkflow(input: ConversationInput): Promise<void> {
  const queue: CustomerMessage[] = [...(input.pending ?? [])];
  const seen = new Set(input.seenMessageIds ?? []);
  const reports = new Map<string, RequestReport>();
  /** Requests whose decision came after their message was answered: answered on arrival. */
  const late = new Map<string, { language: string; messageId: string }>();
  for (const l of input.late ?? []) {
    late.set(l.requestId, { language: l.language, messageId: l.messageId });
    if (l.report) reports.set(l.requestId, l.report);
  }
  const keys = new KeySequence(input.conversationId, input.keySeq ?? 0);
  let disputesInARow = input.disputesInARow ?? 0;
  const previousTexts = [...(input.previousTexts ?? [])];
  let pilotMode = input.pilot ?? null;
  let conversationLanguage = input.language ?? null;
  const gate = installPilotGate();
  /** Whether an LLM writes the replies (as the last message found); asked until one says no. */
  let replyWriter = true;

  setHandler(customerMessageSignal, (m) => {
    if (seen.has(m.messageId)) return; // delivered twice: handled once
    seen.add(m.messageId);
    queue.push(m);
  });
  setHandler(requestReportSignal, (r) => {
    // The first decision counts, unless a later one is awaited (after a screenshot).
    if (!reports.has(r.requestId)) reports.set(r.requestId, r);
  });

  for (;;) {
    const lateReady = () => [...late.keys()].some((id) => reports.has(id));
    // Idle only when no request owes this conversation a late answer.
    const woke = await condition(() => queue.length > 0 || lateReady(), IDLE_MS);
    if (!woke && late.size === 0) {
      await condition(allHandlersFinished);
      return;
    }
    await answerLateReports();
    const next = queue.shift();
    if (next) await handleMessage(next);
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      // Answers still owed go along, with any decision that already came.
      const owed: LateAnswer[] = [...late].map(([requestId, ctx]) => ({ requestId, ...ctx, report: reports.get(requestId) }));
      await continueAsNew<typeof conversationWorkflow>({
        ...input,
        pending: queue,
        seenMessageIds: [...seen].slice(-SEEN_IDS_KEPT),
        late: owed,
        keySeq: keys.carried,
        disputesInARow,
        previousTexts,
        pilot: pilotMode,
        language: conversationLanguage,
      });
    }
  }

  // ---- steps --------------------------------------------------------------------------

  async function handleMessage(msg: CustomerMessage): Promise<void> {
    const taken = await reader.takeMessage({ tenantId: input.tenantId, conversationId: input.conversationId, channel: input.channel, customer: input.customer, message: msg });
    const { classification, settings } = taken;
    replyWriter = taken.replyWriter;
    pilotMode = settings.mode === 'pilot' ? { staffWaitSeconds: settings.staffWaitSeconds } : null;
    conversationLanguage = keptLanguage(conversationLanguage, classification.language, msg.text);
    const { language, items } = planMessage({ ...classification, language: conversationLanguage }, settings.replyLanguage);

    if ((await answeredByOpenRequests(msg, classification.intents, items, language))) return;
    if (items.length === 0) {
      await answer(`msg:${msg.messageId}`, [], language, msg.text);
      return;
    }

    // Not children: requests outlive the message that opened them and this run too
    // (continue-as-new), and report back by signal; a child's started and closed events would
    // cost this conversation two workflow tasks per request.
    const admissions = await temporalSide.openRequests({
      tenantId: input.tenantId,
      conversationId: input.conversationId,
      messageId: msg.messageId,
      items,
      common: requestCommon(language, msg, settings),
    });
    for (const a of admissions) {
      if (a.outcome === 'duplicate') await joinRequest(a, msg);
    }

    const opened = admissions.filter((a) => a.outcome === 'opened');
    await condition(() => opened.every((a) => reports.has(a.requestId)), FIRST_REPLY_WAIT_MS);

    const parts: Array<{ orderId: string | null; decision: Decision }> = [];
    for (const a of admissions) {
      const orderId = a.intent === 'other' ? null : a.orderId;
      if (a.outcome === 'duplicate') parts.push({ orderId, decision: duplicateDecision() });
      else if (a.outcome === 'blocked') parts.push({ orderId, decision: a.decision ?? quotaBlockedDecision() });
      else {
        const r = reports.get(a.requestId);
        if (r) parts.push({ orderId, decision: r.decision });
        else late.set(a.requestId, { language, messageId: msg.messageId });
      }
    }
    if (parts.length) await answer(`msg:${msg.messageId}`, parts, language, msg.text);
  }

  /** What every request this message opens shares (the admission adds order, intent and IDs). */
  function requestCommon(language: string, msg: CustomerMessage, settings: TakenMessage['settings']): RequestCommon {
    return {
      tenantId: input.tenantId,
      conversationId: input.conversationId,
      conversationWorkflowId: workflowInfo().workflowId,
      customer: input.customer,
      language,
      text: msg.text,
      hasScreenshot: msg.attachments.some((a) => a.kind === 'image'),
      autoRefund: settings.autoRefund,
      pilot: settings.mode === 'pilot',
      settings: {
        minDrop: settings.minDrop,
        speedUpMinAgeMinutes: settings.speedUpMinAgeMinutes,
        refillDaysOverride: settings.refillDaysOverride,
        screenshotRequired: settings.screenshotRequired,
      },
      timings: {
        screenshotWaitSeconds: settings.screenshotWaitSeconds,
        staffWaitSeconds: settings.staffWaitSeconds,
        followUpAfterSeconds: settings.followUpAfterSeconds,
        followUpCooldownSeconds: settings.followUpCooldownSeconds,
        maxFollowUps: settings.maxFollowUps,
        escalationReminderSeconds: settings.escalationReminderSeconds,
      },
    };
  }

  async function joinRequest(a: Admission, msg: CustomerMessage): Promise<void> {
    // Not reachable when the open request finished since admission; the customer is still
    // told it is being handled, which was true when the message arrived.
    const joined = await temporalSide.joinRequest({
      workflowId: a.workflowId,
      joined: { conversationId: input.conversationId, messageId: msg.messageId, attachments: msg.attachments },
    });
    if (!joined) log.info('open request not reachable for join', { workflowId: a.workflowId });
  }

  /**
   * A message that names no order may be about the requests already open here: a screenshot
   * goes to the requests waiting for one (their new decision is announced when it comes), and
   * "any update?" is answered from the open requests' state without opening new ones.
   */
  async function answeredByOpenRequests(
    msg: CustomerMessage,
    intents: Array<{ intent: Intent; orderIds: string[] }>,
    items: Array<{ orderId: string; intent: Intent }>,
    language: string,
  ): Promise<boolean> {
    const namesOrders = items.some((i) => i.intent !== 'other');
    if (namesOrders) return false;
    const hasImage = msg.attachments.some((a) => a.kind === 'image');
    const asksProgress = intents.some((i) => (i.intent === 'status' || i.intent === 'speed_up') && i.orderIds.length === 0);
    if (!hasImage && !asksProgress) return false;
    const open = await store.openRequestsOf({ conversationId: input.conversationId });
    if (hasImage) {
      const waiting = open.filter((r) => r.state === 'waiting_customer');
      if (waiting.length === 0) return false;
      for (const r of waiting) {
        reports.delete(r.requestId);
        late.set(r.requestId, { language, messageId: msg.messageId });
        await temporalSide.joinRequest({
          workflowId: r.workflowId,
          joined: { conversationId: input.conversationId, messageId: msg.messageId, attachments: msg.attachments },
        });
      }
      return true;
    }
    const withDecision = open.filter((r) => r.decision);
    if (withDecision.length === 0) return false;
    const parts = withDecision.map((r) => ({ orderId: r.intent === 'other' ? null : r.orderId, decision: r.decision! }));
    await answer(`msg:${msg.messageId}`, parts, language, msg.text);
    return true;
  }

  async function answerLateReports(): Promise<void> {
    for (const [requestId, ctx] of [...late]) {
      const r = reports.get(requestId);
      if (!r) continue;
      late.delete(requestId);
      // Keyed afresh: a second late answer (after a screenshot) is a new reply, not a retry.
      await answer(keys.next('late'), [{ orderId: r.intent === 'other' ? null : r.orderId, decision: r.decision }], ctx.language, null);
    }
  }

  /**
   * The reply to the decisions: written by the LLM from the same facts when one is
   * configured (the writer checks every number and falls back to the template itself), the
   * template otherwise or when the writer cannot be reached. A customer who objects gets the
   * acknowledgement, the reason with the order's numbers and the next step; a second dispute
   * in a row, or a request for a person, hands the conversation to staff.
   */
  async function answer(replyKey: string, parts: Array<{ orderId: string | null; decision: Decision }>, language: string, said: string | null): Promise<void> {
    const plan = said === null ? null : objectionTo(said, parts);
    const single = parts.length === 1 ? parts[0] : undefined;
    const template = plan && single ? renderObjectionReply(plan, single.decision, single.orderId, language) : messageReply(parts, language);
    let text = template;
    try {
      const upset = plan !== null || (said !== null && detectObjection({ text: said, previous: [] }).length > 0);
      const conversation = said === null ? [] : previousTexts.map((t) => ({ from: 'customer' as const, text: t }));
      if (replyWriter) text = (await writer.writeReply({ language, tone: upset ? 'upset' : 'calm', parts, conversation, template, ...(plan ? { objection: plan } : {}) })).text;
    } catch (err) {
      log.warn('reply writer unavailable, template sent', { replyKey, error: failureMessage(err) });
    }
    const approved = pilotMode ? await pilotReply(text, parts, pilotMode.staffWaitSeconds) : text;
    if (approved !== null) await reply(replyKey, approved);
    if (plan?.handOver) await handOver(plan, parts);
  }

  /** In pilot mode the reply is a draft: the text staff approved or edited, or null (nothing is sent). */
  async function pilotReply(text: string, parts: Array<{ orderId: string | null; decision: Decision }>, staffWaitSeconds: number): Promise<string | null> {
    const code = parts[0]?.decision.code ?? null;
    const verdict = await throughPilot(
      gate,
      { tenantId: input.tenantId, draftKey: keys.next('reply-draft'), kind: 'reply', conversationId: input.conversationId, intent: code && intentOfCode(code), decision: code, text },
      staffWaitSeconds * 1000,
      { editable: true },
    );
    if (!verdict) await tellOwner('pilot_draft_expired', `A reply draft in conversation ${input.conversationId} got no verdict in time and was not sent.`);
    return verdict?.text ?? null;
  }

  /** Reads the customer's message for an objection; keeps the dispute count and their last words. */
  function objectionTo(said: string, parts: Array<{ decision: Decision }>): ObjectionPlan | null {
    const previous = previousTexts.slice();
    previousTexts.push(said);
    previousTexts.splice(0, Math.max(0, previousTexts.length - PREVIOUS_TEXTS_KEPT));
    const decision = parts[0]?.decision;
    if (!decision) return null;
    const plan = planObjection({ text: said, previous, disputesInARow }, decision);
    disputesInARow = plan?.handOver ? 0 : nextDisputeCount(plan, disputesInARow);
    return plan;
  }

  async function handOver(plan: ObjectionPlan, parts: Array<{ orderId: string | null; decision: Decision }>): Promise<void> {
    const orders = parts.map((p) => p.orderId).filter(Boolean).join(', ') || '-';
    const why = plan.signals.includes('human') ? 'asked for a person' : 'disputed the answer twice';
    await tellOwner('handover', `The customer in conversation ${input.conversationId} (orders ${orders}) ${why}: a person should take over.`);
  }

  /** A notice to the owner about this conversation; one that cannot be sent is logged, never blocks. */
  async function tellOwner(kind: string, text: string): Promise<void> {
    try {
      await owner.notifyOwner({ tenantId: input.tenantId, requestId: null, key: keys.next(kind), kind, text });
    } catch (err) {
      log.warn('owner notice not sent', { kind, reason: failureMessage(err) });
    }
  }

  /** A reply that cannot be delivered is kept with its reason and shown to the owner; the conversation goes on. */
  async function reply(replyKey: string, text: string): Promise<void> {
    try {
      await quickThenDurable(delivery, 'replyToCustomer', {
        tenantId: input.tenantId,
        conversationId: input.conversationId,
        channel: input.channel,
        replyKey,
        text,
      });
    } catch (err) {
      const reason = failureMessage(err);
      log.warn('reply not delivered', { replyKey, reason });
      await tellOwner('delivery_failed', `A reply in conversation ${input.conversationId} could not be delivered: ${reason}`);
    }
  }
}
