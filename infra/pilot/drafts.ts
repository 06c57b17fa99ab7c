// Pilot drafts and staff verdicts: written by the workflows' activities (a draft) and by the
// API and the admin chat (a verdict), read for the review queue and the agreement rate.
import type { Sql } from '../db/database.js';

export type DraftKind = 'reply' | 'dispatch';
export type DraftStatus = 'pending' | 'approved' | 'edited' | 'rejected';

export interface NewDraft {
  tenantId: string;
  /** Unique per workflow step, so a retried activity finds its own draft. */
  draftKey: string;
  kind: DraftKind;
  conversationId: string;
  requestId?: string | null;
  workflowId: string;
  intent?: string | null;
  decision?: string | null;
  text: string;
}

export interface Draft {
  id: string;
  kind: DraftKind;
  conversationId: string;
  requestId: string | null;
  workflowId: string;
  intent: string | null;
  decision: string | null;
  text: string;
  status: DraftStatus;
  finalText: string | null;
  createdAt: string;
}

interface DraftRow {
  id: string;
  kind: DraftKind;
  conversation_id: string;
  request_id: string | null;
  workflow_id: string;
  intent: string | null;
  decision: string | null;
  text: string;
  status: DraftStatus;
  final_text: string | null;
  created_at: Date;
}

/** Makes the draft, or finds the one this step made before; returns its ID. */
export async function createDraft(sql: Sql, d: NewDraft): Promise<{ id: string; announced: boolean }> {
  const [row] = await sql<{ id: string; announced: boolean }[]>`
    insert into pilot_drafts (tenant_id, draft_key, kind, conversation_id, request_id, workflow_id, intent, decision, text)
    values (${d.tenantId}, ${d.draftKey}, ${d.kind}, ${d.conversationId}, ${d.requestId ?? null}, ${d.workflowId},
            ${d.intent ?? null}, ${d.decision ?? null}, ${d.text})
    on conflict (tenant_id, draft_key) do update set draft_key = excluded.draft_key
    returning id::text, announced_at is not null as announced`;
  if (!row) throw new Error('draft insert returned no row');
  return row;
}

/** The draft was shown in the admin chat: a retried activity does not show it again. */
export async function markAnnounced(sql: Sql, tenantId: string, id: string): Promise<void> {
  await sql`update pilot_drafts set announced_at = now() where tenant_id = ${tenantId} and id = ${id}`;
}

export async function pendingDrafts(sql: Sql, tenantId: string): Promise<Draft[]> {
  const rows = await sql<DraftRow[]>`
    select id::text, kind, conversation_id, request_id, workflow_id, intent, decision, text, status, final_text, created_at
    from pilot_drafts where tenant_id = ${tenantId} and status = 'pending' order by created_at, id`;
  return rows.map(toDraft);
}

export async function readDraft(sql: Sql, tenantId: string, id: string): Promise<Draft | null> {
  if (!/^\d{1,18}$/.test(id)) return null;
  const [row] = await sql<DraftRow[]>`
    select id::text, kind, conversation_id, request_id, workflow_id, intent, decision, text, status, final_text, created_at
    from pilot_drafts where tenant_id = ${tenantId} and id = ${id}`;
  return row ? toDraft(row) : null;
}

/**
 * Keeps staff's verdict once: false when the draft was already decided. Both the API (after
 * the workflow accepted the verdict) and the workflow may call it; the first one counts.
 */
export async function recordVerdict(
  sql: Sql,
  v: { tenantId: string; draftId: string; action: 'approve' | 'edit' | 'reject'; finalText: string | null; by: string },
): Promise<boolean> {
  const status: DraftStatus = v.action === 'approve' ? 'approved' : v.action === 'edit' ? 'edited' : 'rejected';
  const rows = await sql`
    update pilot_drafts set status = ${status}, final_text = ${v.finalText}, decided_by = ${v.by}, decided_at = now()
    where tenant_id = ${v.tenantId} and id = ${v.draftId} and status = 'pending'
    returning id`;
  return rows.length > 0;
}

export interface Agreement {
  drafts: number;
  approvedUnchanged: number;
  /** approvedUnchanged ÷ decided drafts; null before any verdict. */
  agreement: number | null;
}

export interface AgreementReport extends Agreement {
  byIntent: Record<string, Agreement>;
  byDecision: Record<string, Agreement>;
}

/** Agreement over drafts decided in [from, to): overall, per intent and per decision code. */
export async function agreementReport(sql: Sql, tenantId: string, from: Date, to: Date): Promise<AgreementReport> {
  const rows = await sql<{ intent: string | null; decision: string | null; decided: number; unchanged: number }[]>`
    select intent, decision, count(*)::int as decided, count(*) filter (where status = 'approved')::int as unchanged
    from pilot_drafts
    where tenant_id = ${tenantId} and status <> 'pending' and decided_at >= ${from} and decided_at < ${to}
    group by intent, decision`;
  const total = sum(rows.map((r) => [r.decided, r.unchanged]));
  const by = (key: 'intent' | 'decision'): Record<string, Agreement> => {
    const groups = new Map<string, Array<[number, number]>>();
    for (const r of rows) {
      const k = r[key] ?? 'none';
      groups.set(k, [...(groups.get(k) ?? []), [r.decided, r.unchanged]]);
    }
    return Object.fromEntries([...groups].map(([k, v]) => [k, sum(v)]));
  };
  return { ...total, byIntent: by('intent'), byDecision: by('decision') };
}

function sum(pairs: Array<[number, number]>): Agreement {
  const drafts = pairs.reduce((a, [d]) => a + d, 0);
  const approvedUnchanged = pairs.reduce((a, [, u]) => a + u, 0);
  return { drafts, approvedUnchanged, agreement: drafts > 0 ? Math.round((approvedUnchanged / drafts) * 1000) / 1000 : null };
}

function toDraft(row: DraftRow): Draft {
  return {
    id: row.id,
    kind: row.kind,
    conversationId: row.conversation_id,
    requestId: row.request_id,
    workflowId: row.workflow_id,
    intent: row.intent,
    decision: row.decision,
    text: row.text,
    status: row.status,
    finalText: row.final_text,
    createdAt: row.created_at.toISOString(),
  };
}
