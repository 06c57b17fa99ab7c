// Everything outside a workflow body needs to talk to it: signals, queries, inputs, states,
// the task queue and the workflow-ID helpers. The API and the worker import this file,
// never the workflow bodies.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import type { Decision, DecisionSettings, Intent } from './rules/types.js';
import type { OrderCheck, ProgressBaseline } from './rules/progress.js';

export const DEFAULT_TASK_QUEUE = 'supportai';

export const REQUEST_STATES = [
  'received',
  'waiting_customer',
  'dispatched',
  'monitoring',
  'escalated',
  'resolved',
  'closed',
  'blocked',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export const CHANNELS = ['api', 'panel_ticket', 'telegram', 'widget', 'whatsapp'] as const;
export type Channel = (typeof CHANNELS)[number];

export const searchAttributes = {
  tenantId: defineSearchAttributeKey('TenantId', SearchAttributeType.KEYWORD),
  orderId: defineSearchAttributeKey('OrderId', SearchAttributeType.KEYWORD),
  intent: defineSearchAttributeKey('Intent', SearchAttributeType.KEYWORD),
  requestState: defineSearchAttributeKey('RequestState', SearchAttributeType.KEYWORD),
};

// ---- workflow IDs ---------------------------------------------------------------------

/** The request number keeps IDs unique over time: a closed request may be followed by a new one. */
export function supportRequestWorkflowId(tenantId: string, orderId: string, intent: Intent, requestId: string): string {
  return `SupportRequest:${tenantId}:${orderId || '-'}:${intent}:${requestId}`;
}

export function conversationWorkflowId(tenantId: string, conversationId: string): string {
  return `Conversation:${tenantId}:${conversationId}`;
}

/**
 * The queue of the tenants' loops (trackers, ticket pollers, subscriptions) and their
 * activities, served by a worker of its own with few slots: a tracking round or a slow panel
 * poll never holds a slot the first reply to a customer is waiting for.
 */
export function backgroundTaskQueue(taskQueue: string): string {
  return `${taskQueue}-background`;
}

export function trackerWorkflowId(tenantId: string): string {
  return `Tracker:${tenantId}`;
}

export function ticketPollerWorkflowId(tenantId: string): string {
  return `TicketPoller:${tenantId}`;
}

// ---- inputs ---------------------------------------------------------------------------

export interface Attachment {
  kind: 'image' | 'file';
  url?: string;
  name?: string;
}

export interface CustomerMessage {
  /** Unique within the conversation; a message delivered twice is handled once. */
  messageId: string;
  text: string;
  attachments: Attachment[];
  receivedAt: string;
}

/** Timings are inputs: workflows never read configuration. */
export interface RequestTimings {
  /** How long a request waits for a screenshot the rules asked for. */
  screenshotWaitSeconds: number;
  /** How long an escalated request stays open for staff before it closes. */
  staffWaitSeconds: number;
  /** No progress this long after a dispatch: follow up with the provider. */
  followUpAfterSeconds?: number;
  /** At least this long between two follow-ups. */
  followUpCooldownSeconds?: number;
  /** Follow-ups before a person is asked. */
  maxFollowUps?: number;
  /** An escalation nobody decided is announced again after this long. */
  escalationReminderSeconds?: number;
}

export interface SupportRequestInput {
  tenantId: string;
  requestId: string;
  conversationId: string;
  /** The conversation workflow to report decisions to. */
  conversationWorkflowId: string;
  customer: string;
  orderId: string;
  intent: Intent;
  language: string;
  /** For intent `other`: the customer's words, asked of the tenant's knowledge base. */
  question?: string;
  hasScreenshot: boolean;
  settings: DecisionSettings;
  /** The tenant refunds without a person when every criterion holds (SPEC 10.3). */
  autoRefund?: boolean;
  /** Pilot mode: every provider dispatch and customer message waits for staff as a draft (SPEC 10.4). */
  pilot?: boolean;
  timings: RequestTimings;
  /** The tenant's panel (its generation) when the request was opened; orders are read only from it. */
  panelGeneration?: number | null;
  /** History length after which a monitored request continues as new (default 5,000 events). */
  continueAfterEvents?: number;
  /** Set when the request continued as new: where its lifecycle was. */
  resume?: RequestResume;
}

/** A monitored request carried into a fresh run (continue-as-new). */
export interface RequestResume {
  state: RequestState;
  decision: Decision;
  round: number;
  /** The idempotency-key counter: keys stay unique across runs. */
  keySeq: number;
  /** Provider replies already read, so a redelivered one is not read again. */
  seenReplyIds: string[];
  /** What arrived while the run was ending and is still to be read. */
  unread?: { checks: OrderCheck[]; replies: ProviderReply[]; panelSwitched: boolean };
  lifecycle: {
    attempt: number;
    followUps: number;
    lastContactAt: number;
    baseline: ProgressBaseline;
    target: { provider: string; externalId: string };
    drop?: number;
    /** What the provider last said (or what its API showed), for a true escalation reason. */
    lastHeard?: string;
    /** The last message sent to the provider's chat, the context its replies answer. */
    lastAsked?: string;
  };
}

export interface ConversationInput {
  tenantId: string;
  conversationId: string;
  channel: Channel;
  customer: string;
  /** Messages carried across continue-as-new. */
  pending?: CustomerMessage[];
  seenMessageIds?: string[];
  /** Requests whose decision is still to be announced, carried across continue-as-new. */
  late?: LateAnswer[];
  /** The idempotency-key counter: reply keys stay unique across runs. */
  keySeq?: number;
  /** Objection handling, carried across continue-as-new: disputes in a row, the customer's last words. */
  disputesInARow?: number;
  previousTexts?: string[];
  /** Pilot mode as last read from the tenant's settings (replies wait for staff), carried across continue-as-new. */
  pilot?: { staffWaitSeconds: number } | null;
  /** The customer's language once detected; short messages ("ok", "1001") keep it. */
  language?: string | null;
}

/** A request answered after its message's reply: announced when its decision comes. */
export interface LateAnswer {
  requestId: string;
  language: string;
  messageId: string;
  /** Set when the decision already arrived but was not yet announced. */
  report?: RequestReport;
}

// ---- signals and queries --------------------------------------------------------------

export const customerMessageSignal = defineSignal<[CustomerMessage]>('customerMessage');

/** A request tells its conversation what it decided (and later, how it ended). */
export interface RequestReport {
  requestId: string;
  orderId: string;
  intent: Intent;
  decision: Decision;
  state: RequestState;
}
export const requestReportSignal = defineSignal<[RequestReport]>('requestReport');

/** Another message about the same order+intent joined this open request. */
export interface JoinedMessage {
  conversationId: string;
  messageId: string;
  attachments: Attachment[];
}
export const customerJoinedSignal = defineSignal<[JoinedMessage]>('customerJoined');

export interface SupportRequestStatus {
  state: RequestState;
  decision: Decision | null;
}
export const requestStatusQuery = defineQuery<SupportRequestStatus>('requestStatus');

/** A tracker round's check of this request's order. */
export const orderCheckSignal = defineSignal<[OrderCheck]>('orderCheck');

/** A provider answered (in its chat, or through its API). */
export interface ProviderReply {
  /** Unique per reply; a reply delivered twice is read once. */
  replyId: string;
  text: string;
  verdict: 'confirmed' | 'declined' | 'ambiguous';
}
export const providerReplySignal = defineSignal<[ProviderReply]>('providerReply');

/** The tenant connected a different panel: a request of the previous one closes (SPEC section 9). */
export interface PanelSwitched {
  generation: number;
}
export const panelSwitchedSignal = defineSignal<[PanelSwitched]>('panelSwitched');

export const ESCALATION_ACTIONS = ['resolve', 'retry', 'reply', 'close'] as const;
export type EscalationAction = (typeof ESCALATION_ACTIONS)[number];
export interface EscalationDecision {
  action: EscalationAction;
  message?: string;
  /** Who decided (API key owner, Telegram admin), for the timeline. */
  by?: string;
}
/** A person's decision on an escalated request; refused unless the request is escalated. */
export const escalationDecisionUpdate = defineUpdate<{ state: RequestState }, [EscalationDecision]>('escalationDecision');

// ---- tracker ----------------------------------------------------------------------------

export interface TrackerInput {
  tenantId: string;
  round?: number;
}
/** A request started monitoring: the tracker wakes (or starts) for its tenant. */
export const trackerWakeSignal = defineSignal('trackerWake');

// ---- pilot mode -------------------------------------------------------------------------

export const PILOT_ACTIONS = ['approve', 'edit', 'reject'] as const;
export type PilotAction = (typeof PILOT_ACTIONS)[number];
export interface PilotDraftDecision {
  draftId: string;
  action: PilotAction;
  /** The edited text ('edit' only). */
  text?: string;
  /** Who decided (API key owner, Telegram admin). */
  by?: string;
}
/** What the waiting workflow does with the draft: the text it sends, or nothing (rejected). */
export interface PilotDraftResult {
  draftId: string;
  action: PilotAction;
  sentText: string | null;
}
/**
 * Staff's verdict on a pilot draft; refused unless the workflow is waiting for that draft
 * (a draft decided already, or never made by this workflow).
 */
export const pilotDraftDecisionUpdate = defineUpdate<PilotDraftResult, [PilotDraftDecision]>('pilotDraftDecision');
/** PATCH /v1/settings changed the tenant's settings: loops waiting on an interval re-read it. */
export const settingsChangedSignal = defineSignal('settingsChanged');
