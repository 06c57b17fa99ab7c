// Handing a request to its provider, by the channel the tenant chose for that provider.
// Each attempt is recorded before anything is sent, so a retry after a crash can tell
// "sent", "refused" and "maybe sent" apart and never sends the same attempt twice. A
// "maybe sent" attempt is not lost either: monitoring and follow-ups carry on from it.
import { Context } from '@temporalio/activity';
import type { Sql } from '../infra/db/database.js';
import type { SecretBox } from '../infra/crypto.js';
import { readProvider } from '../infra/tenants/connections.js';
import { ProviderApiClient, ProviderApiError } from './providers/api-v2.js';
import { providerRequestText } from './providers/messages.js';
import { readApiOutcome, type ApiOutcome } from './providers/replies.js';
import { deliverTelegram, type TelegramDeps } from './telegram/deliver.js';

export type DispatchIntent = 'refill' | 'cancel' | 'speed_up';
export type Verdict = 'confirmed' | 'declined' | 'ambiguous';

export interface DispatchInput {
  tenantId: string;
  requestId: string;
  attempt: number;
  kind: 'initial' | 'follow_up' | 'retry';
  intent: DispatchIntent;
  provider: string;
  externalId: string;
  drop?: number;
}

export interface DispatchResult {
  /** sent: delivered; unknown: a previous try may have delivered; unsupported/failed: a person must act. */
  status: 'sent' | 'unknown' | 'unsupported' | 'failed';
  channel: string | null;
  /** The provider's refill ID, or the Telegram message ID the provider may answer. */
  providerRef: string | null;
  verdict: Verdict;
  detail: string;
}

export interface DispatchDeps extends TelegramDeps {
  sql: Sql;
  box: SecretBox;
}

export function createDispatchActivities(deps: DispatchDeps) {
  const { sql, box } = deps;

  async function record(input: DispatchInput, r: DispatchResult): Promise<DispatchResult> {
    await sql`
      update dispatch_attempts set status = ${r.status}, channel = ${r.channel}, provider_ref = ${r.providerRef},
        verdict = ${r.verdict}, detail = ${sql.json({ detail: r.detail })}, updated_at = now()
      where request_id = ${input.requestId} and attempt = ${input.attempt}`;
    return r;
  }

  async function viaApi(input: DispatchInput, api: { url: string; key: string }): Promise<DispatchResult> {
    const client = new ProviderApiClient({ url: api.url, key: api.key });
    const action = input.intent === 'refill' ? ('refill' as const) : ('cancel' as const);
    try {
      if (action === 'refill') {
        const refillId = await client.refill(input.externalId);
        return apiResult(readApiOutcome({ action, refillId }), refillId);
      }
      const result = (await client.cancel([input.externalId])).get(input.externalId) ?? { accepted: false as const, error: 'missing from the answer' };
      return apiResult(readApiOutcome({ action, result }), null);
    } catch (err) {
      // The provider answered {"error": ...}: read it ("already requested" is a yes, "not possible" a no).
      if (err instanceof ProviderApiError && !isAuthStatus(err.httpStatus)) return apiResult(readApiOutcome({ action, error: err.message }), null);
      throw err;
    }
  }

  /**
   * An API follow-up: the last refill this request got through the API is read again; a new
   * one is asked when that one completed or was rejected without the count coming back (the
   * request is still monitoring, so the count is not back), or when there was none. A
   * cancel is simply asked again ("already requested" reads as a yes).
   */
  async function followUpViaApi(input: DispatchInput, api: { url: string; key: string }): Promise<DispatchResult> {
    if (input.intent !== 'refill') return viaApi(input, api);
    const [last] = await sql<{ provider_ref: string }[]>`
      select provider_ref from dispatch_attempts
      where request_id = ${input.requestId} and attempt < ${input.attempt} and channel like 'api%' and provider_ref is not null
      order by attempt desc limit 1`;
    if (!last) return viaApi(input, api);
    const status = await new ProviderApiClient({ url: api.url, key: api.key }).refillStatus(last.provider_ref);
    if (status.state === 'completed' || status.state === 'rejected') {
      const again = await viaApi(input, api);
      return { ...again, detail: `refill ${last.provider_ref} was ${status.rawStatus} without the count back; asked again: ${again.detail}` };
    }
    return { status: 'sent', channel: 'api', providerRef: last.provider_ref, verdict: 'ambiguous', detail: `refill ${last.provider_ref} is ${status.rawStatus} at the provider` };
  }

  return {
    async dispatchToProvider(input: DispatchInput): Promise<DispatchResult> {
      // Heartbeats let Temporal notice a worker that died mid-send within seconds.
      const beat = heartbeating();
      try {
        return await dispatchOnce(input);
      } finally {
        clearInterval(beat);
      }
    },
  };

  async function dispatchOnce(input: DispatchInput): Promise<DispatchResult> {
    const claimed = await sql<{ status: string }[]>`
      insert into dispatch_attempts (request_id, attempt, kind, status)
      values (${input.requestId}, ${input.attempt}, ${input.kind}, 'sending')
      on conflict (request_id, attempt) do nothing returning status`;
    if (claimed.length === 0) return previous(sql, input);

    const provider = await readProvider(sql, box, input.tenantId, input.provider);
    if (!provider) {
      return record(input, { status: 'unsupported', channel: null, providerRef: null, verdict: 'ambiguous', detail: `no connection for provider "${input.provider}"` });
    }
    const text = providerRequestText({ intent: input.intent, externalId: input.externalId, drop: input.drop, kind: input.kind === 'initial' ? 'initial' : 'follow_up', attempt: input.attempt });
    const apiCan = provider.api && input.intent !== 'speed_up' && input.kind === 'initial';
    try {
      // A follow-up uses what the provider offers (SPEC section 6): its API (refill status
      // read again, the action asked again when needed), and its chat too when it has one.
      if (input.kind === 'follow_up' && provider.api && input.intent !== 'speed_up') {
        const api = await followUpViaApi(input, provider.api);
        if (!provider.telegramChatId) return record(input, api);
        const sent = await deliverTelegram(deps, { tenantId: input.tenantId, dispatch: provider.dispatch, chatId: provider.telegramChatId, text });
        return record(input, { ...api, channel: `api+${sent.channel}`, providerRef: api.providerRef ?? String(sent.messageId), detail: `${api.detail}; ${text}` });
      }
      // The API has no speed-up and no "reminder": those go to the provider's chat when it has one.
      if (provider.dispatch === 'api' && apiCan) return record(input, await viaApi(input, provider.api!));
      if (provider.telegramChatId) {
        const sent = await deliverTelegram(deps, { tenantId: input.tenantId, dispatch: provider.dispatch, chatId: provider.telegramChatId, text });
        return record(input, { status: 'sent', channel: sent.channel, providerRef: String(sent.messageId), verdict: 'ambiguous', detail: text });
      }
      if (provider.api && apiCan) return record(input, await viaApi(input, provider.api));
      return record(input, { status: 'unsupported', channel: null, providerRef: null, verdict: 'ambiguous', detail: `provider "${input.provider}" has no channel for ${input.intent} ${input.kind}` });
    } catch (err) {
      if (isNotSent(err)) {
        // Nothing left this process: release the claim so the retry may send.
        await sql`delete from dispatch_attempts where request_id = ${input.requestId} and attempt = ${input.attempt} and status = 'sending'`;
        throw err;
      }
      if (isPermanent(err)) {
        return record(input, { status: 'failed', channel: null, providerRef: null, verdict: 'ambiguous', detail: String((err as Error).message) });
      }
      // It may have arrived: leave the claim as "sending" so the retry reports "unknown".
      throw err;
    }
  }
}

