// Activities typed against the real ones, with an in-memory record of what workflows did.
import type { Activities } from '../../activities/index.js';
import type { Admission } from '../../activities/store.js';
import { TenantSettingsSchema } from '../../infra/tenants/settings.js';
import { supportRequestWorkflowId } from '../../workflows/definitions.js';
import type { OrderSnapshot } from '../../workflows/rules/types.js';

export interface MockWorld {
  orders: Map<string, OrderSnapshot>;
  counts: Map<string, number>;
  replies: Array<{ conversationId: string; replyKey: string; text: string }>;
  progress: Array<Parameters<Activities['recordRequestProgress']>[0]>;
  fetchCalls: number;
  /** Fails this many order lookups with a transient error before answering. */
  failFetches: number;
}

export function mockActivities(world: MockWorld, classify: Activities['classifyMessage']): Activities {
  let nextRequest = 100;
  const open = new Map<string, Admission>();
  return {
    async recordConversation() {},
    async recordMessage() {},
    async admitRequests({ tenantId, items }) {
      return items.map((item) => {
        const key = `${item.orderId}:${item.intent}`;
        const existing = open.get(key);
        if (existing) return { ...existing, outcome: 'duplicate' as const };
        const requestId = String(nextRequest++);
        const a: Admission = { ...item, requestId, workflowId: supportRequestWorkflowId(tenantId, item.orderId, item.intent, requestId), outcome: 'opened' };
        open.set(key, a);
        return a;
      });
    },
    async recordRequestProgress(p) {
      world.progress.push(p);
    },
    async loadTenantSettings() {
      return TenantSettingsSchema.parse({});
    },
    async fetchOrder({ orderId }) {
      world.fetchCalls++;
      if (world.failFetches > 0) {
        world.failFetches--;
        throw new Error('panel answered 502');
      }
      return world.orders.get(orderId) ?? null;
    },
    async readCurrentCount({ link }) {
      return link ? (world.counts.get(link) ?? null) : null;
    },
    classifyMessage: classify,
    async replyToCustomer({ conversationId, replyKey, text }) {
      world.replies.push({ conversationId, replyKey, text });
    },
  };
}

export function newWorld(): MockWorld {
  return { orders: new Map(), counts: new Map(), replies: [], progress: [], fetchCalls: 0, failFetches: 0 };
}
