// What a request writes and tells between two of its waits, in one local activity: its
// timeline events since the last write, the provider it dispatched to, its report to the
// conversation, and the wake-up of the tenant's tracker. Each was a local activity of its own:
// a marker and a round trip through the workflow's activation each, which under load was
// most of what a request cost the worker (bench/open-loop.ts, localActsPerMsg). Every part is
// idempotent, so a retried sync repeats nothing: events are keyed, the report's first copy
// counts, the tracker's start is a signal-with-start.
import type { RequestProgress } from './store.js';
import type { RequestReport } from '../workflows/definitions.js';

export interface RequestSync {
  events: RequestProgress[];
  dispatchTarget?: { requestId: string; provider: string; externalId: string };
  report?: { conversationWorkflowId: string; report: RequestReport };
  /** The tenant whose tracker must be running (after a dispatch). */
  trackTenant?: string;
}

interface SyncDeps {
  recordRequestTimeline(input: { events: RequestProgress[] }): Promise<void>;
  recordDispatchTarget(input: { requestId: string; provider: string; externalId: string }): Promise<void>;
  reportToConversation(input: { conversationWorkflowId: string; report: RequestReport }): Promise<boolean>;
  ensureTracking(input: { tenantId: string }): Promise<void>;
}

export function createRequestSyncActivities(deps: SyncDeps) {
  return {
    /** reported: whether the conversation heard the report (null: none was sent). */
    async syncRequest(input: RequestSync): Promise<{ reported: boolean | null }> {
      await deps.recordRequestTimeline({ events: input.events });
      if (input.dispatchTarget) await deps.recordDispatchTarget(input.dispatchTarget);
      const reported = input.report ? await deps.reportToConversation(input.report) : null;
      if (input.trackTenant) await deps.ensureTracking({ tenantId: input.trackTenant });
      return { reported };
    },
  };
}
