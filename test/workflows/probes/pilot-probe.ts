// A minimal workflow that uses the pilot gate exactly as the conversation and request
// workflows are to: make the draft, wait for staff's verdict, send only what was approved.
import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../../../activities/index.js';
import { installPilotGate } from '../../../workflows/pilot-gate.js';

export interface ProbeActivities {
  sendProbeReply(input: { conversationId: string; text: string }): Promise<void>;
}

const pilot = proxyActivities<Pick<Activities, 'createPilotDraft' | 'recordPilotVerdict'>>({ startToCloseTimeout: '10s' });
const delivery = proxyActivities<ProbeActivities>({ startToCloseTimeout: '10s' });

export async function pilotProbeWorkflow(input: { tenantId: string; conversationId: string; intent: string; decision: string; text: string }): Promise<string | null> {
  const gate = installPilotGate();
  const { workflowId } = workflowInfo();
  const { draftId } = await pilot.createPilotDraft({
    tenantId: input.tenantId, draftKey: `${workflowId}:reply:1`, kind: 'reply', conversationId: input.conversationId,
    workflowId, intent: input.intent, decision: input.decision, text: input.text,
  });
  const verdict = await gate.waitFor(draftId, input.text, '1 day');
  if (!verdict) return null;
  await pilot.recordPilotVerdict({ tenantId: input.tenantId, draftId, action: verdict.action, finalText: verdict.text, by: verdict.by ?? 'workflow' });
  if (verdict.text !== null) await delivery.sendProbeReply({ conversationId: input.conversationId, text: verdict.text });
  return verdict.text;
}
