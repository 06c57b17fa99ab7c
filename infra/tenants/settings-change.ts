// After a settings change the tenant's loops (ticket poller, tracker) are told at once, so a
// new interval applies to their next round. A loop that is not running has nothing to wake
// (it reads the settings when it starts); a signal that cannot be sent only delays the new
// interval by one old one, so it is logged and the change stands.
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { Logger } from 'pino';
import { settingsChangedSignal, ticketPollerWorkflowId, trackerWorkflowId } from '../../workflows/definitions.js';

export async function announceSettingsChange(temporal: Client, tenantId: string, log: Pick<Logger, 'warn'>): Promise<void> {
  await Promise.all(
    [ticketPollerWorkflowId(tenantId), trackerWorkflowId(tenantId)].map(async (workflowId) => {
      try {
        await temporal.workflow.getHandle(workflowId).signal(settingsChangedSignal);
      } catch (err) {
        if (!(err instanceof WorkflowNotFoundError)) log.warn({ err, workflowId }, 'settings change not announced; the loop applies it after its current wait');
      }
    }),
  );
}
