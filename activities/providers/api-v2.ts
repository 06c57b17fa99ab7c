// Client for the common provider protocol "API v2" (POST <url>, form-encoded key + action).
// Providers differ in small ways — numbers as strings, flags left out, several spellings of
// one status, a bare string where an object was expected — and every such quirk is read
// here, so callers see one shape. There is deliberately no `add`: orders are never placed
// by this product, and `add` has no idempotency key to make a retry safe.
import { z } from 'zod';
import { normalizeOrderStatus } from '../../workflows/rules/order-status.js';
import { tenantFetch } from '../../infra/net/tenant-http.js';
import type { OrderStatus, ServiceInfo } from '../../workflows/rules/types.js';

export interface ProviderApiOptions {
  /** The provider's API endpoint, e.g. https://provider.example/api/v2. */
  url: string;
  key: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** The provider answered {"error": "..."}: a business refusal, not worth retrying as is. */
export class ProviderApiError extends Error {
  constructor(message: string, readonly httpStatus: number | null = null) {
    super(message);
    this.name = 'ProviderApiError';
  }
}

export interface ProviderOrderStatus {
  /** As the provider spelled it. */
  rawStatus: string;
  /** null when the spelling is unknown. */
  status: OrderStatus | null;
  charge: number | null;
  startCount: number | null;
  remains: number | null;
  currency: string | null;
}

export type RefillState = 'pending' | 'in_progress' | 'completed' | 'rejected' | 'unknown';

export interface ProviderRefillStatus {
  rawStatus: string;
  state: RefillState;
}

/** One item of a multi-ID answer that the provider refused. */
export interface ItemError {
  error: string;
}

export type CancelResult = { accepted: true } | { accepted: false; error: string };

const MAX_IDS = 100;
const DEFAULT_TIMEOUT_MS = 15_000;

export class ProviderApiClient {
  private readonly fetchFn: typeof fetch;
  private readonly timeoutMs: number;

