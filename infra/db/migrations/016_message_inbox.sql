-- Customer messages in order of arrival, before they reach their conversation. A message is
-- accepted once its row is here; it goes to Temporal at once while few messages are being
-- answered, and waits its turn here when the worker is behind (app/message-inbox.ts), so under
-- overload messages are answered in the order they came instead of all slowing together.
create table message_inbox (
  id               bigserial primary key,
  -- the workers that answer it: the gate counts what is in flight on this queue only
  task_queue       text not null,
  conversation_id  text not null,
  message_id       text not null,
  conversation     jsonb not null,
  message          jsonb not null,
  accepted_at      timestamptz not null default now(),
  -- set while the intake hands this message over itself; an expired claim (a process that
  -- died mid-hand-over) leaves the message to the dispatcher
  claimed_until    timestamptz,
  dispatched_at    timestamptz,
  unique (conversation_id, message_id)
);
create index message_inbox_waiting on message_inbox (task_queue, id) where dispatched_at is null;
create index message_inbox_dispatched on message_inbox (task_queue, dispatched_at) where dispatched_at is not null;
