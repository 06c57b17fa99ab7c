// Delivering a recorded reply to where the conversation lives: a panel ticket, a Telegram
// chat, a WhatsApp number, or nowhere else (API conversations are read through the API). Delivery is keyed by
// the reply row, so a retry after a crash never posts a delivered reply again.
import { ApplicationFailure } from '@temporalio/common';
import type { Sql } from '../infra/db/database.js';
import type { SecretBox } from '../infra/crypto.js';
import { productMetrics } from '../infra/metrics.js';
import { readPanel } from '../infra/tenants/connections.js';
import { readTelegramBot } from '../infra/tenants/channels.js';
import { PerfectPanelClient } from './panel/perfect-panel.js';
import { PanelError } from './panel/adapter.js';
import { sendBotMessage, TelegramPermanentError } from './telegram/bot-sender.js';
import { announceWidgetThread } from './widget/announce.js';
import { deliverWhatsApp } from './whatsapp/deliver.js';
import { WhatsAppPermanentError } from './whatsapp/graph.js';

export interface DeliveryDeps {
  sql: Sql;
  box: SecretBox;
  telegramApiRoot: string;
  /** WHATSAPP_API_ROOT; the Graph API when absent. */
  whatsappApiRoot?: string;
  /** The name our replies carry in panel tickets. */
  staffName?: string;
}

interface Target {
  tenant_id: string;
  channel: string;
  external_ref: string | null;
  panel_generation: number | null;
}

/**
 * A refusal no retry can change: a locked or deleted ticket, a blocked bot, a chat that is
 * gone. It is kept on the reply row and reported at once; the request goes on.
 */
export class DeliveryRefusedError extends Error {
  override readonly name = 'DeliveryRefusedError';
}

/** Records the reply (once per key) and delivers it (once). */
export async function recordAndDeliver(deps: DeliveryDeps, conversationId: string, replyKey: string, text: string): Promise<void> {
  const { sql } = deps;
  const inserted = await sql<{ latency: number | null }[]>`
    insert into replies (conversation_id, reply_key, text) values (${conversationId}, ${replyKey}, ${text})
    on conflict (conversation_id, reply_key) do nothing
    returning extract(epoch from now() - (select max(received_at) from messages where conversation_id = ${conversationId}))::float8 as latency`;
  // Once per reply, not per retry: the customer's latest message to this reply.
  const latency = inserted[0]?.latency;
  if (latency !== undefined && latency !== null) productMetrics.firstReplySeconds.observe(latency);
  const [row] = await sql<{ id: string; text: string; delivered_at: Date | null }[]>`
    select id::text, text, delivered_at from replies where conversation_id = ${conversationId} and reply_key = ${replyKey}`;
  if (!row || row.delivered_at) return;
  const [target] = await sql<Target[]>`select tenant_id, channel, external_ref, panel_generation from conversations where id = ${conversationId}`;
  if (!target) return;
  try {
    await send(deps, target, row.text);
  } catch (err) {
    const refusal = permanentRefusal(err);
    if (!refusal) throw err;
    await sql`update replies set delivery_error = ${refusal} where id = ${row.id}`;
    throw new DeliveryRefusedError(refusal);
  }
  await sql`update replies set delivered_at = now(), delivery_error = null where id = ${row.id}`;
}

async function send(deps: DeliveryDeps, target: Target, text: string): Promise<void> {
  if (target.channel === 'panel_ticket' && target.external_ref) {
    const conn = await readPanel(deps.sql, deps.box, target.tenant_id);
    if (!conn) throw new DeliveryRefusedError('the tenant has no panel connected');
    // Ticket #501 of the panel connected now is another customer's ticket than #501 of the old one.
    if (target.panel_generation !== null && target.panel_generation !== conn.generation) {
      throw new DeliveryRefusedError(`ticket ${target.external_ref} belongs to the panel connected before; not posted to the new one`);
    }
    const panel = new PerfectPanelClient({ url: conn.url, apiKey: conn.apiKey });
    // Posting is not idempotent: after a lost answer, look for our reply before posting again.
    const ticket = await panel.getTicket(target.external_ref);
    const lastCustomer = ticket ? ticket.messages.map((m) => m.isStaff).lastIndexOf(false) : -1;
    const already = ticket?.messages.slice(lastCustomer + 1).some((m) => m.isStaff && m.message.trim() === text.trim());
    if (!already) await panel.replyToTicket(target.external_ref, text, deps.staffName ?? 'Support');
    return;
  }
  if (target.channel === 'telegram' && target.external_ref) {
    const bot = await readTelegramBot(deps.sql, deps.box, target.tenant_id);
    if (!bot) throw new TelegramPermanentError('no Telegram bot connected');
    await sendBotMessage({ token: bot.token, apiRoot: deps.telegramApiRoot, chatId: target.external_ref, text });
  }
  if (target.channel === 'whatsapp' && target.external_ref) {
    await deliverWhatsApp(deps, target.tenant_id, target.external_ref, text);
    return;
  }
  if (target.channel === 'widget' && target.external_ref) {
    // The reply row is what the widget shows; open widgets are told to read it now.
    await announceWidgetThread(deps.sql, target.tenant_id, target.external_ref);
    return;
  }
  // API conversations: the reply is read through GET /v1/conversations/{id}.
}

/** The reason a delivery can never succeed, or null when a retry may still work. */
function permanentRefusal(err: unknown): string | null {
  if (err instanceof TelegramPermanentError) return `Telegram refused the message: ${err.message}`;
  if (err instanceof WhatsAppPermanentError) return err.message;
  // The panel answered and refused (a locked or deleted ticket, a refused key): not an outage.
  if (err instanceof PanelError && err.code !== 'bad_response') return `the panel refused the reply: ${err.message}`;
  if (err instanceof DeliveryRefusedError) return err.message;
  return null;
}

/**
 * Delivers one text to several conversations: every one is tried; a transient failure is
 * thrown for Temporal to retry (delivered ones are skipped by key), else refusals are
 * reported together as one non-retryable failure the workflow records.
 */
export async function deliverToAll(deps: DeliveryDeps, conversationIds: string[], replyKey: string, text: string): Promise<void> {
  const refused: string[] = [];
  let transient: unknown = null;
  for (const id of conversationIds) {
    try {
      await recordAndDeliver(deps, id, replyKey, text);
    } catch (err) {
      if (err instanceof DeliveryRefusedError) refused.push(err.message);
      else transient ??= err;
    }
  }
  if (transient) throw transient;
  if (refused.length) throw ApplicationFailure.create({ type: 'DeliveryRefused', message: refused.join('; '), nonRetryable: true });
}
