-- An owner notice whose admin-chat copy was refused for good keeps the reason, like replies do.
alter table notifications add column if not exists delivery_error text;

-- A different panel never mixes with the previous one: each connected panel (by URL) is a
-- new generation. Ticket conversations and requests keep the generation they belong to;
-- the old generation's open requests are closed when the panel is switched.
alter table tenant_panels add column if not exists generation integer not null default 1;
alter table conversations add column if not exists panel_generation integer;
alter table requests add column if not exists panel_generation integer;
