// Activities typed against the real ones, with an in-memory record of what workflows did.
import type { Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Activities } from '../../activities/index.js';
import { createIntakeActivities } from '../../activities/intake.js';
import { createRequestLinkActivities } from '../../activities/request-links.js';
import { createRequestSyncActivities } from '../../activities/request-sync.js';
import type { Admission } from '../../activities/store.js';
import type { DispatchInput, DispatchResult } from '../../activities/dispatch.js';
import { TenantSettingsSchema, type TenantSettings } from '../../infra/tenants/settings.js';
import { supportRequestWorkflowId } from '../../workflows/definitions.js';
import type { OrderSnapshot } from '../../workflows/rules/types.js';

export interface MockWorld {
  orders: Map<string, OrderSnapshot>;
  counts: Map<string, number>;
  replies: Array<{ conversationId: string; replyKey: string; text: string }>;
  progress: Array<Parameters<Activities['recordRequestProgress']>[0]>;
  fetchCalls: number;
  /** Fails this many order lookups with a transient error before answering. */
  failFetches: number;
  settings: Partial<TenantSettings>;
  dispatches: DispatchInput[];
  /** How each dispatch attempt answers; the default is a confirmed API refill. */
  dispatchResult: (d: DispatchInput) => DispatchResult;
  ownerNotices: Array<{ kind: string; text: string; key: string }>;
  customerOutcomes: Array<{ requestId: string; replyKey: string; text: string }>;
  trackingStarted: number;
  openRequests: Awaited<ReturnType<Activities['openRequestsOf']>>;
  /** The panel answers nothing (an outage): every order lookup fails as a transient error. */
  panelDown: boolean;
  /** How customer deliveries fail: refused for good (a locked ticket), or not at all. */
  deliveryRefused: string | null;
  /** Refuses timeline events whose detail contains this text, as PostgreSQL refuses a NUL. */
  databaseRefuses: string | null;
  /** Texts the request asked to have read (the LLM reader when configured). */
  providerReadings: string[];
  readProvider: (text: string) => Awaited<ReturnType<Activities['readProviderReply']>>;
  /** Questions asked of the knowledge base, and how it answers them. */
  knowledgeQuestions: Array<Parameters<Activities['answerFromKnowledge']>[0]>;
  knowledge: (question: string) => Awaited<ReturnType<Activities['answerFromKnowledge']>>;
  /** The facts each reply was written from, and how the writer answers (the template by default). */
  writtenFrom: Array<Parameters<Activities['writeReply']>[0]>;
  writer: (facts: Parameters<Activities['writeReply']>[0]) => Awaited<ReturnType<Activities['writeReply']>>;
  /** Request workflows the conversation opened, so a test can end them (see endWorkflows). */
  admitted: string[];
  /** What the refund criteria read for an order (null: the order is gone), and each refund asked of the panel. */
  refundFacts: (orderId: string) => Awaited<ReturnType<Activities['readRefundFacts']>>;
  refundsAsked: Array<Parameters<Activities['executeRefund']>[0]>;
  refundOutcome: (r: Parameters<Activities['executeRefund']>[0]) => Awaited<ReturnType<Activities['executeRefund']>>;
  /** Pilot drafts the workflows made (their ID is the index + 1), and the verdicts they kept. */
  drafts: Array<Parameters<Activities['createPilotDraft']>[0]>;
  verdicts: Array<Parameters<Activities['recordPilotVerdict']>[0]>;
}