  constructor(private readonly opts: ProviderApiOptions) {
    this.fetchFn = opts.fetch ?? tenantFetch;
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async services(): Promise<ServiceInfo[]> {
    const raw = await this.call('services');
    const list = z.array(z.unknown()).safeParse(raw);
    if (!list.success) throw new ProviderApiError('services: the answer is not a list');
    return list.data.flatMap((item) => {
      const s = ServiceSchema.safeParse(item);
      return s.success && s.data.service !== null ? [toServiceInfo(s.data)] : [];
    });
  }

  async status(orderId: string): Promise<ProviderOrderStatus> {
    const raw = await this.call('status', { order: orderId });
    return readStatus(raw) ?? fail(`status: unreadable answer for order ${orderId}`);
  }

  /** Statuses of many orders (sent 100 per request). */
  async statuses(orderIds: string[]): Promise<Map<string, ProviderOrderStatus | ItemError>> {
    const out = new Map<string, ProviderOrderStatus | ItemError>();
    for (const chunk of chunks(unique(orderIds), MAX_IDS)) {
      const raw = await this.call('status', { orders: chunk.join(',') });
      const byId = keyedAnswer(raw, 'order');
      for (const id of chunk) {
        const item = byId.get(id);
        out.set(id, item === undefined ? { error: 'missing from the answer' } : readStatus(item) ?? itemError(item));
      }
    }
    return out;
  }

  /** Asks for a refill; returns the provider's refill ID. */
  async refill(orderId: string): Promise<string> {
    const raw = await this.call('refill', { order: orderId });
    const parsed = z.object({ refill: z.union([z.string(), z.number()]) }).safeParse(raw);
    if (parsed.success && String(parsed.data.refill) !== '') return String(parsed.data.refill);
    const nested = z.object({ refill: z.object({ error: z.string() }) }).safeParse(raw);
    if (nested.success) throw new ProviderApiError(nested.data.refill.error);
    return fail(`refill: unreadable answer for order ${orderId}`);
  }

  async refillStatus(refillId: string): Promise<ProviderRefillStatus> {
    const raw = await this.call('refill_status', { refill: refillId });
    const read = readRefillStatus(raw);
    if ('error' in read) throw new ProviderApiError(read.error);
    return read;
  }

  async refillStatuses(refillIds: string[]): Promise<Map<string, ProviderRefillStatus | ItemError>> {
    const out = new Map<string, ProviderRefillStatus | ItemError>();
    for (const chunk of chunks(unique(refillIds), MAX_IDS)) {
      const raw = await this.call('refill_status', { refills: chunk.join(',') });
      const byId = keyedAnswer(raw, 'refill');
      for (const id of chunk) {
        const item = byId.get(id);
        out.set(id, item === undefined ? { error: 'missing from the answer' } : readRefillStatus(item));
      }
    }
    return out;
  }

  /** Asks to cancel orders. Accepted means the provider took the request, not that it canceled. */
  async cancel(orderIds: string[]): Promise<Map<string, CancelResult>> {
    const out = new Map<string, CancelResult>();
    for (const chunk of chunks(unique(orderIds), MAX_IDS)) {
      const raw = await this.call('cancel', { orders: chunk.join(',') });
      // A lone {"cancel": 1} for a single order is seen too.
      const single = z.object({ cancel: z.unknown() }).safeParse(raw);
      const byId = single.success && chunk.length === 1 ? new Map([[chunk[0] ?? '', raw]]) : keyedAnswer(raw, 'order');
      for (const id of chunk) {
        const item = byId.get(id);
        out.set(id, item === undefined ? { accepted: false, error: 'missing from the answer' } : readCancel(item));
      }
    }
    return out;
  }

  async balance(): Promise<{ balance: number; currency: string | null }> {
    const raw = await this.call('balance');
    const parsed = z.object({ balance: Numberish, currency: z.string().optional() }).safeParse(raw);
    if (!parsed.success || parsed.data.balance === null) return fail('balance: unreadable answer');
    return { balance: parsed.data.balance, currency: parsed.data.currency ?? null };
  }

  /** One request; the provider's {"error"} becomes a ProviderApiError, transport trouble an Error. */
  private async call(action: string, params: Record<string, string> = {}): Promise<unknown> {
    const body = new URLSearchParams({ key: this.opts.key, action, ...params });
    let res: Response;
    try {
      res = await this.fetchFn(this.opts.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      // The cause says whether anything left this machine (ECONNREFUSED) or may have (a timeout).
      throw new Error(`provider ${action}: ${describe(err)}`, { cause: err });
    }
    const text = await res.text().catch(() => '');
    if (res.status === 429 || res.status >= 500) throw new Error(`provider ${action}: HTTP ${res.status}`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // Maintenance and proxy pages are HTML: treat like an outage, not like an answer.
      if (res.ok) throw new Error(`provider ${action}: the answer is not JSON`);
      throw new ProviderApiError(`provider ${action}: HTTP ${res.status}`, res.status);
    }
    const error = topLevelError(json);
    if (error !== null) throw new ProviderApiError(error, res.ok ? null : res.status);
    if (!res.ok) throw new ProviderApiError(`provider ${action}: HTTP ${res.status}`, res.status);
    return json;
  }
}

/** A number, or a number written as a string; anything else reads as null. */
const Numberish = z
  .unknown()
  .optional()
  .transform((v): number | null => {
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
    return null;
  });

/** true, 1, "1", "true", "yes"; a missing flag is off. */
const Flag = z.unknown().optional().transform((v) => v === true || v === 1 || (typeof v === 'string' && /^(1|true|yes)$/i.test(v.trim())));

const ServiceSchema = z.object({
  service: Numberish,
  name: z.string().default(''),
  refill: Flag,
  cancel: Flag,
  average_time: Numberish,
});

function toServiceInfo(s: z.infer<typeof ServiceSchema>): ServiceInfo {
  return {
    id: s.service ?? 0,
    name: s.name,
    refill: s.refill,
    cancel: s.cancel,
    averageTimeMinutes: s.average_time !== null && s.average_time > 0 ? s.average_time : null,
  };
}

const StatusSchema = z.object({
  status: z.string(),
  charge: Numberish,
  start_count: Numberish,
  remains: Numberish,
  currency: z.string().optional(),
});

function readStatus(raw: unknown): ProviderOrderStatus | null {
  const s = StatusSchema.safeParse(raw);
  if (!s.success) return null;
  return {
    rawStatus: s.data.status,
    status: normalizeOrderStatus(s.data.status),
    charge: s.data.charge,
    startCount: s.data.start_count,
    remains: s.data.remains,
    currency: s.data.currency ?? null,
  };
}

const REFILL_STATES: ReadonlyMap<string, RefillState> = new Map<string, RefillState>([
  ['pending', 'pending'],
  ['awaiting', 'pending'],
  ['inprogress', 'in_progress'],
  ['processing', 'in_progress'],
  ['completed', 'completed'],
  ['complete', 'completed'],
  ['done', 'completed'],
  ['success', 'completed'],
  ['rejected', 'rejected'],
  ['failed', 'rejected'],
  ['fail', 'rejected'],
  ['error', 'rejected'],
  ['canceled', 'rejected'],
  ['cancelled', 'rejected'],
]);

export function normalizeRefillState(raw: string): RefillState {
  return REFILL_STATES.get(raw.toLowerCase().replace(/[\s_-]+/g, '')) ?? 'unknown';
}

function readRefillStatus(raw: unknown): ProviderRefillStatus | ItemError {
  if (typeof raw === 'string') return { rawStatus: raw, state: normalizeRefillState(raw) };
  const s = z.object({ status: z.unknown() }).safeParse(raw);
  if (s.success && typeof s.data.status === 'string') {
    return { rawStatus: s.data.status, state: normalizeRefillState(s.data.status) };
  }
  return itemError(s.success ? s.data.status : raw);
}

function readCancel(raw: unknown): CancelResult {
  const value = z.object({ cancel: z.unknown() }).safeParse(raw);
  const v = value.success ? value.data.cancel : raw;
  if (v === 1 || v === true || v === '1' || (typeof v === 'string' && /^(ok|true|success)$/i.test(v))) return { accepted: true };
  return { accepted: false, error: itemError(v).error };
}

function itemError(raw: unknown): ItemError {
  if (typeof raw === 'string' && raw.trim()) return { error: raw };
  const e = z.object({ error: z.string() }).safeParse(raw);
  return { error: e.success ? e.data.error : 'unreadable answer' };
}

/**
 * Multi-ID answers come keyed by ID ({"1": {...}}) or as a list of {order|refill: id, ...}.
 * Returns ID → the item (for lists, the whole entry).
 */
function keyedAnswer(raw: unknown, idField: 'order' | 'refill'): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (Array.isArray(raw)) {
    for (const entry of raw) {
      const e = z.object({ [idField]: z.union([z.string(), z.number()]) }).safeParse(entry);
      if (e.success) out.set(String(e.data[idField]), entry);
    }
    return out;
  }
  if (raw && typeof raw === 'object') {
    for (const [id, item] of Object.entries(raw)) out.set(id, item);
  }
  return out;
}

/** {"error": "..."} at the top of an answer (not inside a keyed item). */
function topLevelError(json: unknown): string | null {
  const e = z.object({ error: z.union([z.string(), z.number()]) }).safeParse(json);
  return e.success ? String(e.data.error) || 'unknown error' : null;
}

function fail(message: string): never {
  throw new ProviderApiError(message);
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids.map((id) => id.trim()).filter(Boolean))];
}

function describe(err: unknown): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return 'timed out';
  if (err instanceof Error) return err.cause instanceof Error ? `${err.message} (${err.cause.message})` : err.message;
  return String(err);
}
