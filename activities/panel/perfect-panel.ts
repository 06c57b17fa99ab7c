// Perfect Panel: the Admin API v2 (<url>/adminapi/v2, X-Api-Key header, answers wrapped in
// {data, error_message, error_code}) for orders and tickets, and the panel's own customer
// API (<url>/api/v2, the provider protocol) for services. Every quirk of the panel's answers
// is read in this file; callers get the typed shapes of ./adapter.ts.
import { z } from 'zod';
import type { ServiceInfo } from '../../workflows/rules/types.js';
import { ProviderApiClient, ProviderApiError } from '../providers/api-v2.js';
import { tenantFetch } from '../../infra/net/tenant-http.js';
import { productMetrics } from '../../infra/metrics.js';
import {
  PanelAuthError,
  PanelError,
  type NewTicket,
  type PanelAdapter,
  type PanelOrder,
  type PanelTicket,
  type PanelTicketMessage,
  type PanelTicketSummary,
  type RequestCancelResult,
  type TicketPage,
  type TicketQuery,
} from './adapter.js';

export interface PerfectPanelOptions {
  /** The panel's base URL, e.g. https://panel.example. */
  url: string;
  /** The Admin API key. */
  apiKey: string;
  /** A customer API key for /api/v2 (services); defaults to the admin key. */
  servicesApiKey?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const BATCH = 100;
const DEFAULT_TIMEOUT_MS = 15_000;

export class PerfectPanelClient implements PanelAdapter {
  private readonly base: string;
  private readonly fetchFn: typeof fetch;
  private readonly timeoutMs: number;

