// An upstream provider on loopback speaking the common "API v2" (POST /api/v2, form-encoded
// key + action). Errors come back as HTTP 200 {"error": "..."}, as real providers send them.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Faults, clockFrom, listenLoopback, readParams, sendJson, type Listening } from './http.js';
import { serviceWire, type SimService } from './services.js';

export interface SimProviderOrder {
  /** The provider's order ID (the panel's external_id). */
  id: string;
  serviceId: number;
  link: string;
  quantity: number;
  startCount: number;
  remains: number;
  /** Provider spelling: "Pending", "In progress", "Processing", "Completed", "Partial", "Canceled". */
  status: string;
  charge: number;
  currency: string;
  createdAt: Date;
  /** A cancel was accepted and waits for `completeCancel`. */
  cancelRequested?: boolean;
}

export interface SimRefill {
  id: string;
  orderId: string;
  /** "Pending", "In progress", "Completed", "Rejected". */
  status: string;
  createdAt: Date;
}

export interface RecordedAction {
  action: string;
  /** Every parameter but the key. */
  params: Record<string, string>;
  /** `panel` when the panel itself called (request-cancel), `api` for direct callers. */
  source: 'api' | 'panel';
  at: Date;
}

export interface ProviderState {
  orders: Map<string, SimProviderOrder>;
  refills: Map<string, SimRefill>;
  services: SimService[];
  balance: number;
  currency: string;
  nextOrderId: number;
  nextRefillId: number;
  actions: RecordedAction[];
  /** Some providers answer a bad ID in a multi-status as a bare string, not {error}. */
  bareStringErrors: boolean;
}

export interface ProviderOptions {
  apiKey: string;
  orders?: SimProviderOrder[];
  services?: SimService[];
  balance?: number;
  now?: Date;
  latencyMs?: number;
  /** When set, refills complete by themselves after this delay. */
  autoCompleteRefillMs?: number;
  /** When set, accepted cancels complete by themselves after this delay. */
  autoCompleteCancelMs?: number;
  /** Status, remains or start count changed (the panel would sync this). */
  onOrderChange?: (order: SimProviderOrder) => void;
  /** A refill completed: the count on the link comes back. */
  onRefillCompleted?: (order: SimProviderOrder, refill: SimRefill) => void;
  /** The link's count when an order is added, used as its start count. */
  startCountOf?: (link: string) => number | undefined;
  port?: number;
}

export interface ProviderSim extends Listening {
  /** The endpoint to configure: `<url>/api/v2`. */
  apiUrl: string;
  apiKey: string;
  state: ProviderState;
  faults: Faults;
  failNext(n: number): void;
  /** Recorded actions of one kind (`refill`, `cancel`, ...). */
  actionsNamed(action: string): RecordedAction[];
  setRefillStatus(refillId: string, status: string): void;
  completeRefill(refillId: string): void;
  /** Applies an accepted cancel: Canceled, or Partial when some was delivered. */
  completeCancel(orderId: string): void;
  updateOrder(orderId: string, patch: Partial<Omit<SimProviderOrder, 'id'>>): void;
  /** The cancel logic behind `action=cancel`; returns an error text or null when accepted. */
  requestCancel(orderId: string, source: 'api' | 'panel'): string | null;
}

const OPEN = ['pending', 'in progress', 'inprogress', 'processing'];
const MAX_IDS = 100;