/** `client`: the test server's, for what links conversations and requests (Temporal itself, not mocked). */
export function mockActivities(world: MockWorld, classify: Activities['classifyMessage'], client?: Client): Activities {
  let nextRequest = 100;
  const open = new Map<string, Admission>();
  const unused = async (): Promise<never> => {
    throw new Error('not used by workflows under test');
  };
  const mocked = {
    async recordConversation() {},
    async recordMessage() {},
    async admitRequests({ tenantId, items }) {
      return items.map((item) => {
        const key = `${item.orderId}:${item.intent}`;
        const existing = open.get(key);
        if (existing) return { ...existing, outcome: 'duplicate' as const };
        const requestId = String(nextRequest++);
        const a: Admission = { ...item, requestId, workflowId: supportRequestWorkflowId(tenantId, item.orderId, item.intent, requestId), outcome: 'opened' };
        open.set(key, a);
        world.admitted.push(a.workflowId);
        return a;
      });
    },
    async recordRequestProgress(p) {
      if (world.databaseRefuses && JSON.stringify(p.detail ?? {}).includes(world.databaseRefuses)) {
        throw ApplicationFailure.create({ type: 'DatabaseRejected', message: 'invalid byte sequence for encoding "UTF8": 0x00', nonRetryable: true });
      }
      world.progress.push(p);
    },
    async recordRequestTimeline({ events }) {
      // One transaction, as in PostgreSQL: one refused event refuses the batch.
      if (world.databaseRefuses && events.some((p) => JSON.stringify(p.detail ?? {}).includes(world.databaseRefuses!))) {
        throw ApplicationFailure.create({ type: 'DatabaseRejected', message: 'invalid byte sequence for encoding "UTF8": 0x00', nonRetryable: true });
      }
      world.progress.push(...events);
    },
    async loadTenantSettings() {
      return TenantSettingsSchema.parse(world.settings);
    },
    async fetchOrder({ orderId }) {
      world.fetchCalls++;
      if (world.panelDown) throw new Error('panel GET /orders/1001: connect ECONNREFUSED');
      if (world.failFetches > 0) {
        world.failFetches--;
        throw new Error('panel answered 502');
      }
      return world.orders.get(orderId) ?? null;
    },
    async readCurrentCount({ link }) {
      return link ? (world.counts.get(link) ?? null) : null;
    },
    classifyMessage: classify,
    async replyToCustomer({ conversationId, replyKey, text }) {
      if (world.deliveryRefused) throw ApplicationFailure.create({ type: 'DeliveryRefused', message: world.deliveryRefused, nonRetryable: true });
      world.replies.push({ conversationId, replyKey, text });
    },
    async dispatchToProvider(d) {
      world.dispatches.push(d);
      return world.dispatchResult(d);
    },
    async ensureTracking() {
      world.trackingStarted++;
    },
    runTrackingRound: unused,
    async notifyOwner({ kind, text, key }) {
      world.ownerNotices.push({ kind, text, key });
    },
    async tellCustomers({ requestId, replyKey, text }) {
      if (world.deliveryRefused) throw ApplicationFailure.create({ type: 'DeliveryRefused', message: world.deliveryRefused, nonRetryable: true });
      world.customerOutcomes.push({ requestId, replyKey, text });
      return 1;
    },
    async recordDispatchTarget() {},
    consumeTrackingCredit: unused,
    pollTickets: unused,
    async openRequestsOf() {
      return world.openRequests;
    },
    trackingCreditsLeft: unused,
    subscriptionCycle: unused,
    closeCycle: unused,
    blockIfUnpaid: unused,
    async writeReply(facts) {
      world.writtenFrom.push(facts);
      return world.writer(facts);
    },
    async answerFromKnowledge(q) {
      world.knowledgeQuestions.push(q);
      return world.knowledge(q.question);
    },
    async readRefundFacts({ orderId }) {
      return world.refundFacts(orderId);
    },
    async executeRefund(r) {
      world.refundsAsked.push(r);
      return world.refundOutcome(r);
    },
    async createPilotDraft(d) {
      const found = world.drafts.findIndex((x) => x.draftKey === d.draftKey);
      if (found >= 0) return { draftId: String(found + 1) };
      world.drafts.push(d);
      return { draftId: String(world.drafts.length) };
    },
    async recordPilotVerdict(v) {
      world.verdicts.push(v);
    },
    async readProviderReply({ text }) {
      world.providerReadings.push(text);
      return world.readProvider(text);
    },
  } satisfies Omit<Activities, 'takeMessage' | 'openRequests' | 'reportToConversation' | 'joinRequest' | 'syncRequest'>;
  const links = client
    ? createRequestLinkActivities({ temporal: client, admitRequests: mocked.admitRequests })
    : { openRequests: unused, reportToConversation: unused, joinRequest: unused };
  // A writer is always there: the tests' writer returns the template unless a test says otherwise.
  return { ...mocked, ...links, ...createRequestSyncActivities({ ...mocked, ...links }), ...createIntakeActivities(mocked, { replyWriter: true }) };
}

export function newWorld(): MockWorld {
  return {
    orders: new Map(),
    counts: new Map(),
    replies: [],
    progress: [],
    fetchCalls: 0,
    failFetches: 0,
    settings: {},
    dispatches: [],
    dispatchResult: (d) => ({ status: 'sent', channel: 'api', providerRef: `refill-${d.attempt}`, verdict: 'confirmed', detail: 'ok' }),
    ownerNotices: [],
    customerOutcomes: [],
    trackingStarted: 0,
    openRequests: [],
    panelDown: false,
    deliveryRefused: null,
    databaseRefuses: null,
    providerReadings: [],
    knowledgeQuestions: [],
    writtenFrom: [],
    admitted: [],
    writer: (facts) => ({ text: facts.template, source: 'template' }),
    knowledge: () => ({ decision: 'other.escalate', score: 0 }),
    refundFacts: () => {
      throw new Error('refund facts not scripted');
    },
    refundsAsked: [],
    drafts: [],
    verdicts: [],
    refundOutcome: () => ({ status: 'executed', detail: 'canceled and refunded on the panel' }),
    readProvider: (text) => ({ verdict: /not possible|cannot/i.test(text) ? 'declined' : 'ambiguous', confidence: 0.5, source: 'offline' }),
  };
}
