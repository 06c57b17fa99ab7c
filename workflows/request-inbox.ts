// What reaches a running request from outside: tracker checks, provider replies, messages
// that joined it, and a staff decision. Handlers only fill the inbox; the request's run()
// takes from it. A staff decision has one slot: one decision at a time, answered once it
// has been carried out far enough to report the request's new state.
import { condition, setHandler } from '@temporalio/workflow';
import {
  ESCALATION_ACTIONS,
  customerJoinedSignal,
  escalationDecisionUpdate,
  orderCheckSignal,
  panelSwitchedSignal,
  providerReplySignal,
  requestStatusQuery,
  type EscalationDecision,
  type ProviderReply,
  type RequestState,
  type SupportRequestStatus,
} from './definitions.js';
import type { OrderCheck } from './rules/progress.js';

export interface PendingDecision {
  decision: EscalationDecision;
  /** Set by the request when the decision is carried out; the update then answers. */
  answered: boolean;
}

export class RequestInbox {
  readonly checks: OrderCheck[] = [];
  readonly replies: ProviderReply[] = [];
  pending: PendingDecision | null = null;
  hasScreenshot: boolean;
  /** The tenant connected a different panel: this request's panel is gone. */
  panelSwitched = false;
  lastRound: number;
  readonly seenReplies: Set<string>;

  constructor(
    private readonly view: { state(): RequestState; status(): SupportRequestStatus; canRetry(): boolean },
    init: { hasScreenshot: boolean; round: number; seenReplyIds: string[] },
  ) {
    this.hasScreenshot = init.hasScreenshot;
    this.lastRound = init.round;
    this.seenReplies = new Set(init.seenReplyIds);
  }

  /** Registered before any await, so nothing sent at start is missed. */
  register(): void {
    setHandler(requestStatusQuery, () => this.view.status());
    setHandler(orderCheckSignal, (check) => {
      // A retried tracking round may deliver a check twice; only newer rounds count.
      if (check.round <= this.lastRound) return;
      this.lastRound = check.round;
      this.checks.push(check);
    });
    setHandler(providerReplySignal, (reply) => {
      if (this.seenReplies.has(reply.replyId)) return;
      this.seenReplies.add(reply.replyId);
      this.replies.push(reply);
    });
    setHandler(panelSwitchedSignal, () => {
      this.panelSwitched = true;
    });
    // Joined messages are recorded by admission; here they matter only as screenshot proof.
    setHandler(customerJoinedSignal, (joined) => {
      if (joined.attachments.some((a) => a.kind === 'image')) this.hasScreenshot = true;
    });
    setHandler(
      escalationDecisionUpdate,
      async (decision) => {
        const slot: PendingDecision = { decision, answered: false };
        this.pending = slot;
        await condition(() => slot.answered);
        return { state: this.view.state() };
      },
      {
        validator: (d) => {
          const state = this.view.state();
          if (state !== 'escalated') throw new Error(`the request is ${state}, not waiting for a decision`);
          if (this.pending) throw new Error('another decision is being carried out');
          if (!ESCALATION_ACTIONS.includes(d.action)) throw new Error(`unknown action "${String(d.action)}"`);
          if (d.action === 'reply' && !d.message?.trim()) throw new Error('a reply needs a message');
          if (d.action === 'retry' && !this.view.canRetry()) throw new Error('there is no provider order to send again');
        },
      },
    );
  }

  /** The decision in the slot is carried out: its update answers, the slot frees. */
  answer(): void {
    if (this.pending) this.pending.answered = true;
    this.pending = null;
  }
}
