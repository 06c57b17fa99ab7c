// The widget shows replies in real time: whoever records something in a widget thread (the
// worker delivering a reply, the API storing a message) announces it over PostgreSQL
// LISTEN/NOTIFY, which reaches every API process holding that thread's live connections.
import type { Sql } from '../../infra/db/database.js';

export const WIDGET_EVENTS_CHANNEL = 'widget_events';

export async function announceWidgetThread(sql: Sql, tenantId: string, thread: string): Promise<void> {
  await sql`select pg_notify(${WIDGET_EVENTS_CHANNEL}, ${`${tenantId} ${thread}`})`;
}
