// Pilot mode in the live workflows (SPEC 10.4): a customer reply or a provider dispatch is
// first a draft, kept in PostgreSQL and shown in the admin chat, and the workflow waits for
// staff's verdict (an update with a validator, see pilot-gate.ts). Only what staff approved,
// or the text they edited, leaves; a rejection, or no verdict in time, sends nothing.
import { workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import { pilot } from './activity-proxies.js';
import type { PilotGate, PilotVerdict } from './pilot-gate.js';
import { INTENTS, type Intent } from './rules/types.js';

export type DraftSpec = Omit<Parameters<Activities['createPilotDraft']>[0], 'workflowId'>;

/** The verdict staff gave (kept with the draft), or null when none came within `waitMs`. */
export async function throughPilot(gate: PilotGate, spec: DraftSpec, waitMs: number, opts: { editable: boolean }): Promise<PilotVerdict | null> {
  const { draftId } = await pilot.createPilotDraft({ ...spec, workflowId: workflowInfo().workflowId });
  const verdict = await gate.waitFor(draftId, spec.text, waitMs, opts);
  if (verdict) {
    await pilot.recordPilotVerdict({ tenantId: spec.tenantId, draftId, action: verdict.action, finalText: verdict.text, by: verdict.by ?? 'staff' });
  }
  return verdict;
}

/** The intent a decision or outcome code belongs to (`refill.forward` → refill), for agreement per intent. */
export function intentOfCode(code: string): Intent | null {
  const head = code.split('.')[0] as Intent;
  return INTENTS.includes(head) ? head : null;
}
