-- Tenants and their connections. Secrets are stored encrypted (see infra/crypto.ts);
-- tenant API keys only as SHA-256 hashes.
create table tenants (
  id            text primary key,
  name          text not null,
  api_key_hash  text not null unique,
  created_at    timestamptz not null default now()
);

create table tenant_panels (
  tenant_id     text primary key references tenants(id) on delete cascade,
  type          text not null,
  url           text not null,
  api_key_enc   text not null,
  updated_at    timestamptz not null default now()
);

create table tenant_providers (
  tenant_id        text not null references tenants(id) on delete cascade,
  name             text not null,
  dispatch         text not null,
  api_url          text,
  api_key_enc      text,
  telegram_chat_id text,
  updated_at       timestamptz not null default now(),
  primary key (tenant_id, name)
);

create table tenant_count_sources (
  tenant_id     text primary key references tenants(id) on delete cascade,
  url_template  text not null,
  count_path    text not null,
  updated_at    timestamptz not null default now()
);

-- Only the values a tenant changed; defaults live in code so they can evolve.
create table tenant_settings (
  tenant_id     text primary key references tenants(id) on delete cascade,
  settings      jsonb not null default '{}'::jsonb,
  updated_at    timestamptz not null default now()
);

-- Read model of conversations and requests. Temporal holds the live state; these rows are
-- written by idempotent upserts from activities so the API can answer without Temporal.
create table conversations (
  id            text primary key,
  tenant_id     text not null references tenants(id) on delete cascade,
  channel       text not null,
  customer      text not null,
  external_ref  text,
  created_at    timestamptz not null default now()
);
create index conversations_tenant on conversations (tenant_id, created_at desc);

create table messages (
  id               text not null,
  conversation_id  text not null references conversations(id) on delete cascade,
  tenant_id        text not null,
  text             text not null,
  attachments      jsonb not null default '[]'::jsonb,
  language         text,
  received_at      timestamptz not null default now(),
  primary key (conversation_id, id)
);

create table requests (
  id               bigserial primary key,
  tenant_id        text not null references tenants(id) on delete cascade,
  conversation_id  text not null references conversations(id) on delete cascade,
  message_id       text not null,
  order_id         text not null,
  intent           text not null,
  workflow_id      text not null,
  state            text not null default 'received',
  decision         text,
  decision_detail  jsonb,
  opened_at        timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  closed_at        timestamptz,
  -- a retried admission of the same message must find the same request
  unique (conversation_id, message_id, order_id, intent)
);
-- At most one open request per (tenant, order, intent): a second message joins it.
-- Requests without an order (`other`) are one open per conversation instead.
create unique index requests_one_open on requests (tenant_id, order_id, intent) where closed_at is null and intent <> 'other';
create unique index requests_one_open_other on requests (conversation_id) where closed_at is null and intent = 'other';
create index requests_conversation on requests (conversation_id);

-- Messages that joined an already open request (request.duplicate).
create table request_joins (
  request_id       bigint not null references requests(id) on delete cascade,
  conversation_id  text not null,
  message_id       text not null,
  joined_at        timestamptz not null default now(),
  primary key (request_id, conversation_id, message_id)
);

create table request_events (
  id           bigserial primary key,
  request_id   bigint not null references requests(id) on delete cascade,
  event_key    text not null,
  kind         text not null,
  detail       jsonb not null default '{}'::jsonb,
  at           timestamptz not null default now(),
  unique (request_id, event_key)
);

create table replies (
  id               bigserial primary key,
  conversation_id  text not null references conversations(id) on delete cascade,
  reply_key        text not null,
  text             text not null,
  at               timestamptz not null default now(),
  unique (conversation_id, reply_key)
);
