// A Perfect Panel on loopback: the Admin API v2 (orders, tickets) under /adminapi/v2 and the
// panel's own customer API (/api/v2, services only), speaking the shapes real panels send.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Faults, clockFrom, listenLoopback, readParams, sendJson, type Listening } from './http.js';
import { serviceWire, type SimService } from './services.js';

export interface SimPanelOrder {
  id: number;
  /** The provider's order ID. */
  externalId: string;
  user: string;
  provider: string;
  serviceId: number;
  serviceName: string;
  /** As the panel spells it: "Pending", "In progress", "Processing", "Completed", "Partial", "Canceled". */
  status: string;
  quantity: number;
  remains: number;
  startCount: number;
  charge: number;
  currency: string;
  link: string;
  mode: 'auto' | 'manual';
  createdAt: Date;
  lastUpdate: Date;
  /** Set once a cancel was asked of the provider; hides the request-cancel button. */
  cancelRequested?: boolean;
}

export interface SimTicketMessage {
  senderName: string;
  isStaff: boolean;
  message: string;
  createdAt: Date;
}

export type SimTicketStatus = 'pending' | 'answered' | 'closed' | 'locked';

export interface SimTicket {
  id: number;
  subject: string;
  status: SimTicketStatus;
  user: string;
  createdAt: Date;
  lastUpdate: Date;
  isRead: boolean;
  messages: SimTicketMessage[];
}

export interface PanelState {
  orders: Map<number, SimPanelOrder>;
  tickets: Map<number, SimTicket>;
  services: SimService[];
  /** Quantities, counts and charges as strings (the common PHP habit) or as numbers. */
  numbersAsStrings: boolean;
  nextTicketId: number;
}

export interface PerfectPanelOptions {
  apiKey: string;
  /** Keys accepted by /api/v2 (customer API keys); defaults to the admin key. */
  userApiKeys?: string[];
  orders?: SimPanelOrder[];
  tickets?: SimTicket[];
  services?: SimService[];
  /** Simulated "now"; runs at real speed from here. */
  now?: Date;
  latencyMs?: number;
  /**
   * Called on request-cancel, the panel asking its provider to cancel. Returns an error
   * text when the provider refuses, null when it accepted.
   */
  onRequestCancel?: (order: SimPanelOrder) => string | null;
  port?: number;
}

export interface PerfectPanelSim extends Listening {
  apiKey: string;
  state: PanelState;
  faults: Faults;
  /** Next n requests answer 500. */
  failNext(n: number): void;
  /** A customer opens a ticket; returns its ID. */
  addTicket(user: string, subject: string, message: string): number;
  /** A customer writes again in an existing ticket. */
  addCustomerMessage(ticketId: number, text: string): void;
  now(): Date;
}

const ADMIN = '/adminapi/v2';
const OPEN_STATUSES = ['pending', 'inprogress', 'processing'];

