-- WhatsApp (Cloud API) customers. The tenant's connection lives in tenant_channels as kind
-- 'whatsapp' (access token, app secret and verify token sealed together; the phone-number ID
-- in settings). Here: the numbers linked to panel customers and the signed tokens that link
-- them, the message IDs already handled (Meta delivers a message again and again until it is
-- acknowledged), and each number's last message, which opens the 24-hour window.

-- One link per (tenant, WhatsApp number); the id names the customer's conversation, so a
-- number linked to another panel account starts a new conversation.
create table whatsapp_links (
  id          bigserial primary key,
  tenant_id   text not null references tenants(id) on delete cascade,
  wa_id       text not null,
  customer    text not null,
  linked_at   timestamptz not null default now(),
  unique (tenant_id, wa_id)
);

create table whatsapp_link_tokens (
  nonce       text primary key,
  tenant_id   text not null references tenants(id) on delete cascade,
  customer    text not null,
  expires_at  timestamptz not null,
  created_at  timestamptz not null default now(),
  used_at     timestamptz,
  used_by     text
);
create index whatsapp_link_tokens_expiry on whatsapp_link_tokens (expires_at);

create table whatsapp_messages_seen (
  tenant_id   text not null references tenants(id) on delete cascade,
  message_id  text not null,
  seen_at     timestamptz not null default now(),
  primary key (tenant_id, message_id)
);

-- sent_at is Meta's timestamp of the customer's latest message: a delivery that arrives late
-- does not stretch the window.
create table whatsapp_contacts (
  tenant_id   text not null references tenants(id) on delete cascade,
  wa_id       text not null,
  last_message_at timestamptz not null,
  primary key (tenant_id, wa_id)
);
