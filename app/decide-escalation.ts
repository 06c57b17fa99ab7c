// Deciding an escalated request: one implementation behind POST /v1/escalations/{id}/decision
// and the admin chat's buttons. The decision is an update with a validator on the request's
// workflow: refused at once when it cannot apply, answered once it has been carried out.
import { WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateStage, type Client } from '@temporalio/client';
import type { Sql } from '../infra/db/database.js';
import { escalationDecisionUpdate, type EscalationDecision, type RequestState } from '../workflows/definitions.js';

/** How a decision ended: carried out, refused (the request is not waiting for it), or the request is gone. */
export type DecisionSettled = { kind: 'done'; state: RequestState } | { kind: 'refused'; reason: string } | { kind: 'finished' };

export type DecisionOutcome =
  | { kind: 'not_found' }
  | DecisionSettled
  /** Taken by the request; `done` settles once it has been carried out. */
  | { kind: 'accepted'; done: Promise<DecisionSettled> };

export async function decideEscalation(
  deps: { sql: Sql; temporal: Client },
  tenantId: string,
  requestId: string,
  decision: EscalationDecision,
): Promise<DecisionOutcome> {
  const [row] = await deps.sql<{ workflow_id: string }[]>`
    select workflow_id from requests where id = ${requestId} and tenant_id = ${tenantId}`;
  if (!row) return { kind: 'not_found' };
  try {
    const update = await deps.temporal.workflow
      .getHandle(row.workflow_id)
      .startUpdate(escalationDecisionUpdate, { args: [decision], waitForStage: WorkflowUpdateStage.ACCEPTED });
    const done = update.result().then(
      (r): DecisionSettled => ({ kind: 'done', state: r.state }),
      (err: unknown) => refusal(err),
    );
    return { kind: 'accepted', done };
  } catch (err) {
    return refusal(err);
  }
}

function refusal(err: unknown): DecisionSettled {
  if (err instanceof WorkflowUpdateFailedError) return { kind: 'refused', reason: (err.cause as Error | undefined)?.message ?? err.message };
  if (err instanceof WorkflowNotFoundError || (err instanceof Error && err.name === 'WorkflowNotFoundError')) return { kind: 'finished' };
  throw err;
}
