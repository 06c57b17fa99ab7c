// A provider's reply, from its chat or pushed through the API: recorded once, read as
// confirmed / declined / ambiguous, and signalled to the open requests it is about (the
// ones dispatched with that provider order ID, or whose dispatch message it answers).
// The reading here is the fast offline one; a request reads an ambiguous reply again in
// an activity, with the LLM when one is configured, so no face waits on the LLM.
import type { Client } from '@temporalio/client';
import type { Sql } from '../infra/db/database.js';
import { providerReplySignal } from '../workflows/definitions.js';
import { readProviderReplyOffline, routedVerdict } from '../activities/providers/replies.js';
import { storableText } from '../infra/safe-text.js';

export interface ProviderReplyIn {
  tenantId: string;
  provider: string;
  text: string;
  source: 'api' | 'telegram';
  /** Unique per reply within its source. */
  externalRef: string;
  externalOrderId?: string;
  replyToMessageId?: string;
}

export async function routeProviderReply(sql: Sql, temporal: Client, raw: ProviderReplyIn): Promise<{ requestIds: string[]; verdict: string; duplicate: boolean }> {
  // A provider chat cannot be refused: what PostgreSQL cannot store is cleaned (the API refuses it).
  const reply = { ...raw, text: storableText(raw.text), externalRef: storableText(raw.externalRef) };
  const reading = readProviderReplyOffline(reply.text);
  const verdict = reading.verdict;
  const targets = await sql<{ id: string; workflow_id: string }[]>`
    select r.id::text, r.workflow_id from requests r
    where r.tenant_id = ${reply.tenantId} and r.closed_at is null and r.provider = ${reply.provider}
      and (r.external_id = ${reply.externalOrderId ?? null}
           or r.id in (select request_id from dispatch_attempts
                       where channel in ('telegram_bot', 'userbot', 'api+telegram_bot', 'api+userbot') and provider_ref = ${reply.replyToMessageId ?? null}))`;
  const inserted = await sql`
    insert into provider_messages (tenant_id, provider, request_id, source, external_ref, text, verdict)
    values (${reply.tenantId}, ${reply.provider}, ${targets[0]?.id ?? null}, ${reply.source}, ${reply.externalRef}, ${reply.text}, ${verdict})
    on conflict (tenant_id, source, external_ref) do nothing returning id`;
  const duplicate = inserted.length === 0;
  for (const t of targets) {
    // Signals carry the reply's own ID, so a redelivered reply is read once by the request.
    await temporal.workflow
      .getHandle(t.workflow_id)
      .signal(providerReplySignal, { replyId: `${reply.source}:${reply.externalRef}`, text: reply.text, verdict: routedVerdict(reading) })
      .catch(() => undefined);
  }
  return { requestIds: targets.map((t) => t.id), verdict, duplicate };
}