export async function startProvider(opts: ProviderOptions): Promise<ProviderSim> {
  const now = clockFrom(opts.now);
  const faults = new Faults();
  faults.latencyMs = opts.latencyMs ?? 0;
  const orders = (opts.orders ?? []).map((o) => ({ ...o }));
  const state: ProviderState = {
    orders: new Map(orders.map((o) => [o.id, o])),
    refills: new Map(),
    services: [...(opts.services ?? [])],
    balance: opts.balance ?? 1000,
    currency: 'USD',
    nextOrderId: Math.max(100_000, ...orders.map((o) => Number(o.id) || 0)) + 1,
    nextRefillId: 1,
    actions: [],
    bareStringErrors: false,
  };
  const timers = new Set<NodeJS.Timeout>();

  function later(ms: number | undefined, fn: () => void): void {
    if (ms === undefined) return;
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    t.unref();
    timers.add(t);
  }

  function changed(order: SimProviderOrder): void {
    opts.onOrderChange?.(order);
  }

  function setRefillStatus(refillId: string, status: string): void {
    const refill = state.refills.get(refillId);
    if (!refill) throw new Error(`no refill ${refillId}`);
    refill.status = status;
    if (status === 'Completed') {
      const order = state.orders.get(refill.orderId);
      if (order) opts.onRefillCompleted?.(order, refill);
    }
  }

  function completeCancel(orderId: string): void {
    const order = state.orders.get(orderId);
    if (!order?.cancelRequested) return;
    order.cancelRequested = false;
    order.status = order.remains < order.quantity ? 'Partial' : 'Canceled';
    changed(order);
  }

  function requestCancel(orderId: string, source: 'api' | 'panel'): string | null {
    if (source === 'panel') state.actions.push({ action: 'cancel', params: { orders: orderId }, source, at: now() });
    const order = state.orders.get(orderId);
    if (!order) return 'Incorrect order ID';
    if (!OPEN.includes(order.status.toLowerCase())) return 'Order can not be canceled';
    if (serviceOf(order)?.cancel !== true) return 'Cancel is disabled for this service';
    if (order.cancelRequested) return 'Cancel already requested';
    order.cancelRequested = true;
    later(opts.autoCompleteCancelMs, () => completeCancel(orderId));
    return null;
  }

  function serviceOf(order: SimProviderOrder): SimService | undefined {
    return state.services.find((s) => s.id === order.serviceId);
  }

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.replace(/\/+$/, '') !== '/api/v2') return sendJson(res, 404, { error: 'Not found' });
    const params = await readParams(req, url);
    const { key, ...rest } = params;
    faults.count(params.action ?? '(none)');
    if (await faults.before()) return sendJson(res, 500, { error: 'Internal server error' });
    if (key !== opts.apiKey) return sendJson(res, 200, { error: 'Invalid API key' });
    state.actions.push({ action: params.action ?? '', params: rest, source: 'api', at: now() });
    sendJson(res, 200, answer(rest));
  };

  function answer(p: Record<string, string>): unknown {
    switch (p.action) {
      case 'services':
        return state.services.map(serviceWire);
      case 'balance':
        return { balance: state.balance.toFixed(2), currency: state.currency };
      case 'add':
        return add(p);
      case 'status':
        if (p.orders !== undefined) return keyed(ids(p.orders), statusOf, 'Incorrect order ID');
        return p.order ? statusOf(p.order) ?? { error: 'Incorrect order ID' } : { error: 'Incorrect order ID' };
      case 'refill':
        if (p.orders !== undefined) return ids(p.orders).map((id) => ({ order: wireId(id), refill: refillWire(refill(id)) }));
        return refill(p.order ?? '');
      case 'refill_status':
        if (p.refills !== undefined) {
          return ids(p.refills).map((id) => {
            const r = state.refills.get(id);
            return { refill: wireId(id), status: r ? r.status : { error: 'Refill not found' } };
          });
        }
        return refillStatus(p.refill ?? '');
      case 'cancel': {
        const list = ids(p.orders ?? p.order ?? '');
        return list.map((id) => {
          const error = requestCancel(id, 'api');
          return { order: wireId(id), cancel: error ? { error } : 1 };
        });
      }
      default:
        return { error: 'Incorrect request' };
    }
  }

  function add(p: Record<string, string>): unknown {
    const service = state.services.find((s) => String(s.id) === p.service);
    if (!service) return { error: 'Incorrect service ID' };
    const quantity = Number(p.quantity);
    if (!Number.isInteger(quantity) || quantity < service.min) return { error: `Quantity less than minimal ${service.min}` };
    if (quantity > service.max) return { error: `Quantity more than maximum ${service.max}` };
    if (!p.link) return { error: 'Incorrect link' };
    const charge = (service.rate * quantity) / 1000;
    if (charge > state.balance) return { error: 'Not enough funds on balance' };
    state.balance -= charge;
    const id = String(state.nextOrderId++);
    state.orders.set(id, {
      id, serviceId: service.id, link: p.link, quantity, remains: quantity, status: 'Pending',
      startCount: opts.startCountOf?.(p.link) ?? 0, charge, currency: state.currency, createdAt: now(),
    });
    return { order: Number(id) };
  }

  function statusOf(id: string): Record<string, string> | null {
    const o = state.orders.get(id);
    if (!o) return null;
    return {
      charge: o.charge.toFixed(5),
      start_count: String(o.startCount),
      status: o.status,
      remains: String(o.remains),
      currency: o.currency,
    };
  }

  function keyed(list: string[], one: (id: string) => unknown, error: string): unknown {
    if (list.length > MAX_IDS) return { error: `Maximum ${MAX_IDS} orders per request` };
    const out: Record<string, unknown> = {};
    for (const id of list) out[id] = one(id) ?? (state.bareStringErrors ? error : { error });
    return out;
  }

  function refill(orderId: string): { refill: string } | { error: string } {
    const order = state.orders.get(orderId);
    if (!order) return { error: 'Incorrect order ID' };
    if (!serviceOf(order)?.refill) return { error: 'Refill is disabled for this service' };
    const status = order.status.toLowerCase();
    if (status !== 'completed' && status !== 'partial') return { error: 'Order is not completed' };
    const active = [...state.refills.values()].some(
      (r) => r.orderId === orderId && (r.status === 'Pending' || r.status === 'In progress'),
    );
    if (active) return { error: 'Refill already requested for this order' };
    const id = String(state.nextRefillId++);
    state.refills.set(id, { id, orderId, status: 'Pending', createdAt: now() });
    later(opts.autoCompleteRefillMs, () => {
      if (state.refills.get(id)?.status !== 'Completed') setRefillStatus(id, 'Completed');
    });
    return { refill: id };
  }

  function refillStatus(refillId: string): unknown {
    const r = state.refills.get(refillId);
    return r ? { status: r.status } : { error: 'Refill not found' };
  }

  const listening = await listenLoopback(handler, opts.port);
  return {
    ...listening,
    close: async () => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      await listening.close();
    },
    apiUrl: `${listening.url}/api/v2`,
    apiKey: opts.apiKey,
    state,
    faults,
    failNext: (n) => faults.failNext(n),
    actionsNamed: (action) => state.actions.filter((a) => a.action === action),
    setRefillStatus,
    completeRefill: (id) => setRefillStatus(id, 'Completed'),
    completeCancel,
    updateOrder: (id, patch) => {
      const order = state.orders.get(id);
      if (!order) throw new Error(`no provider order ${id}`);
      Object.assign(order, patch);
      changed(order);
    },
    requestCancel,
  };
}

function ids(list: string): string[] {
  return list.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Providers send numeric IDs as JSON numbers. */
function wireId(id: string): number | string {
  return /^\d+$/.test(id) ? Number(id) : id;
}

function refillWire(r: { refill: string } | { error: string }): unknown {
  return 'refill' in r ? wireId(r.refill) : { error: r.error };
}
