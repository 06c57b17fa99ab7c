-- Invoices paid through a crypto gateway: plan upgrades, credit packs, renewals and
-- Enterprise overage. Amounts are integer US cents. An invoice is applied once: its status
-- moves to 'paid' in the same transaction as the ledger entries of what it bought.
create sequence invoice_numbers;

create table invoices (
  id            text primary key,
  tenant_id     text not null references tenants(id),
  kind          text not null check (kind in ('upgrade', 'credit_pack', 'renewal', 'overage')),
  -- What the invoice buys: the target plan of an upgrade, the pack, the renewed plan.
  item          text not null,
  amount_cents  integer not null check (amount_cents > 0),
  currency      text not null default 'USD',
  status        text not null default 'pending' check (status in
                  ('pending', 'underpaid_open', 'paid', 'underpaid_final', 'expired', 'failed', 'refunded')),
  gateway       text not null,
  -- The gateway's own identifier of the invoice (uuid, invoice id); null until created there.
  gateway_ref   text,
  url           text,
  -- The billing cycle an invoice belongs to (renewal, overage), so each is issued once.
  cycle_start   timestamptz,
  detail        jsonb not null default '{}'::jsonb,
  created_at    timestamptz not null,
  expires_at    timestamptz,
  paid_at       timestamptz,
  updated_at    timestamptz not null default now()
);
create index invoices_of_tenant on invoices (tenant_id, created_at desc, id desc);
-- One open upgrade at a time: a second request for the same upgrade gets the same invoice.
create unique index invoices_one_pending_upgrade on invoices (tenant_id) where kind = 'upgrade' and status in ('pending', 'underpaid_open');
create unique index invoices_once_per_cycle on invoices (tenant_id, kind, cycle_start) where cycle_start is not null;

-- Set while a renewal stays unpaid three days past the anniversary: new requests are
-- blocked as at quota until it is paid.
alter table billing_accounts add column blocked_unpaid_invoice text references invoices(id);
