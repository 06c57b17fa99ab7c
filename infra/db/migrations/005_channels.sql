-- Replies are delivered to the channel the conversation came from; delivered_at makes a
-- retried delivery a no-op. Panel ticket messages already handed to a conversation are
-- remembered, so overlapping or repeated polls hand each message over once.
alter table replies
  add column delivered_at timestamptz,
  add column delivery_error text;
-- Replies recorded before delivery existed were shown through the API only.
update replies set delivered_at = at;

create table ticket_messages_seen (
  tenant_id    text not null references tenants(id) on delete cascade,
  ticket_id    text not null,
  message_key  text not null,
  seen_at      timestamptz not null default now(),
  primary key (tenant_id, ticket_id, message_key)
);

create index conversations_external on conversations (tenant_id, channel, external_ref);
