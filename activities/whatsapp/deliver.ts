// Replies to a WhatsApp customer, within Meta's 24-hour customer-service window: a free-form
// message may only go out while the customer's last message is less than a day old. Outside
// it the reply is not sent (this service keeps no approved templates): it stays recorded in
// the conversation with the reason, the owner is told, and it goes out the moment the
// customer writes again (sendHeldReplies), so no reply is lost.
import type { Sql } from '../../infra/db/database.js';
import type { SecretBox } from '../../infra/crypto.js';
import { readWhatsApp } from '../../infra/tenants/whatsapp.js';
import { GRAPH_API_ROOT, OUTSIDE_WINDOW_CODE, sendWhatsAppMessage, WhatsAppPermanentError } from './graph.js';

export const WINDOW_MS = 24 * 3600_000;

/** How a reply held for the window starts its recorded reason; sendHeldReplies looks for it. */
export const OUTSIDE_WINDOW = 'outside the WhatsApp 24-hour window';

export interface WhatsAppDeps {
  sql: Sql;
  box: SecretBox;
  /** WHATSAPP_API_ROOT; the Graph API when absent. */
  whatsappApiRoot?: string;
}

/** Remembers the customer's latest message (Meta's own timestamp): it opens the window. */
export async function recordCustomerMessage(sql: Sql, tenantId: string, waId: string, sentAt: Date): Promise<void> {
  await sql`
    insert into whatsapp_contacts (tenant_id, wa_id, last_message_at) values (${tenantId}, ${waId}, ${sentAt})
    on conflict (tenant_id, wa_id) do update set last_message_at = greatest(whatsapp_contacts.last_message_at, excluded.last_message_at)`;
}

export async function deliverWhatsApp(deps: WhatsAppDeps, tenantId: string, waId: string, text: string, now = new Date()): Promise<void> {
  const wa = await readWhatsApp(deps.sql, deps.box, tenantId);
  if (!wa) throw new WhatsAppPermanentError('no WhatsApp number connected (PUT /v1/channels/whatsapp)');
  const [contact] = await deps.sql<{ last_message_at: Date }[]>`
    select last_message_at from whatsapp_contacts where tenant_id = ${tenantId} and wa_id = ${waId}`;
  const last = contact?.last_message_at ?? null;
  if (!last || now.getTime() - last.getTime() >= WINDOW_MS) {
    throw new WhatsAppPermanentError(windowRefusal(last), OUTSIDE_WINDOW_CODE);
  }
  try {
    await sendWhatsAppMessage({ apiRoot: deps.whatsappApiRoot ?? GRAPH_API_ROOT, phoneNumberId: wa.phoneNumberId, accessToken: wa.accessToken }, { to: waId, text });
  } catch (err) {
    // Meta's own clock has the last word on the window.
    if (err instanceof WhatsAppPermanentError && err.code === OUTSIDE_WINDOW_CODE) throw new WhatsAppPermanentError(windowRefusal(last), OUTSIDE_WINDOW_CODE);
    throw err;
  }
}

function windowRefusal(last: Date | null): string {
  const when = last ? `the customer last wrote at ${last.toISOString()}` : 'the customer has not written yet';
  return `${OUTSIDE_WINDOW} (${when}): not sent; kept in the conversation and sent when the customer writes again`;
}

/**
 * The customer wrote, so the window is open again: replies held for it go out now, oldest
 * first. Each is claimed before sending, so two deliveries at once send it once.
 */
export async function sendHeldReplies(deps: WhatsAppDeps, tenantId: string, conversationId: string, waId: string): Promise<number> {
  const { sql } = deps;
  const held = await sql<{ id: string; text: string; delivery_error: string }[]>`
    select r.id::text, r.text, r.delivery_error from replies r join conversations c on c.id = r.conversation_id
    where r.conversation_id = ${conversationId} and c.tenant_id = ${tenantId}
      and r.delivered_at is null and r.delivery_error like ${`${OUTSIDE_WINDOW}%`}
    order by r.at, r.id`;
  let sent = 0;
  for (const reply of held) {
    const [claimed] = await sql`
      update replies set delivery_error = 'sending after the customer wrote again'
      where id = ${reply.id} and delivered_at is null and delivery_error = ${reply.delivery_error} returning 1`;
    if (!claimed) continue;
    try {
      await deliverWhatsApp(deps, tenantId, waId, reply.text);
    } catch (err) {
      await sql`update replies set delivery_error = ${reply.delivery_error} where id = ${reply.id}`;
      throw err;
    }
    await sql`update replies set delivered_at = now(), delivery_error = null where id = ${reply.id}`;
    sent += 1;
  }
  return sent;
}
