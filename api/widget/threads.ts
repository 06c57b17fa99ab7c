// A widget thread: what the customer wrote there and what was answered. A verified customer's
// thread is their conversation (answers are its replies); an anonymous visitor's thread is
// kept here alone, since no order may be acted on for them.
import { createHash } from 'node:crypto';
import type { Sql } from '../../infra/db/database.js';

export interface ThreadItem {
  /** Stable across reads, so the widget shows each item once whichever way it arrived. */
  key: string;
  author: 'customer' | 'agent';
  text: string;
  attachment: string | null;
  at: string;
}

/** One conversation per (widget, customer): the chat follows the customer across devices. */
export function customerThread(widgetId: string, customer: string): string {
  return `wg-${widgetId}-${createHash('sha256').update(customer).digest('hex').slice(0, 24)}`;
}

export function anonymousThread(visitorId: string): string {
  return `anon-${visitorId}`;
}

/** Returns false when this client message was stored before (a retried send). */
export async function saveWidgetMessage(
  sql: Sql,
  m: { tenantId: string; thread: string; author: 'customer' | 'agent'; text: string; attachment: string | null; clientId: string | null },
): Promise<boolean> {
  const rows = await sql`
    insert into widget_messages (tenant_id, thread, author, text, attachment, client_id)
    values (${m.tenantId}, ${m.thread}, ${m.author}, ${m.text}, ${m.attachment}, ${m.clientId})
    on conflict (tenant_id, thread, client_id) do nothing
    returning id`;
  return rows.length > 0;
}

export async function readThread(sql: Sql, tenantId: string, thread: string): Promise<ThreadItem[]> {
  const rows = await sql<{ key: string; author: 'customer' | 'agent'; text: string; attachment: string | null; at: Date }[]>`
    select * from (
      select 'w' || id as key, author, text, attachment, at from widget_messages
      where tenant_id = ${tenantId} and thread = ${thread}
      union all
      select 'r' || r.id, 'agent', r.text, null, r.at from replies r
      join conversations c on c.id = r.conversation_id
      where r.conversation_id = ${thread} and c.tenant_id = ${tenantId}
    ) items order by at, key
    limit 500`;
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}
