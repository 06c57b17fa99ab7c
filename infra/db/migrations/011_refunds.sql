-- Autonomous refunds: one row per order, ever. The row is claimed (status 'sending') before
-- the panel is called, so a retry after a crash finds it and checks the panel instead of
-- refunding twice; a second request about the same order finds it and never refunds again.
create table refunds (
  tenant_id    text not null references tenants(id) on delete cascade,
  order_id     text not null,
  request_id   text not null,
  customer     text not null,
  action       text not null check (action in ('cancel', 'set_partial')),
  amount       numeric(14, 2) not null,
  currency     text not null,
  status       text not null check (status in ('sending', 'done', 'rejected')),
  criteria     jsonb not null,
  detail       text,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  primary key (tenant_id, order_id)
);
create index refunds_customer on refunds (tenant_id, customer, created_at);

-- Money returned to a panel customer is written to the tenant's ledger too, in cents of the
-- order's currency (a balance of its own: it is the shop's customers' money, not billing).
alter table billing_ledger drop constraint billing_ledger_balance_check;
alter table billing_ledger add constraint billing_ledger_balance_check check (balance in
  ('requests_used', 'bonus_requests', 'base_credits', 'prepaid_credits', 'usd_cents', 'customer_refund_cents'));
