// Reading orders and link counts for the rules. Each call resolves the tenant's own panel
// and count source, so one worker serves every tenant.
import type { Sql } from '../infra/db/database.js';
import type { SecretBox } from '../infra/crypto.js';
import { readCountSource, readPanel } from '../infra/tenants/connections.js';
import { ApplicationFailure } from '@temporalio/common';
import { PerfectPanelClient } from './panel/perfect-panel.js';
import { PanelAuthError, PanelError, UnknownOrderStatusError, toOrderSnapshot, type PanelAdapter } from './panel/adapter.js';
import { readLinkCount } from './count-source.js';
import type { OrderSnapshot } from '../workflows/rules/types.js';
import { ServicesCache } from './panel/services-cache.js';

export interface OrderDeps {
  sql: Sql;
  box: SecretBox;
  /** How long a panel's service list is reused before it is read again. */
  servicesTtlMs?: number;
  now?: () => number;
  /** Shared with tracking rounds, so both read a panel's services once per TTL. */
  services?: ServicesCache;
}

export function createOrderActivities(deps: OrderDeps) {
  const services = deps.services ?? new ServicesCache(deps.servicesTtlMs, deps.now);

  async function panelFor(tenantId: string): Promise<{ key: string; panel: PanelAdapter; generation: number }> {
    const conn = await readPanel(deps.sql, deps.box, tenantId);
    if (!conn) {
      throw ApplicationFailure.create({ type: 'PanelNotConfigured', message: 'the tenant has no panel connected', nonRetryable: true });
    }
    return { key: `${tenantId}|${conn.url}`, panel: new PerfectPanelClient({ url: conn.url, apiKey: conn.apiKey }), generation: conn.generation };
  }

  return {
    /** The order as the rules see it, or null when the panel has no such order. */
    async fetchOrder(input: { tenantId: string; orderId: string; panelGeneration?: number | null }): Promise<OrderSnapshot | null> {
      const { key, panel, generation } = await panelFor(input.tenantId);
      if (input.panelGeneration != null && input.panelGeneration !== generation) {
        // Order 1001 of the new panel is another order than 1001 of the one the request was opened against.
        throw ApplicationFailure.create({ type: 'PanelChanged', message: 'the request was opened against the panel connected before', nonRetryable: true });
      }
      try {
        const order = await panel.getOrder(input.orderId);
        if (!order) return null;
        const byId = await services.get(key, panel);
        return toOrderSnapshot(order, byId.get(order.serviceId));
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
