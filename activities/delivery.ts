// Delivering a recorded reply to where the conversation lives: a panel ticket, a Telegram
// chat, or nowhere else (API conversations are read through the API). Delivery is keyed by
// the reply row, so a retry after a crash never posts a delivered reply again.
import type { Sql } from '../infra/db/database.js';
import type { SecretBox } from '../infra/crypto.js';
import { productMetrics } from '../infra/metrics.js';
import { readPanel } from '../infra/tenants/connections.js';
import { readTelegramBot } from '../infra/tenants/channels.js';
import { PerfectPanelClient } from './panel/perfect-panel.js';
import { sendBotMessage, TelegramPermanentError } from './telegram/bot-sender.js';
import { announceWidgetThread } from './widget/announce.js';

export interface DeliveryDeps {
  sql: Sql;
  box: SecretBox;
  telegramApiRoot: string;
  /** The name our replies carry in panel tickets. */
  staffName?: string;
}

interface Target {
  tenant_id: string;
  channel: string;
  external_ref: string | null;
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
  const [target] = await sql<Target[]>`select tenant_id, channel, external_ref from conversations where id = ${conversationId}`;
  if (!target) return;
  try {
    await send(deps, target, row.text);
  } catch (err) {
    if (!(err instanceof TelegramPermanentError)) throw err;
    // The chat is gone or the bot blocked: nothing a retry can fix; keep the reason.
    await sql`update replies set delivery_error = ${err.message} where id = ${row.id}`;
    return;
  }
  await sql`update replies set delivered_at = now(), delivery_error = null where id = ${row.id}`;
}

async function send(deps: DeliveryDeps, target: Target, text: string): Promise<void> {
  if (target.channel === 'panel_ticket' && target.external_ref) {
    const conn = await readPanel(deps.sql, deps.box, target.tenant_id);
    if (!conn) throw new Error('the tenant has no panel connected');
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
  if (target.channel === 'widget' && target.external_ref) {
    // The reply row is what the widget shows; open widgets are told to read it now.
    await announceWidgetThread(deps.sql, target.tenant_id, target.external_ref);
    return;
  }
  // API conversations: the reply is read through GET /v1/conversations/{id}.
}
