// Staff's verdict on a pilot draft, shared by the API route and the Telegram admin chat: the
// update goes to the workflow waiting for the draft (its validator refuses what cannot
// apply), and the verdict is kept once the workflow accepted it.
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import type { Sql } from '../../infra/db/database.js';
import { readDraft, recordVerdict } from '../../infra/pilot/drafts.js';
import { pilotDraftDecisionUpdate, type PilotAction } from '../../workflows/definitions.js';

export type DraftVerdictOutcome =
  | { kind: 'done'; sentText: string | null }
  | { kind: 'not_found' }
  | { kind: 'already_decided'; status: string }
  | { kind: 'refused'; reason: string };

export async function decidePilotDraft(
  deps: { sql: Sql; temporal: Client },
  tenantId: string,
  draftId: string,
  verdict: { action: PilotAction; text?: string; by: string },
): Promise<DraftVerdictOutcome> {
  const draft = await readDraft(deps.sql, tenantId, draftId);
  if (!draft) return { kind: 'not_found' };
  if (draft.status !== 'pending') return { kind: 'already_decided', status: draft.status };
  let sentText: string | null;
  try {
    const result = await deps.temporal.workflow.getHandle(draft.workflowId).executeUpdate(pilotDraftDecisionUpdate, {
      args: [{ draftId: draft.id, action: verdict.action, ...(verdict.action === 'edit' ? { text: verdict.text } : {}), by: verdict.by }],
    });
    sentText = result.sentText;
  } catch (err) {
    if (err instanceof WorkflowUpdateFailedError) return { kind: 'refused', reason: err.cause?.message ?? err.message };
    if (err instanceof WorkflowNotFoundError) return { kind: 'refused', reason: 'the conversation waiting for this draft has finished' };
    throw err;
  }
  await recordVerdict(deps.sql, { tenantId, draftId: draft.id, action: verdict.action, finalText: sentText, by: verdict.by });
  return { kind: 'done', sentText };
}
