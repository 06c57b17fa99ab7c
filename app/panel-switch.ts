// After the tenant connects a different panel, the previous panel's open requests close
// (SPEC section 9): their orders and tickets belong to a panel we no longer read or answer
// in, and the new panel's order or ticket of the same number is someone else's. Each such
// request is signalled and closes itself, with the reason on its timeline. Safe to repeat:
// PUT /v1/panel calls this every time, so a call cut short is completed by the next one.
import type { Client } from '@temporalio/client';
import type { Sql } from '../infra/db/database.js';
import { panelSwitchedSignal } from '../workflows/definitions.js';

export async function closeRequestsOfPreviousPanels(deps: { sql: Sql; temporal: Client }, tenantId: string): Promise<number> {
  const rows = await deps.sql<{ workflow_id: string; generation: number }[]>`
    select r.workflow_id, p.generation from requests r join tenant_panels p on p.tenant_id = r.tenant_id
    where r.tenant_id = ${tenantId} and r.closed_at is null and r.panel_generation is not null and r.panel_generation <> p.generation`;
  let signalled = 0;
  for (const r of rows) {
    try {
      await deps.temporal.workflow.getHandle(r.workflow_id).signal(panelSwitchedSignal, { generation: r.generation });
      signalled++;
    } catch (err) {
      // A request that ended meanwhile needs nothing; anything else is worth a retry of the call.
      if ((err as Error).name !== 'WorkflowNotFoundError') throw err;
    }
  }
  return signalled;
}
