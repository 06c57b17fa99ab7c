-- Telegram customers and the panel accounts they proved they own (SPEC section 3): the
-- links, the signed deep-link tokens issued for them, and the one-time codes posted into
-- panel tickets.

-- One link per (tenant, Telegram user). The id names the customer's conversation, so a user
-- who links to another panel account starts a new conversation, and ids never collide
-- across tenants.
create table telegram_links (
  id                bigserial primary key,
  tenant_id         text not null references tenants(id) on delete cascade,
  telegram_user_id  bigint not null,
  customer          text not null,
  method            text not null,
  linked_at         timestamptz not null default now(),
  unique (tenant_id, telegram_user_id)
);

-- Deep-link tokens: the token carries this row's nonce, its expiry and an HMAC; the row says
-- for whom it was issued and records its one use.
create table telegram_link_tokens (
  nonce         text primary key,
  tenant_id     text not null references tenants(id) on delete cascade,
  customer      text not null,
  expires_at    timestamptz not null,
  created_at    timestamptz not null default now(),
  used_at       timestamptz,
  used_by       bigint
);
create index telegram_link_tokens_expiry on telegram_link_tokens (expires_at);

-- At most one pending code per (tenant, Telegram user); only its HMAC is stored.
create table telegram_link_codes (
  tenant_id         text not null references tenants(id) on delete cascade,
  telegram_user_id  bigint not null,
  customer          text not null,
  code_mac          text not null,
  attempts          int not null default 0,
  expires_at        timestamptz not null,
  created_at        timestamptz not null default now(),
  primary key (tenant_id, telegram_user_id)
);
