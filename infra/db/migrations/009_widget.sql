-- The web chat widget (SPEC section 11). The tenant's widget (id, sealed secret, allowed
-- origins) lives in tenant_channels as kind 'widget'. Here: what the customer wrote in the
-- widget, the answers given to anonymous visitors (verified customers' answers are the
-- conversation's replies), and the files they attached.

create table widget_messages (
  id          bigserial primary key,
  tenant_id   text not null references tenants(id) on delete cascade,
  -- The conversation ID for a verified customer, `anon-<visitor>` for an anonymous one.
  thread      text not null,
  author      text not null check (author in ('customer', 'agent')),
  text        text not null,
  attachment  text,
  -- The widget's own message ID: a message sent twice (a retry after a lost answer) is kept once.
  client_id   text,
  at          timestamptz not null default now(),
  unique (tenant_id, thread, client_id)
);
create index widget_messages_thread on widget_messages (tenant_id, thread, id);

create table widget_attachments (
  id          text primary key,
  tenant_id   text not null references tenants(id) on delete cascade,
  thread      text not null,
  mime_type   text not null,
  name        text,
  bytes       bytea not null,
  created_at  timestamptz not null default now()
);
create unique index widget_identity on tenant_channels ((settings->>'widgetId')) where kind = 'widget';
