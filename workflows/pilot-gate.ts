// Pilot mode inside a workflow (SPEC 10.4): a draft waits here for staff's verdict, given as
// an update with a validator. Install the gate with the workflow's other handlers, then
// `await gate.waitFor(draftId, timeout)` before anything leaves: approve sends the draft,
// edit sends the edited text, reject sends nothing.
import { condition, setHandler } from '@temporalio/workflow';
import { pilotDraftDecisionUpdate, type PilotDraftDecision, type PilotDraftResult } from './definitions.js';

export interface PilotVerdict {
  action: PilotDraftDecision['action'];
  /** The text to send; null when rejected. */
  text: string | null;
  by?: string;
}

export interface PilotGate {
  /**
   * Waits for the draft's verdict; null when `timeout` passes first. A draft that is not
   * `editable` (a provider dispatch: its message is made by the dispatcher) refuses an edit.
   */
  waitFor(draftId: string, draftText: string, timeout: string | number, opts?: { editable?: boolean }): Promise<PilotVerdict | null>;
}

export function installPilotGate(): PilotGate {
  const waiting = new Map<string, { text: string; editable: boolean }>();
  const verdicts = new Map<string, PilotVerdict>();
  setHandler(
    pilotDraftDecisionUpdate,
    (decision): PilotDraftResult => {
      const draftText = waiting.get(decision.draftId)?.text ?? '';
      const text = decision.action === 'reject' ? null : decision.action === 'edit' ? (decision.text ?? '').trim() : draftText;
      verdicts.set(decision.draftId, { action: decision.action, text, ...(decision.by ? { by: decision.by } : {}) });
      waiting.delete(decision.draftId);
      return { draftId: decision.draftId, action: decision.action, sentText: text };
    },
    {
      validator: (decision) => {
        const draft = waiting.get(decision.draftId);
        if (!draft) throw new Error(`draft ${decision.draftId} is not waiting for a verdict`);
        if (decision.action === 'edit' && !draft.editable) throw new Error('a dispatch draft can be approved or rejected, not edited');
        if (decision.action === 'edit' && !decision.text?.trim()) throw new Error('an edit needs the text');
      },
    },
  );
  return {
    async waitFor(draftId, draftText, timeout, opts) {
      waiting.set(draftId, { text: draftText, editable: opts?.editable ?? true });
      const decided = await condition(() => verdicts.has(draftId), timeout);
      waiting.delete(draftId);
      return decided ? (verdicts.get(draftId) ?? null) : null;
    },
  };
}
