// What connects a conversation and its requests, done by the worker's Temporal client as local
// activities: starting a request, a request's report to its conversation, a later message
// joining an open request. As workflow commands (a child workflow, external signals) each cost
// the sender two history events and one more workflow task before it could go on; as local
// activities they cost one marker inside the task already running.
import { Context } from '@temporalio/activity';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import type { Admission } from './store.js';
import type { Intent } from '../workflows/rules/types.js';
import {
  customerJoinedSignal,
  requestReportSignal,
  type JoinedMessage,
  type RequestReport,
  type SupportRequestInput,
} from '../workflows/definitions.js';

/** What every request a message opens shares; the admission adds the order, intent and IDs. */
export type RequestCommon = Omit<SupportRequestInput, 'requestId' | 'orderId' | 'intent' | 'panelGeneration' | 'question'> & { text: string };

type AdmitRequests = (input: { tenantId: string; conversationId: string; messageId: string; items: Array<{ orderId: string; intent: Intent }> }) => Promise<Admission[]>;

export function createRequestLinkActivities(deps: { temporal: Client; admitRequests: AdmitRequests }) {
  /** Signals a workflow; false when it is no longer running (nothing to tell, nothing to retry). */
  const signal = async <T>(workflowId: string, send: (h: ReturnType<Client['workflow']['getHandle']>) => Promise<T>): Promise<boolean> => {
    try {
      await send(deps.temporal.workflow.getHandle(workflowId));
      return true;
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) return false;
      throw err;
    }
  };
  /** Idempotent: admission made the workflow ID unique, so "already started" is this very request. */
  const start = async (workflowId: string, request: SupportRequestInput): Promise<void> => {
    try {
      await deps.temporal.workflow.start('supportRequestWorkflow', {
        workflowId,
        // The conversation's own queue: requests run where the worker that admitted them runs.
        taskQueue: Context.current().info.taskQueue,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        args: [request],
      });
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  };
  return {
    /**
     * Admits one request per (order, intent) of a message and starts the workflow of each one
     * opened. A retry finds the same admissions (keyed by message) and the started workflows.
     */
    async openRequests(input: { tenantId: string; conversationId: string; messageId: string; items: Array<{ orderId: string; intent: Intent }>; common: RequestCommon }): Promise<Admission[]> {
      const admissions = await deps.admitRequests(input);
      const { text, ...common } = input.common;
      await Promise.all(admissions.filter((a) => a.outcome === 'opened').map((a) =>
        start(a.workflowId, {
          ...common,
          requestId: a.requestId,
          orderId: a.orderId,
          intent: a.intent,
          panelGeneration: a.panelGeneration ?? null,
          ...(a.intent === 'other' ? { question: text } : {}),
        })));
      return admissions;
    },

    /** A request's decision to its conversation. A repeat (a retried attempt) is ignored there: the first report counts. */
    async reportToConversation(input: { conversationWorkflowId: string; report: RequestReport }): Promise<boolean> {
      return signal(input.conversationWorkflowId, (h) => h.signal(requestReportSignal, input.report));
    },

    /** A later message (or a screenshot) to an open request. A repeat is ignored there by message ID. */
    async joinRequest(input: { workflowId: string; joined: JoinedMessage }): Promise<boolean> {
      return signal(input.workflowId, (h) => h.signal(customerJoinedSignal, input.joined));
    },
  };
}
