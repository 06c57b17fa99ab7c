// One tracking round for a tenant: every open, dispatched request is checked in as few
// panel calls as the panel allows (one per 100 orders), each check costs one credit, and
// each request is told what its check found. With no credits left, nothing is checked:
// the tenant's tracking pauses and picks up by itself once credits are back. A request is
// signalled only when what its check found differs from the check it was last told about:
// its verdict is a pure function of the check, so an unchanged order has nothing to say,
// and a round over thousands of quiet requests costs Temporal nothing.
import { createHash } from 'node:crypto';
import { Client } from '@temporalio/client';
import type { Sql } from '../infra/db/database.js';
import type { SecretBox } from '../infra/crypto.js';
import { readCountSource, readPanel, readProvider } from '../infra/tenants/connections.js';
import { PerfectPanelClient } from './panel/perfect-panel.js';
import type { ServicesCache } from './panel/services-cache.js';
import { toOrderSnapshot } from './panel/adapter.js';
import { ProviderApiClient } from './providers/api-v2.js';
import { readLinkCount } from './count-source.js';
import { backgroundTaskQueue, orderCheckSignal, trackerWorkflowId, trackerWakeSignal, type TrackerInput } from '../workflows/definitions.js';
import type { OrderCheck } from '../workflows/rules/progress.js';

export interface TrackingDeps {
  sql: Sql;
  box: SecretBox;
  temporal: Client;
  taskQueue: string;
  services: ServicesCache;
  consumeTrackingCredit(input: { tenantId: string; ref: string }): Promise<{ ok: boolean; remaining: number; level: 'ok' | 'low' | 'empty' }>;
}

interface Tracked {
  id: string;
  workflow_id: string;
  order_id: string;
  intent: string;
  provider: string | null;
  refill_ref: string | null;
  last_check_digest: string | null;
}

export interface RoundResult {
  tracked: number;
  checked: number;
  /** Checks that found something new and were signalled to their request. */
  signalled?: number;
  paused: boolean;
  creditsLeft: number | null;
}

export function createTrackingActivities(deps: TrackingDeps) {
  const { sql, box } = deps;
  return {
    /** Makes sure the tenant's tracker runs (starting it, or waking it from its wait). */
    async ensureTracking(input: { tenantId: string }): Promise<void> {
      const args: [TrackerInput] = [{ tenantId: input.tenantId }];
      await deps.temporal.workflow.signalWithStart('trackerWorkflow', {
        workflowId: trackerWorkflowId(input.tenantId),
        taskQueue: backgroundTaskQueue(deps.taskQueue),
        args,
        signal: trackerWakeSignal,
        signalArgs: [],
      });
    },

    async runTrackingRound(input: { tenantId: string; round: number }): Promise<RoundResult> {
      const tracked = await sql<Tracked[]>`
        select r.id::text, r.workflow_id, r.order_id, r.intent, r.provider, r.last_check_digest,
               (select provider_ref from dispatch_attempts d
                 where d.request_id = r.id and d.channel like 'api%' and d.provider_ref is not null
                 order by attempt desc limit 1) as refill_ref
        from requests r
        where r.tenant_id = ${input.tenantId} and r.closed_at is null and r.state in ('dispatched', 'monitoring')
          -- Orders of a panel connected before are not read from the new one.
          and (r.panel_generation is null or r.panel_generation = (select generation from tenant_panels p where p.tenant_id = r.tenant_id))
        order by r.id`;
      const result: RoundResult = { tracked: tracked.length, checked: 0, signalled: 0, paused: false, creditsLeft: null };
      if (tracked.length === 0) return result;

      const paid: Tracked[] = [];
      for (const r of tracked) {
        const credit = await deps.consumeTrackingCredit({ tenantId: input.tenantId, ref: `check:${r.id}:${input.round}` });
        result.creditsLeft = credit.remaining;
        if (!credit.ok) {
          result.paused = true;
          break;
        }
        paid.push(r);
      }
      if (paid.length === 0) return result;

      const panelConn = await readPanel(sql, box, input.tenantId);
      if (!panelConn) return result;
      const panel = new PerfectPanelClient({ url: panelConn.url, apiKey: panelConn.apiKey });
      const orders = await panel.getOrders(paid.map((r) => r.order_id));
      const services = await deps.services.get(`${input.tenantId}|${panelConn.url}`, panel);
      const countSource = await readCountSource(sql, input.tenantId);
      const refillStates = await readRefillStates(sql, box, input.tenantId, paid);

      for (const r of paid) {
        const raw = orders.get(r.order_id);
        const order = raw ? toOrderSnapshot(raw, services.get(raw.serviceId)) : null;
        const currentCount = r.intent === 'refill' && order?.link && countSource ? await readLinkCount(countSource, order.link).catch(() => null) : null;
        const check: OrderCheck = { round: input.round, order, currentCount, refillState: refillStates.get(r.id) };
        result.checked++;
        const digest = checkDigest(check);
        if (digest === r.last_check_digest) continue;
        try {
          await deps.temporal.workflow.getHandle(r.workflow_id).signal(orderCheckSignal, check);
        } catch {
          // The request finished since it was listed; its check is simply not needed.
          continue;
        }
        result.signalled = (result.signalled ?? 0) + 1;
        await sql`update requests set last_check_digest = ${digest} where id = ${r.id}`;
      }
      return result;
    },
  };
}

/** What a check found, without its round number: equal digests, equal verdicts. */
function checkDigest(check: OrderCheck): string {
  const { round: _round, ...found } = check;
  return createHash('sha256').update(JSON.stringify(found)).digest('base64url').slice(0, 22);
}

/** Refill statuses for refills created through a provider's API, one call per provider. */
async function readRefillStates(sql: Sql, box: SecretBox, tenantId: string, paid: Tracked[]): Promise<Map<string, OrderCheck['refillState']>> {
  const out = new Map<string, OrderCheck['refillState']>();
  const byProvider = new Map<string, Tracked[]>();
  for (const r of paid) {
    if (r.intent !== 'refill' || !r.refill_ref || !r.provider) continue;
    byProvider.set(r.provider, [...(byProvider.get(r.provider) ?? []), r]);
  }
  for (const [name, rs] of byProvider) {
    const conn = await readProvider(sql, box, tenantId, name);
    if (!conn?.api) continue;
    const client = new ProviderApiClient({ url: conn.api.url, key: conn.api.key });
    const states = await client.refillStatuses(rs.map((r) => r.refill_ref!)).catch(() => null);
    for (const r of rs) {
      const s = states?.get(r.refill_ref!);
      if (s && 'state' in s) out.set(r.id, s.state);
    }
  }
  return out;
}
