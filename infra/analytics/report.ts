// The owner's analytics (SPEC 10.5), read from the read model: requests opened in [from, to)
// by intent, final decision and channel; how many were settled without a person; times to
// first reply and to resolution; provider follow-ups; pilot agreement; requests and credits
// used. The README defines each figure next to Intercom Fin's and Zendesk's.
import type { Sql } from '../db/database.js';
import { agreementReport, type AgreementReport } from '../pilot/drafts.js';

export interface Percentiles {
  p50: number | null;
  p95: number | null;
}

export interface AnalyticsReport {
  from: string;
  to: string;
  requests: { total: number; byIntent: Record<string, number>; byDecision: Record<string, number>; byChannel: Record<string, number> };
  /** Closed with no person involved ÷ all requests (Fin: involvement × resolution). */
  automationRate: number | null;
  /** Closed (resolved, answered or ended) ÷ all requests. */
  resolutionRate: number | null;
  /** Ever handed to a person ÷ all requests. */
  escalationRate: number | null;
  firstReplySeconds: Percentiles;
  resolutionSeconds: Percentiles;
  followUpsPerRequest: number | null;
  pilot: AgreementReport;
  usage: { requests: number; trackingCredits: number };
}

// Events that mean a person took part in a request.
const PERSON_EVENTS = ['escalated', 'staff_decision', 'order_lookup_failed'];

export async function analyticsReport(sql: Sql, tenantId: string, from: Date, to: Date): Promise<AnalyticsReport> {
  const rows = await sql<{ intent: string; decision: string | null; channel: string; closed: boolean; person: boolean; follow_ups: number }[]>`
    select r.intent, r.decision, c.channel, r.closed_at is not null as closed,
           (r.state = 'escalated' or coalesce(r.decision, '') like '%.escalate' or exists (
              select 1 from request_events e where e.request_id = r.id and e.kind = any(${PERSON_EVENTS}))) as person,
           (select count(*) from request_events e where e.request_id = r.id and e.kind = 'followed_up')::int as follow_ups
    from requests r join conversations c on c.id = r.conversation_id
    where r.tenant_id = ${tenantId} and r.opened_at >= ${from} and r.opened_at < ${to}`;
  const total = rows.length;
  const share = (n: number): number | null => (total > 0 ? Math.round((n / total) * 1000) / 1000 : null);
  const [firstReply] = await sql<{ p50: number | null; p95: number | null }[]>`
    with firsts as (
      select extract(epoch from (
               (select min(p.at) from replies p where p.conversation_id = c.id) -
               (select min(m.received_at) from messages m where m.conversation_id = c.id))) as seconds
      from conversations c
      where c.tenant_id = ${tenantId} and c.created_at >= ${from} and c.created_at < ${to})
    select percentile_cont(0.5) within group (order by seconds) as p50,
           percentile_cont(0.95) within group (order by seconds) as p95
    from firsts where seconds is not null and seconds >= 0`;
  const [resolution] = await sql<{ p50: number | null; p95: number | null }[]>`
    select percentile_cont(0.5) within group (order by extract(epoch from closed_at - opened_at)) as p50,
           percentile_cont(0.95) within group (order by extract(epoch from closed_at - opened_at)) as p95
    from requests where tenant_id = ${tenantId} and opened_at >= ${from} and opened_at < ${to} and closed_at is not null`;
  const [usage] = await sql<{ requests: number; credits: number }[]>`
    select coalesce(sum(amount) filter (where kind = 'request'), 0)::int as requests,
           coalesce(-sum(amount) filter (where kind = 'tracking_check'), 0)::int as credits
    from billing_ledger where tenant_id = ${tenantId} and at >= ${from} and at < ${to}`;
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    requests: {
      total,
      byIntent: countBy(rows.map((r) => r.intent)),
      byDecision: countBy(rows.map((r) => r.decision ?? 'undecided')),
      byChannel: countBy(rows.map((r) => r.channel)),
    },
    automationRate: share(rows.filter((r) => r.closed && !r.person).length),
    resolutionRate: share(rows.filter((r) => r.closed).length),
    escalationRate: share(rows.filter((r) => r.person).length),
    firstReplySeconds: seconds(firstReply),
    resolutionSeconds: seconds(resolution),
    followUpsPerRequest: share(rows.reduce((a, r) => a + r.follow_ups, 0)),
    pilot: await agreementReport(sql, tenantId, from, to),
    usage: { requests: usage?.requests ?? 0, trackingCredits: usage?.credits ?? 0 },
  };
}

function countBy(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

function seconds(p: { p50: number | null; p95: number | null } | undefined): Percentiles {
  const round = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);
  return { p50: round(p?.p50), p95: round(p?.p95) };
}