export async function startPerfectPanel(opts: PerfectPanelOptions): Promise<PerfectPanelSim> {
  const now = clockFrom(opts.now);
  const faults = new Faults();
  faults.latencyMs = opts.latencyMs ?? 0;
  const state: PanelState = {
    orders: new Map((opts.orders ?? []).map((o) => [o.id, { ...o }])),
    tickets: new Map((opts.tickets ?? []).map((t) => [t.id, structuredClone(t)])),
    services: [...(opts.services ?? [])],
    numbersAsStrings: true,
    nextTicketId: Math.max(0, ...(opts.tickets ?? []).map((t) => t.id)) + 1,
  };
  const userKeys = opts.userApiKeys ?? [opts.apiKey];

  function addTicket(user: string, subject: string, message: string): number {
    const id = state.nextTicketId++;
    const at = now();
    state.tickets.set(id, {
      id, subject, status: 'pending', user, createdAt: at, lastUpdate: at, isRead: false,
      messages: [{ senderName: user, isStaff: false, message, createdAt: at }],
    });
    return id;
  }

  function addCustomerMessage(ticketId: number, text: string): void {
    const ticket = state.tickets.get(ticketId);
    if (!ticket) throw new Error(`no ticket ${ticketId}`);
    const at = now();
    ticket.messages.push({ senderName: ticket.user, isStaff: false, message: text, createdAt: at });
    ticket.status = 'pending';
    ticket.isRead = false;
    ticket.lastUpdate = at;
  }

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/\/+$/, '');
    if (path === '/api/v2') {
      faults.count('api/v2');
      if (await faults.before()) return sendJson(res, 500, { error: 'Internal server error' });
      return customerApi(req, res, url);
    }
    if (!path.startsWith(ADMIN)) return envelopeError(res, 404, 'Not found');
    const route = path.slice(ADMIN.length) || '/';
    const key = `${req.method ?? 'GET'} ${routeKey(route)}`;
    faults.count(key);
    // The body is read before any latency: a caller that dies meanwhile still had its call
    // carried out, as on a real panel.
    const params = await readParams(req, url);
    if (await faults.before(key)) return envelopeError(res, 500, 'Internal server error');
    if (req.headers['x-api-key'] !== opts.apiKey) return envelopeError(res, 401, 'Invalid API key');
    return adminApi(req.method ?? 'GET', route, params, res);
  };

  async function customerApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const params = await readParams(req, url);
    if (!params.key || !userKeys.includes(params.key)) return sendJson(res, 200, { error: 'Invalid API key' });
    if (params.action !== 'services') return sendJson(res, 200, { error: 'Incorrect request' });
    sendJson(res, 200, state.services.map(serviceWire));
  }

  function adminApi(method: string, route: string, p: Record<string, string>, res: ServerResponse): void {
    let m: RegExpMatchArray | null;
    if (method === 'GET' && route === '/orders') return listOrders(p, res);
    if (method === 'GET' && (m = route.match(/^\/orders\/(\d+)$/))) {
      const order = state.orders.get(Number(m[1]));
      return order ? ok(res, orderWire(order)) : envelopeError(res, 404, 'Order not found');
    }
    if (method === 'POST' && route === '/orders/request-cancel') return requestCancel(p, res);
    if (method === 'POST' && route === '/orders/cancel') return cancelAndRefund(p, res);
    if (method === 'POST' && (m = route.match(/^\/orders\/(\d+)\/set-partial$/))) return setPartial(Number(m[1]), p, res);
    if (method === 'GET' && route === '/tickets') return listTickets(p, res);
    if (method === 'GET' && (m = route.match(/^\/tickets\/(\d+)$/))) {
      const ticket = state.tickets.get(Number(m[1]));
      return ticket ? ok(res, ticketWire(ticket, true)) : envelopeError(res, 404, 'Ticket not found');
    }
    if (method === 'POST' && (m = route.match(/^\/tickets\/(\d+)\/reply$/))) return reply(Number(m[1]), p, res);
    if (method === 'POST' && route === '/tickets/add') return addStaffTicket(p, res);
    envelopeError(res, 404, 'Not found');
  }

  function listOrders(p: Record<string, string>, res: ServerResponse): void {
    const ids = p.ids ? new Set(p.ids.split(',').map((s) => Number(s.trim()))) : null;
    const serviceIds = p.service_ids ? new Set(p.service_ids.split(',').map((s) => Number(s.trim()))) : null;
    const wanted = p.order_status ? squash(p.order_status) : null;
    const from = p.created_from ? Number(p.created_from) : null;
    const to = p.created_to ? Number(p.created_to) : null;
    const all = [...state.orders.values()]
      .filter((o) => !ids || ids.has(o.id))
      .filter((o) => !p.user || o.user === p.user)
      .filter((o) => !wanted || squash(o.status) === wanted)
      .filter((o) => !serviceIds || serviceIds.has(o.serviceId))
      .filter((o) => from === null || o.createdAt.getTime() / 1000 >= from)
      .filter((o) => to === null || o.createdAt.getTime() / 1000 <= to)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
    page(res, all.map(orderWire), p);
  }

  function requestCancel(p: Record<string, string>, res: ServerResponse): void {
    const order = state.orders.get(Number(p.order_id ?? p.id));
    if (!order) return envelopeError(res, 404, 'Order not found');
    if (!actionsOf(order).request_cancel) return envelopeError(res, 400, 'Cancel can not be requested for this order');
    const refusal = opts.onRequestCancel?.(order) ?? null;
    if (refusal) return envelopeError(res, 400, refusal);
    order.cancelRequested = true;
    order.lastUpdate = now();
    ok(res, { order_id: order.id });
  }

  function cancelAndRefund(p: Record<string, string>, res: ServerResponse): void {
    const order = state.orders.get(Number(p.order_id ?? p.id));
    if (!order) return envelopeError(res, 404, 'Order not found');
    if (!actionsOf(order).cancel_and_refund) return envelopeError(res, 400, 'Order is already canceled');
    order.status = 'Canceled';
    order.lastUpdate = now();
    ok(res, { order_id: order.id });
  }

  // Marks the order partial and (on a real panel) returns the undelivered part's charge.
  function setPartial(id: number, p: Record<string, string>, res: ServerResponse): void {
    const order = state.orders.get(id);
    if (!order) return envelopeError(res, 404, 'Order not found');
    const remains = Number(p.remains);
    if (!Number.isInteger(remains) || remains <= 0 || remains > order.quantity) return envelopeError(res, 400, 'Incorrect remains');
    if (/^(partial|canceled|cancelled|refunded)$/i.test(order.status)) return envelopeError(res, 400, 'Order is already closed');
    order.status = 'Partial';
    order.remains = remains;
    if (p.start_count !== undefined) order.startCount = Number(p.start_count);
    order.lastUpdate = now();
    ok(res, { order_id: order.id });
  }

  function listTickets(p: Record<string, string>, res: ServerResponse): void {
    const all = [...state.tickets.values()]
      .filter((t) => !p.user || t.user === p.user)
      .filter((t) => !p.status || t.status === p.status)
      .sort((a, b) => b.lastUpdate.getTime() - a.lastUpdate.getTime() || b.id - a.id);
    page(res, all.map((t) => ticketWire(t, false)), p);
  }

  function reply(ticketId: number, p: Record<string, string>, res: ServerResponse): void {
    const ticket = state.tickets.get(ticketId);
    if (!ticket) return envelopeError(res, 404, 'Ticket not found');
    if (!p.message?.trim()) return envelopeError(res, 400, 'Message is required');
    if (ticket.status === 'locked') return envelopeError(res, 400, 'Ticket is locked');
    const at = now();
    ticket.messages.push({ senderName: p.staff_name || 'Support', isStaff: true, message: p.message, createdAt: at });
    ticket.status = 'answered';
    ticket.lastUpdate = at;
    ok(res, { id: ticket.id });
  }

  function addStaffTicket(p: Record<string, string>, res: ServerResponse): void {
    if (!p.username || !p.subject?.trim() || !p.message?.trim()) {
      return envelopeError(res, 400, 'username, subject and message are required');
    }
    const id = state.nextTicketId++;
    const at = now();
    state.tickets.set(id, {
      id, subject: p.subject, status: 'answered', user: p.username, createdAt: at, lastUpdate: at, isRead: true,
      messages: [{ senderName: p.staff_name || 'Support', isStaff: true, message: p.message, createdAt: at }],
    });
    ok(res, { id });
  }

  function orderWire(o: SimPanelOrder): Record<string, unknown> {
    const n = (v: number): number | string => (state.numbersAsStrings ? String(v) : v);
    return {
      id: o.id,
      external_id: o.externalId,
      user: o.user,
      provider: o.provider,
      service_id: o.serviceId,
      service_name: o.serviceName,
      status: o.status,
      quantity: n(o.quantity),
      remains: n(o.remains),
      start_count: n(o.startCount),
      charge: {
        value: state.numbersAsStrings ? o.charge.toFixed(2) : o.charge,
        currency_code: o.currency,
        formatted: `${o.currency === 'USD' ? '$' : ''}${o.charge.toFixed(2)}`,
      },
      link: o.link,
      mode: o.mode,
      created: panelDate(o.createdAt),
      created_timestamp: Math.floor(o.createdAt.getTime() / 1000),
      last_update: panelDate(o.lastUpdate),
      actions: actionsOf(o),
    };
  }

  function actionsOf(o: SimPanelOrder): { refill: boolean; cancel_and_refund: boolean; request_cancel: boolean } {
    const s = squash(o.status);
    const service = state.services.find((x) => x.id === o.serviceId);
    return {
      refill: Boolean(service?.refill) && (s === 'completed' || s === 'partial'),
      cancel_and_refund: s !== 'canceled' && s !== 'refunded',
      request_cancel: OPEN_STATUSES.includes(s) && service?.cancel === true && !o.cancelRequested,
    };
  }

  const listening = await listenLoopback(handler, opts.port);
  return {
    ...listening,
    apiKey: opts.apiKey,
    state,
    faults,
    failNext: (n) => faults.failNext(n),
    addTicket,
    addCustomerMessage,
    now,
  };
}

