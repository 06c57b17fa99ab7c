// The per-tenant loops that run on the background task queue (backgroundTaskQueue): a subscription for every tenant, a ticket poller for every tenant
// with a panel, a tracker for every tenant with requests being monitored. They outlive
// restarts in Temporal; starting them at service start only adds the missing ones. After a
// settings change they are told at once, so a new interval applies to their next round.
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { Sql } from '../infra/db/database.js';
import { startTicketPoller } from '../activities/tickets.js';
import { startSubscription } from '../activities/billing-subscription.js';
import { backgroundTaskQueue, settingsChangedSignal, ticketPollerWorkflowId, trackerWakeSignal, trackerWorkflowId, type TrackerInput } from '../workflows/definitions.js';

export async function startTenantLoops(sql: Sql, temporal: Client, taskQueue: string): Promise<{ subscriptions: number; pollers: number; trackers: number }> {
  // Every tenant's subscription runs for as long as the tenant exists; starting is idempotent.
  const tenants = await sql<{ id: string }[]>`select id from tenants order by id`;
  for (const { id } of tenants) await startSubscription(temporal, taskQueue, id);
  const panels = await sql<{ tenant_id: string }[]>`select tenant_id from tenant_panels order by tenant_id`;
  for (const { tenant_id } of panels) await startTicketPoller(temporal, taskQueue, tenant_id);
  const tracked = await sql<{ tenant_id: string }[]>`
    select distinct tenant_id from requests where closed_at is null and state in ('dispatched', 'monitoring') order by tenant_id`;
  for (const { tenant_id } of tracked) {
    const args: [TrackerInput] = [{ tenantId: tenant_id }];
    await temporal.workflow.signalWithStart('trackerWorkflow', { workflowId: trackerWorkflowId(tenant_id), taskQueue: backgroundTaskQueue(taskQueue), args, signal: trackerWakeSignal, signalArgs: [] });
  }
  return { subscriptions: tenants.length, pollers: panels.length, trackers: tracked.length };
}

/**
 * Tells the tenant's loops their settings changed. A loop that is not running reads them
 * when it starts; a signal that cannot be sent only delays the new interval by one old one,
 * so it is logged and the change stands.
 */
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
