-- The webhook secret is sealed like the other secrets. A plain value left from before is
-- sealed by the service the first time it reads it (SQL has no access to the key).
alter table tenant_channels add column webhook_secret_enc text;

-- Webhook updates whose handling failed, counted per update: a transient failure is answered
-- 500 so Telegram delivers the update again, a few times at most; an update that can never
-- succeed is kept here and acknowledged instead of being redelivered for a day.
create table telegram_failed_updates (
  tenant_id     text not null references tenants(id) on delete cascade,
  update_id     bigint not null,
  attempts      integer not null default 1,
  error         text not null,
  acknowledged  boolean not null default false,
  first_at      timestamptz not null default now(),
  last_at       timestamptz not null default now(),
  primary key (tenant_id, update_id)
);
