-- Billing: one account per tenant holding the balances of the current cycle, and an
-- append-only ledger explaining every change to them. Plans and prices live in code
-- (infra/billing/plans.ts); the database only names the plan.

create table billing_accounts (
  tenant_id         text primary key references tenants(id) on delete cascade,
  plan              text not null check (plan in ('starter', 'growth', 'scale', 'enterprise')),
  -- The billing anniversary: cycles end on its day of the month (clamped in short months),
  -- so it is kept apart from cycle_start, which may have been clamped.
  cycle_anchor      timestamptz not null,
  cycle_start       timestamptz not null,
  cycle_end         timestamptz not null,
  requests_used     integer not null default 0 check (requests_used >= 0),
  -- Unused requests carried over by an upgrade; they last until the cycle ends.
  bonus_requests    integer not null default 0 check (bonus_requests >= 0),
  base_credits      integer not null check (base_credits >= 0),
  prepaid_credits   integer not null default 0 check (prepaid_credits >= 0),
  -- A downgrade waits for the next cycle; the current plan holds until then.
  scheduled_plan    text check (scheduled_plan in ('starter', 'growth', 'scale', 'enterprise')),
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now(),
  check (cycle_start < cycle_end)
);

-- Every amount that moves, written in the same transaction as the change it explains. For
-- each account balance, the sum of its entries equals the balance. `ref` makes a retried
-- change a no-op: one entry per (tenant, kind, ref).
create table billing_ledger (
  id          bigserial primary key,
  -- No cascade: a tenant with billing history cannot be deleted by accident.
  tenant_id   text not null references tenants(id),
  kind        text not null,
  ref         text not null,
  balance     text not null check (balance in
                ('requests_used', 'bonus_requests', 'base_credits', 'prepaid_credits', 'usd_cents')),
  amount      integer not null check (amount <> 0),
  detail      jsonb not null default '{}'::jsonb,
  at          timestamptz not null,
  unique (tenant_id, kind, ref)
);
create index billing_ledger_history on billing_ledger (tenant_id, at desc, id desc);

create function billing_ledger_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'billing_ledger is append-only: % refused', tg_op;
end;
$$;

create trigger billing_ledger_no_update_delete
  before update or delete on billing_ledger
  for each row execute function billing_ledger_append_only();

create trigger billing_ledger_no_truncate
  before truncate on billing_ledger
  for each statement execute function billing_ledger_append_only();
