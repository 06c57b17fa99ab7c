// The moving parts every step of a support request shares: its state (and the search
// attribute that mirrors it), the timeline written to the read model, and the inbox of
// checks, provider replies and staff decisions that signals and updates fill.
import { condition, proxyActivities, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import {
  ESCALATION_ACTIONS,
  escalationDecisionUpdate,
  orderCheckSignal,
  providerReplySignal,
  requestStatusQuery,
  searchAttributes,
  type EscalationDecision,
  type ProviderReply,
  type RequestState,
  type SupportRequestInput,
} from './definitions.js';
import type { OrderCheck } from './rules/progress.js';
import type { Decision } from './rules/types.js';

// Our own database: retried until it is back; nothing a request decided may be lost.
export const store = proxyActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export class RequestRuntime {
  state: RequestState = 'received';
  decision: Decision | null = null;
  private eventSeq: number;
  private lastRound = 0;
  private readonly seenReplies = new Set<string>();
  readonly checks: OrderCheck[] = [];
  readonly replies: ProviderReply[] = [];
  readonly decisions: EscalationDecision[] = [];
  private accepted = 0;
  private processed = 0;

  constructor(readonly input: SupportRequestInput, eventSeq = 0) {
    this.eventSeq = eventSeq;
  }

  /** Handlers go first, before any await, so no signal or update is missed. */
  registerHandlers(): void {
    setHandler(requestStatusQuery, () => ({ state: this.state, decision: this.decision }));
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
    setHandler(
      escalationDecisionUpdate,
      async (d) => {
        const mine = ++this.accepted;
        this.decisions.push(d);
        // Answer the caller once the decision has been carried out.
        await condition(() => this.processed >= mine);
        return { state: this.state };
      },
      {
        validator: (d) => {
          if (this.state !== 'escalated') throw new Error(`the request is ${this.state}, not waiting for a decision`);
          if (this.accepted > this.processed) throw new Error('another decision is being carried out');
          if (!ESCALATION_ACTIONS.includes(d.action)) throw new Error(`unknown action "${String(d.action)}"`);
          if (d.action === 'reply' && !d.message?.trim()) throw new Error('a reply needs a message');
        },
      },
    );
  }

  decisionDone(): void {
    this.processed++;
  }

  get seq(): number {
    return this.eventSeq;
  }

  get round(): number {
    return this.lastRound;
  }

  set round(r: number) {
    this.lastRound = r;
  }

  async progress(next: RequestState, kind: string, detail: Record<string, unknown>, d?: Decision, close = false): Promise<void> {
    if (next !== this.state) upsertSearchAttributes([{ key: searchAttributes.requestState, value: next }]);
    this.state = next;
    await store.recordRequestProgress({
      requestId: this.input.requestId,
      state: next,
      decision: d,
      eventKey: `${workflowInfo().runId}:${this.eventSeq++}`,
      kind,
      detail,
      close,
    });
  }
}