function ticketWire(t: SimTicket, withMessages: boolean): Record<string, unknown> {
  const wire: Record<string, unknown> = {
    id: t.id,
    subject: t.subject,
    status: t.status,
    user: { username: t.user },
    created: panelDate(t.createdAt),
    last_update: panelDate(t.lastUpdate),
    is_read: t.isRead ? 1 : 0,
  };
  if (withMessages) {
    wire.messages = t.messages.map((m) => ({
      sender_name: m.senderName,
      is_staff: m.isStaff,
      message: m.message,
      created: panelDate(m.createdAt),
    }));
  }
  return wire;
}

function page(res: ServerResponse, all: Array<Record<string, unknown>>, p: Record<string, string>): void {
  const limit = clampInt(p.limit, 100, 1, 1000);
  const offset = clampInt(p.offset, 0, 0, Number.MAX_SAFE_INTEGER);
  const list = all.slice(offset, offset + limit);
  sendJson(res, 200, {
    data: { count: all.length, list },
    pagination: { offset, limit, prev_page_href: '', next_page_href: '' },
    error_message: '',
    error_code: 0,
  });
}

function ok(res: ServerResponse, data: unknown): void {
  sendJson(res, 200, { data, error_message: '', error_code: 0 });
}

function envelopeError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { data: null, error_message: message, error_code: status });
}

/** "In progress", "in_progress" and "inprogress" all name one status filter. */
function squash(status: string): string {
  return status.toLowerCase().replace(/[\s_-]/g, '').replace('cancelled', 'canceled');
}

function routeKey(route: string): string {
  return route.replace(/\/\d+(?=\/|$)/g, '/:id');
}

function clampInt(raw: string | undefined, fallback: number, min: number, max: number): number {
  const n = raw === undefined ? NaN : Number.parseInt(raw, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/** Panels print local dates without a zone; the simulator's zone is UTC. */
export function panelDate(d: Date): string {
  return d.toISOString().slice(0, 19).replace('T', ' ');
}
