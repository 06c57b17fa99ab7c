-- The request lifecycle after a forward decision: dispatches to providers, their replies,
-- notifications to the owner, and the tenant's Telegram channel.

alter table requests
  add column provider text,
  add column external_id text,
  add column escalation_reason text;
create index requests_tenant_state on requests (tenant_id, state) where closed_at is null;

-- One row per dispatch attempt. The row is written before anything is sent: a crash after
-- sending leaves it "sending", which a retry reads as "maybe sent" and never sends again.
create table dispatch_attempts (
  request_id    bigint not null references requests(id) on delete cascade,
  attempt       int not null,
  kind          text not null,
  channel       text,
  status        text not null,
  provider_ref  text,
  verdict       text,
  detail        jsonb not null default '{}'::jsonb,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  primary key (request_id, attempt)
);
-- Provider chat replies are routed by the message they answer.
create index dispatch_attempts_ref on dispatch_attempts (channel, provider_ref);

create table provider_messages (
  id            bigserial primary key,
  tenant_id     text not null references tenants(id) on delete cascade,
  provider      text,
  request_id    bigint references requests(id) on delete set null,
  source        text not null,
  external_ref  text not null,
  text          text not null,
  verdict       text,
  received_at   timestamptz not null default now(),
  unique (tenant_id, source, external_ref)
);

create table notifications (
  id            bigserial primary key,
  tenant_id     text not null references tenants(id) on delete cascade,
  request_id    bigint references requests(id) on delete set null,
  notify_key    text not null,
  kind          text not null,
  text          text not null,
  created_at    timestamptz not null default now(),
  delivered_at  timestamptz,
  unique (tenant_id, notify_key)
);

create table tenant_channels (
  tenant_id       text not null references tenants(id) on delete cascade,
  kind            text not null,
  secret_enc      text not null,
  mode            text,
  admin_chat_id   text,
  bot_username    text,
  webhook_secret  text,
  settings        jsonb not null default '{}'::jsonb,
  updated_at      timestamptz not null default now(),
  primary key (tenant_id, kind)
);