  constructor(private readonly opts: PerfectPanelOptions) {
    this.base = opts.url.replace(/\/+$/, '');
    this.fetchFn = opts.fetch ?? tenantFetch;
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async getOrder(id: string): Promise<PanelOrder | null> {
    if (!/^\d+$/.test(id)) return null;
    try {
      return readOrder(await this.admin('GET', `/orders/${id}`));
    } catch (err) {
      if (err instanceof PanelError && err.code === 'not_found') return null;
      throw err;
    }
  }

  async getOrders(ids: string[]): Promise<Map<string, PanelOrder>> {
    const wanted = [...new Set(ids.filter((id) => /^\d+$/.test(id)))];
    const out = new Map<string, PanelOrder>();
    for (let i = 0; i < wanted.length; i += BATCH) {
      const chunk = wanted.slice(i, i + BATCH);
      const data = await this.admin('GET', '/orders', { ids: chunk.join(','), limit: String(BATCH), offset: '0' });
      const listed = readList(data).map(readOrder);
      for (const order of listed) {
        if (chunk.includes(order.id)) out.set(order.id, order);
      }
      // A panel that ignored the filter answered other orders: then a missing ID proves
      // nothing, so ask for those one by one rather than call them "not found".
      if (listed.some((o) => !chunk.includes(o.id))) {
        for (const id of chunk.filter((x) => !out.has(x))) {
          const order = await this.getOrder(id);
          if (order) out.set(id, order);
        }
      }
    }
    return out;
  }

  async listTickets(query: TicketQuery = {}): Promise<TicketPage> {
    const params: Record<string, string> = {};
    if (query.user) params.user = query.user;
    if (query.status) params.status = query.status;
    params.limit = String(query.limit ?? 100);
    params.offset = String(query.offset ?? 0);
    const data = await this.admin('GET', '/tickets', params);
    const list = readList(data);
    const count = z.object({ count: Numberish }).safeParse(data);
    return {
      count: (count.success ? count.data.count : null) ?? list.length,
      tickets: list.map((t) => readTicketSummary(t)),
    };
  }

  async getTicket(id: string): Promise<PanelTicket | null> {
    if (!/^\d+$/.test(id)) return null;
    try {
      const data = await this.admin('GET', `/tickets/${id}`);
      const messages = z.object({ messages: z.array(z.unknown()).default([]) }).safeParse(data);
      if (!messages.success) throw new PanelError(`ticket ${id}: unreadable messages`, 'bad_response');
      return { ...readTicketSummary(data), messages: messages.data.messages.map(readMessage) };
    } catch (err) {
      if (err instanceof PanelError && err.code === 'not_found') return null;
      throw err;
    }
  }

  /** Not idempotent: a retry after a lost answer may post twice, so callers check first. */
  async replyToTicket(id: string, message: string, staffName: string): Promise<void> {
    if (!/^\d+$/.test(id)) throw new PanelError(`no ticket ${id}`, 'not_found');
    await this.admin('POST', `/tickets/${id}/reply`, undefined, { message, staff_name: staffName });
  }

  async addTicket(ticket: NewTicket): Promise<string> {
    const data = await this.admin('POST', '/tickets/add', undefined, {
      subject: ticket.subject,
      message: ticket.message,
      username: ticket.username,
      staff_name: ticket.staffName,
    });
    const id = z.object({ id: Id }).or(z.object({ ticket_id: Id }).transform((t) => ({ id: t.ticket_id }))).safeParse(data);
    if (!id.success) throw new PanelError('tickets/add: no ticket ID in the answer', 'bad_response');
    return id.data.id;
  }

  async requestCancel(orderId: string): Promise<RequestCancelResult> {
    if (!/^\d+$/.test(orderId)) return { accepted: false, reason: 'not an order ID' };
    try {
      await this.admin('POST', '/orders/request-cancel', undefined, { order_id: Number(orderId) });
      return { accepted: true };
    } catch (err) {
      if (err instanceof PanelError && (err.code === 'not_found' || err.code === 'rejected')) {
        return { accepted: false, reason: err.message };
      }
      throw err;
    }
  }

  async cancelAndRefund(orderId: string): Promise<void> {
    if (!/^\d+$/.test(orderId)) throw new PanelError(`no order ${orderId}`, 'not_found');
    await this.admin('POST', '/orders/cancel', undefined, { order_id: Number(orderId) });
  }

  async setPartial(orderId: string, remains: number, startCount: number): Promise<void> {
    if (!/^\d+$/.test(orderId)) throw new PanelError(`no order ${orderId}`, 'not_found');
    await this.admin('POST', `/orders/${orderId}/set-partial`, undefined, { remains, start_count: startCount });
  }

  async getServices(): Promise<ServiceInfo[]> {
    const api = new ProviderApiClient({
      url: `${this.base}/api/v2`,
      key: this.opts.servicesApiKey ?? this.opts.apiKey,
      fetch: this.fetchFn,
      timeoutMs: this.timeoutMs,
    });
    try {
      return await api.services();
    } catch (err) {
      if (!(err instanceof ProviderApiError)) throw err;
      // /api/v2 reports a bad key as HTTP 200 {"error": "Invalid API key"}.
      if (/key|auth/i.test(err.message)) throw new PanelAuthError(`services: ${err.message}`, err.httpStatus);
      throw new PanelError(`services: ${err.message}`, 'rejected', err.httpStatus);
    }
  }

  /**
   * One Admin API call; returns the envelope's `data`. 401/403 → PanelAuthError; a JSON 404
   * → PanelError 'not_found'; other 4xx or an error in the envelope → 'rejected'; 5xx, 429,
   * network trouble, timeouts and non-JSON pages → plain Error (transient).
   */
  private async admin(
    method: 'GET' | 'POST',
    path: string,
    query?: Record<string, string>,
    body?: Record<string, unknown>,
  ): Promise<unknown> {
    const url = new URL(`${this.base}/adminapi/v2${path}`);
    for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v);
    const what = `panel ${method} ${path}`;
    let res: Response;
    try {
      res = await this.fetchFn(url, {
        method,
        headers: {
          'X-Api-Key': this.opts.apiKey,
          accept: 'application/json',
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      productMetrics.panelCalls.inc({ outcome: 'network_error' });
      throw new Error(`${what}: ${describe(err)}`);
    }
    productMetrics.panelCalls.inc({ outcome: res.ok ? 'ok' : `http_${res.status}` });
    const text = await res.text().catch(() => '');
    if (res.status === 429 || res.status >= 500) throw new Error(`${what}: HTTP ${res.status}`);
    const envelope = parseEnvelope(text);
    const message = envelope?.error_message || `HTTP ${res.status}`;
    if (res.status === 401 || res.status === 403) throw new PanelAuthError(`${what}: ${message}`, res.status);
    if (!envelope) {
      // An HTML 404 means a wrong panel URL, not a missing order: never read it as "not found".
      if (res.ok) throw new Error(`${what}: the answer is not JSON`);
      throw new PanelError(`${what}: HTTP ${res.status} without an API answer (is the panel URL right?)`, 'rejected', res.status);
    }
    if (res.status === 404) throw new PanelError(message, 'not_found', 404);
    if (!res.ok) throw new PanelError(message, 'rejected', res.status);
    if (envelope.error_code !== null && envelope.error_code !== 0) {
      // Some panels answer 200 with the error inside the envelope.
      throw new PanelError(message, /not\s*found/i.test(message) ? 'not_found' : 'rejected', res.status);
    }
    return envelope.data;
  }
}

/** A number, or a number written as a string; anything else reads as null. */
const Numberish = z.unknown().optional().transform((v): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
});
const Id = z.union([z.number(), z.string().min(1)]).transform(String);
const Flag = z.unknown().optional().transform((v) => v === true || v === 1 || (typeof v === 'string' && /^(1|true|yes)$/i.test(v.trim())));
const Text = z.unknown().optional().transform((v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : ''));
/** `user` is a username on orders and {username} on tickets; accept either anywhere. */
const Username = z.unknown().optional().transform((v) => {
  if (typeof v === 'string') return v;
  const u = z.object({ username: z.string() }).safeParse(v);
  return u.success ? u.data.username : '';
});

const EnvelopeSchema = z.object({
  data: z.unknown().optional(),
  error_message: z.string().nullish().transform((v) => v ?? ''),
  error_code: Numberish,
});

/** The Admin API's envelope, or null for anything else (HTML, another server's JSON). */
function parseEnvelope(text: string): z.infer<typeof EnvelopeSchema> | null {
  try {
    const json: unknown = JSON.parse(text);
    const isEnvelope = json !== null && typeof json === 'object' && ('data' in json || 'error_code' in json || 'error_message' in json);
    const parsed = EnvelopeSchema.safeParse(json);
    return isEnvelope && parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const OrderSchema = z.object({
  id: Id,
  external_id: Text,
  user: Username,
  provider: Text,
  service_id: Numberish,
  service_name: Text,
  status: z.string(),
  quantity: Numberish,
  remains: Numberish,
  start_count: Numberish,
  charge: z.unknown().optional(),
  link: Text,
  mode: Text,
  created: z.unknown().optional(),
  created_timestamp: z.unknown().optional(),
  last_update: z.unknown().optional(),
  actions: z
    .object({ refill: Flag, cancel_and_refund: Flag, request_cancel: Flag })
    .nullish()
    .transform((a) => ({ refill: a?.refill ?? false, cancelAndRefund: a?.cancel_and_refund ?? false, requestCancel: a?.request_cancel ?? false })),
});

function readOrder(raw: unknown): PanelOrder {
  const parsed = OrderSchema.safeParse(raw);
  if (!parsed.success) throw new PanelError(`unreadable order: ${z.prettifyError(parsed.error)}`, 'bad_response');
  const o = parsed.data;
  const createdAt = panelTime(o.created_timestamp) ?? panelTime(o.created);
  if (!createdAt) throw new PanelError(`order ${o.id} has no readable creation date`, 'bad_response');
  const quantity = o.quantity ?? 0;
  return {
    id: o.id,
    externalId: o.external_id,
    user: o.user,
    provider: o.provider,
    serviceId: o.service_id ?? 0,
    serviceName: o.service_name,
    status: o.status,
    quantity,
    // A panel that leaves `remains` out has nothing outstanding to report.
    remains: o.remains ?? 0,
    startCount: o.start_count ?? 0,
    charge: readCharge(o.charge),
    link: o.link,
    mode: o.mode,
    createdAt,
    lastUpdate: panelTime(o.last_update),
    actions: o.actions,
  };
}

/** `charge` is {value, currency_code, formatted} on Admin v2, a bare amount elsewhere. */
function readCharge(raw: unknown): PanelOrder['charge'] {
  const obj = z.object({ value: Numberish, currency_code: z.string().optional() }).safeParse(raw);
  if (obj.success && obj.data.value !== null) return { value: obj.data.value, currency: obj.data.currency_code ?? '' };
  const bare = Numberish.parse(raw);
  return bare === null ? null : { value: bare, currency: '' };
}

const TicketSchema = z.object({
  id: Id,
  subject: Text,
  status: Text,
  user: Username,
  username: Text,
  created: z.unknown().optional(),
  last_update: z.unknown().optional(),
  is_read: Flag,
});

function readTicketSummary(raw: unknown): PanelTicketSummary {
  const parsed = TicketSchema.safeParse(raw);
  if (!parsed.success) throw new PanelError(`unreadable ticket: ${z.prettifyError(parsed.error)}`, 'bad_response');
  const t = parsed.data;
  return {
    id: t.id,
    subject: t.subject,
    status: t.status.toLowerCase(),
    user: t.user || t.username,
    createdAt: panelTime(t.created),
    lastUpdate: panelTime(t.last_update),
    isRead: t.is_read,
  };
}

const MessageSchema = z.object({
  id: z.union([z.number(), z.string()]).optional(),
  sender_name: Text,
  is_staff: Flag,
  message: Text,
  created: z.unknown().optional(),
});

function readMessage(raw: unknown): PanelTicketMessage {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) throw new PanelError('unreadable ticket message', 'bad_response');
  const m = parsed.data;
  return {
    id: m.id === undefined ? null : String(m.id),
    senderName: m.sender_name,
    isStaff: m.is_staff,
    message: m.message,
    createdAt: panelTime(m.created),
  };
}

/** `data` of a list call: {count, list: [...]}; some panels send the bare list. */
function readList(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  const parsed = z.object({ list: z.array(z.unknown()) }).safeParse(data);
  if (!parsed.success) throw new PanelError('unreadable list answer', 'bad_response');
  return parsed.data.list;
}

/**
 * A panel time as ISO 8601: UNIX seconds (or milliseconds), an ISO string, or the panel's
 * "YYYY-MM-DD HH:MM:SS" without a zone (read as UTC; `created_timestamp` is preferred
 * because it carries no zone question).
 */
export function panelTime(raw: unknown): string | null {
  const n = Numberish.parse(raw);
  if (n !== null && n > 0) return new Date(n > 1e12 ? n : n * 1000).toISOString();
  if (typeof raw !== 'string' || !raw.trim()) return null;
  const s = raw.trim();
  const local = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(s);
  const ms = local ? Date.parse(`${local[1]}T${local[2]}Z`) : Date.parse(s);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

function describe(err: unknown): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return 'timed out';
  if (err instanceof Error) return err.cause instanceof Error ? `${err.message} (${err.cause.message})` : err.message;
  return String(err);
}
