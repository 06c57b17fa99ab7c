// The context a person needs to decide an escalation, read from the read model.
import type { Sql } from '../../infra/db/database.js';
import type { RequestState } from '../../workflows/definitions.js';

interface Row {
  id: string;
  workflow_id: string;
  conversation_id: string;
  customer: string;
  order_id: string;
  intent: string;
  state: RequestState;
  decision_detail: Record<string, unknown> | null;
}

export async function loadEscalations(sql: Sql, tenantId: string) {
  const rows = await sql<Row[]>`
    select r.id::text, r.workflow_id, r.conversation_id, c.customer, r.order_id, r.intent, r.state, r.decision_detail
    from requests r join conversations c on c.id = r.conversation_id
    where r.tenant_id = ${tenantId} and r.state = 'escalated' and r.closed_at is null
    order by r.updated_at`;
  const out = [];
  for (const r of rows) {
    const events = await sql<{ at: Date; kind: string; detail: Record<string, unknown> }[]>`
      select at, kind, detail from request_events where request_id = ${r.id} order by id`;
    const messages = await sql<{ at: Date; text: string }[]>`
      select m.received_at as at, m.text from messages m
      where m.conversation_id = ${r.conversation_id}
         or m.conversation_id in (select conversation_id from request_joins where request_id = ${r.id})
      order by m.received_at`;
    const dispatches = await sql<{ attempt: number; kind: string; channel: string | null; status: string; verdict: string | null; detail: unknown; created_at: Date }[]>`
      select attempt, kind, channel, status, verdict, detail, created_at from dispatch_attempts where request_id = ${r.id} order by attempt`;
    const provider = await sql<{ received_at: Date; text: string; verdict: string | null }[]>`
      select received_at, text, verdict from provider_messages where request_id = ${r.id} order by received_at`;
    const escalated = [...events].reverse().find((e) => e.kind === 'escalated');
    const decided = events.find((e) => e.kind === 'decided');
    out.push({
      requestId: r.id,
      workflowId: r.workflow_id,
      conversationId: r.conversation_id,
      customer: r.customer,
      orderId: r.order_id,
      intent: r.intent,
      state: r.state,
      reason: typeof escalated?.detail.reason === 'string' ? escalated.detail.reason : null,
      decision: r.decision_detail,
      order: (decided?.detail.order as Record<string, unknown> | undefined) ?? null,
      escalatedAt: escalated?.at.toISOString() ?? null,
      messages: messages.map((m) => ({ at: m.at.toISOString(), text: m.text })),
      dispatches: dispatches.map((d) => ({ attempt: d.attempt, kind: d.kind, channel: d.channel, status: d.status, verdict: d.verdict, detail: d.detail, at: d.created_at.toISOString() })),
      providerMessages: provider.map((p) => ({ at: p.received_at.toISOString(), text: p.text, verdict: p.verdict })),
      timeline: events.map((e) => ({ at: e.at.toISOString(), kind: e.kind, detail: e.detail })),
    });
  }
  return out;
}
