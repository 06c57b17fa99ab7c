// What the webhook does with an update whose handling failed. A failure that a later try
// can fix (Temporal, PostgreSQL or the Bot API out of reach) is answered 500, so Telegram
// delivers the update again (message IDs make it count once), a few times at most; any
// other failure, or one that kept failing, is recorded and acknowledged with 200, because
// Telegram would otherwise redeliver it for a day. Nothing secret is logged: the error is
// reduced to its name, a scrubbed message and, for the Bot API, the method and its answer.
import type { Sql } from '../../infra/db/database.js';
import { scrubSecrets } from '../../infra/logger.js';

/** Deliveries of one update answered 500 before it is acknowledged for good. */
export const MAX_REDELIVERIES = 5;

export interface FailureSummary {
  name: string;
  message: string;
  method?: string;
  errorCode?: number;
}

/** The failure without the update, the bot's context or its token. */
export function summariseFailure(err: unknown, token: string): FailureSummary {
  const inner = (err as { error?: unknown } | null)?.error ?? err; // grammY's BotError wraps the cause
  const e = inner as { name?: unknown; message?: unknown; method?: unknown; error_code?: unknown; description?: unknown };
  const text = typeof e.description === 'string' ? e.description : typeof e.message === 'string' ? e.message : String(inner);
  return {
    name: typeof e.name === 'string' ? e.name : 'Error',
    message: scrubSecrets(text, [token]).slice(0, 500),
    ...(typeof e.method === 'string' ? { method: e.method } : {}),
    ...(typeof e.error_code === 'number' ? { errorCode: e.error_code } : {}),
  };
}

/** True when a later delivery of the same update may succeed. */
export function isTransient(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 6; e = (e as { cause?: unknown; error?: unknown }).error ?? (e as { cause?: unknown }).cause, depth++) {
    const { name, code, error_code: apiCode, message } = e as { name?: unknown; code?: unknown; error_code?: unknown; message?: unknown };
    if (name === 'HttpError') return true; // grammY: the Bot API could not be reached
    if (name === 'GrammyError') return apiCode === 429 || (typeof apiCode === 'number' && apiCode >= 500);
    if (name === 'ServiceError' || name === 'TransportError' || name === 'ConnectionError') return true; // Temporal client
    if (typeof code === 'string' && /^(ECONN|ETIMEDOUT|EPIPE|EAI_AGAIN|CONNECT|CONNECTION_|08|53|57P)/.test(code)) return true; // PostgreSQL, sockets
    if (typeof code === 'number' && [4, 8, 14].includes(code)) return true; // gRPC deadline, exhausted, unavailable
    if (typeof message === 'string' && /failed to connect|connection (refused|closed|reset)|unavailable|deadline/i.test(message)) return true;
  }
  return false;
}

/** Counts this failure; returns how many times the update has failed so far. */
export async function recordFailedUpdate(sql: Sql, tenantId: string, updateId: number, failure: FailureSummary, acknowledged: boolean): Promise<number> {
  const [row] = await sql<{ attempts: number }[]>`
    insert into telegram_failed_updates (tenant_id, update_id, error, acknowledged)
    values (${tenantId}, ${updateId}, ${JSON.stringify(failure)}, ${acknowledged})
    on conflict (tenant_id, update_id) do update set
      attempts = telegram_failed_updates.attempts + 1, error = excluded.error,
      acknowledged = excluded.acknowledged, last_at = now()
    returning attempts`;
  return row!.attempts;
}

/** How many times the update failed before this delivery (0: never). */
export async function failuresSoFar(sql: Sql, tenantId: string, updateId: number): Promise<number> {
  const [row] = await sql<{ attempts: number }[]>`
    select attempts from telegram_failed_updates where tenant_id = ${tenantId} and update_id = ${updateId}`;
  return row?.attempts ?? 0;
}