function apiResult(outcome: ApiOutcome, providerRef: string | null): DispatchResult {
  return { status: 'sent', channel: 'api', providerRef, verdict: outcome.verdict, detail: outcome.detail };
}

function heartbeating(): NodeJS.Timeout | undefined {
  let ctx: Context;
  try {
    ctx = Context.current();
  } catch {
    return undefined; // called outside an activity (tests)
  }
  return setInterval(() => ctx.heartbeat(), 2000);
}

async function previous(sql: Sql, input: DispatchInput): Promise<DispatchResult> {
  const [row] = await sql<{ status: string; channel: string | null; provider_ref: string | null; verdict: string | null; detail: { detail?: string } }[]>`
    select status, channel, provider_ref, verdict, detail from dispatch_attempts
    where request_id = ${input.requestId} and attempt = ${input.attempt}`;
  if (!row || row.status === 'sending') {
    await sql`update dispatch_attempts set status = 'unknown', updated_at = now() where request_id = ${input.requestId} and attempt = ${input.attempt} and status = 'sending'`;
    return { status: 'unknown', channel: row?.channel ?? null, providerRef: null, verdict: 'ambiguous', detail: 'an earlier try was interrupted; not sent again' };
  }
  return {
    status: row.status as DispatchResult['status'],
    channel: row.channel,
    providerRef: row.provider_ref,
    verdict: (row.verdict ?? 'ambiguous') as Verdict,
    detail: row.detail?.detail ?? '',
  };
}

const isAuthStatus = (status: number | null) => status === 401 || status === 403;

/** Connection refused or a bad address: the request never left this machine. */
function isNotSent(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: string }).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') return true;
  }
  return false;
}

/** Refusals no retry can change: a bad key, a blocked bot, no userbot session. */
function isPermanent(err: unknown): boolean {
  if (err instanceof ProviderApiError) return isAuthStatus(err.httpStatus);
  return err instanceof Error && (err.name === 'TelegramPermanentError' || err.name === 'UserbotUnavailableError');
}
