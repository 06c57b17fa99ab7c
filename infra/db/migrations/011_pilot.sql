-- Pilot mode: every customer reply and provider dispatch is first a draft that staff
-- approve, edit then approve, or reject. Drafts and their verdicts are kept for the
-- agreement rate (approved unchanged / all decided drafts) per intent and decision code.
create table pilot_drafts (
  id              bigserial primary key,
  tenant_id       text not null references tenants(id) on delete cascade,
  -- One draft per workflow step: a retried activity finds its draft instead of making another.
  draft_key       text not null,
  kind            text not null check (kind in ('reply', 'dispatch')),
  conversation_id text not null,
  request_id      text,
  workflow_id     text not null,
  intent          text,
  decision        text,
  text            text not null,
  status          text not null default 'pending' check (status in ('pending', 'approved', 'edited', 'rejected')),
  final_text      text,
  decided_by      text,
  decided_at      timestamptz,
  -- Shown in the Telegram admin chat (with its buttons).
  announced_at    timestamptz,
  created_at      timestamptz not null default now(),
  unique (tenant_id, draft_key)
);
create index pilot_drafts_pending on pilot_drafts (tenant_id, created_at) where status = 'pending';
