// Reading orders and link counts for the rules. Each call resolves the tenant's own panel
// and count source, so one worker serves every tenant.
import type { Sql } from '../infra/db/database.js';
import type { SecretBox } from '../infra/crypto.js';
import { readCountSource, readPanel } from '../infra/tenants/connections.js';
import { ApplicationFailure } from '@temporalio/common';
import { PerfectPanelClient } from './panel/perfect-panel.js';
import { PanelAuthError, PanelError, UnknownOrderStatusError, toOrderSnapshot, type PanelAdapter } from './panel/adapter.js';
import { readLinkCount } from './count-source.js';
import type { OrderSnapshot, ServiceInfo } from '../workflows/rules/types.js';

export interface OrderDeps {
  sql: Sql;
  box: SecretBox;
  /** How long a panel's service list is reused before it is read again. */
  servicesTtlMs?: number;
  now?: () => number;
}

export function createOrderActivities(deps: OrderDeps) {
  const servicesCache = new Map<string, { at: number; services: Map<number, ServiceInfo> }>();
  const now = deps.now ?? Date.now;
  const ttl = deps.servicesTtlMs ?? 10 * 60_000;

  async function panelFor(tenantId: string): Promise<{ key: string; panel: PanelAdapter }> {
    const conn = await readPanel(deps.sql, deps.box, tenantId);
    if (!conn) {
      throw ApplicationFailure.create({ type: 'PanelNotConfigured', message: 'the tenant has no panel connected', nonRetryable: true });
    }
    return { key: `${tenantId}|${conn.url}`, panel: new PerfectPanelClient({ url: conn.url, apiKey: conn.apiKey }) };
  }

  async function servicesOf(key: string, panel: PanelAdapter): Promise<Map<number, ServiceInfo>> {
    const hit = servicesCache.get(key);
    if (hit && now() - hit.at < ttl) return hit.services;
    const services = new Map((await panel.getServices()).map((s) => [s.id, s] as const));
    servicesCache.set(key, { at: now(), services });
    return services;
  }

  return {
    /** The order as the rules see it, or null when the panel has no such order. */
    async fetchOrder(input: { tenantId: string; orderId: string }): Promise<OrderSnapshot | null> {
      const { key, panel } = await panelFor(input.tenantId);
      try {
        const order = await panel.getOrder(input.orderId);
        if (!order) return null;
        const services = await servicesOf(key, panel);
        return toOrderSnapshot(order, services.get(order.serviceId));
      } catch (err) {
        throw asBusinessFailure(err);
      }
    },

    /** The link's count now, or null when no count source is set or it cannot say. */
    async readCurrentCount(input: { tenantId: string; link: string | undefined }): Promise<number | null> {
      if (!input.link) return null;
      const source = await readCountSource(deps.sql, input.tenantId);
      if (!source) return null;
      return readLinkCount(source, input.link);
    },
  };
}

/**
 * Failures no retry can fix (a refused key, a wrong panel URL, a status we cannot read)
 * become non-retryable, typed failures the workflow escalates; the rest stay transient.
 */
function asBusinessFailure(err: unknown): unknown {
  if (err instanceof PanelAuthError) {
    return ApplicationFailure.create({ type: 'PanelAuthError', message: err.message, nonRetryable: true });
  }
  if (err instanceof UnknownOrderStatusError) {
    return ApplicationFailure.create({ type: 'UnknownOrderStatus', message: err.message, nonRetryable: true });
  }
  if (err instanceof PanelError && (err.code === 'rejected' || err.code === 'bad_response')) {
    return ApplicationFailure.create({ type: 'PanelRejected', message: err.message, nonRetryable: true });
  }
  return err;
}
