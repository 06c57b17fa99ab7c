// One WhatsApp message from a customer, after its delivery's signature was checked. It is
// claimed by its message ID first (Meta delivers again until acknowledged, sometimes twice at
// once), so each message is handled once; if handling fails the claim is released and the
// delivery fails, so Meta sends it again. A "LINK <token>" message links the number; a linked
// customer's text, screenshot or button press goes to the conversation by the intake step
// every channel uses; a lone order number gets reply buttons. Prompts the number sends by
// itself are best effort: one that cannot be sent is logged, never blocks the message.
import type { FastifyBaseLogger } from 'fastify';
import { handMessageToConversation, type IntakeDeps } from '../../app/hand-message.js';
import type { SecretBox } from '../../infra/crypto.js';
import type { WhatsAppChannel } from '../../infra/tenants/whatsapp.js';
import type { Attachment } from '../../workflows/definitions.js';
import { GRAPH_API_ROOT, sendWhatsAppMessage, type ReplyButton } from '../../activities/whatsapp/graph.js';
import { recordCustomerMessage, sendHeldReplies } from '../../activities/whatsapp/deliver.js';
import { orderActionText, parseOrderData } from '../../activities/telegram/keyboards.js';
import { loneOrderId } from '../telegram/features/order-buttons.js';
import { findWhatsAppLink, linkTokenIn, redeemWhatsAppLinkToken, type WhatsAppLink } from './links.js';
import { texts } from './texts.js';
import type { WhatsAppMessage } from './payload.js';

export interface InboundDeps extends IntakeDeps {
  box: SecretBox;
  linkKey: Buffer;
  whatsappApiRoot?: string;
  log: FastifyBaseLogger;
}

export type Outcome = 'duplicate' | 'linked' | 'link_refused' | 'not_linked' | 'buttons' | 'handed' | 'unsupported';

/** One conversation per number and link, as on Telegram: a new link starts afresh. */
export function whatsappConversationId(waId: string, link: WhatsAppLink): string {
  return `wa-${waId}-${link.id}`;
}

export async function receiveWhatsAppMessage(deps: InboundDeps, tenantId: string, wa: WhatsAppChannel, msg: WhatsAppMessage): Promise<Outcome> {
  // A button pressed twice is two messages from Meta but one request from the customer.
  const keys = [msg.id, ...(buttonPressKey(msg) ? [buttonPressKey(msg)!] : [])];
  const claimed = await deps.sql`
    insert into whatsapp_messages_seen (tenant_id, message_id) select ${tenantId}, unnest(${keys}::text[])
    on conflict do nothing returning message_id`;
  if (claimed.length < keys.length) {
    if (claimed.length) await release(deps, tenantId, claimed.map((c) => c.message_id as string));
    return 'duplicate';
  }
  try {
    return await handle(deps, tenantId, wa, msg);
  } catch (err) {
    await release(deps, tenantId, keys);
    throw err;
  }
}

async function release(deps: InboundDeps, tenantId: string, keys: string[]): Promise<void> {
  await deps.sql`delete from whatsapp_messages_seen where tenant_id = ${tenantId} and message_id = any(${keys}::text[])`;
}

/** `wa-<message with the buttons>-<action>`: one message per (buttons, action). */
function buttonPressKey(msg: WhatsAppMessage): string | null {
  if (msg.type !== 'interactive' || !msg.interactive.button_reply || !msg.context?.id) return null;
  const pressed = parseOrderData(msg.interactive.button_reply.id);
  return pressed ? `wa-${msg.context.id}-${pressed.action}` : null;
}

async function handle(deps: InboundDeps, tenantId: string, wa: WhatsAppChannel, msg: WhatsAppMessage): Promise<Outcome> {
  const sentAt = new Date(Number(msg.timestamp) * 1000);
  await recordCustomerMessage(deps.sql, tenantId, msg.from, sentAt);
  const say = (text: string, buttons?: ReplyButton[]) => prompt(deps, wa, msg.from, text, buttons);

  const token = msg.type === 'text' ? linkTokenIn(msg.text.body) : null;
  if (token) {
    const result = await redeemWhatsAppLinkToken(deps.sql, deps.linkKey, tenantId, token, msg.from);
    await say(result.ok ? texts.linked(result.link.customer) : texts.linkRefused(result.reason));
    return result.ok ? 'linked' : 'link_refused';
  }
  const link = await findWhatsAppLink(deps.sql, tenantId, msg.from);
  if (!link) {
    await say(texts.notLinked);
    return 'not_linked';
  }

  let text: string;
  let attachments: Attachment[] = [];
  let messageId = `wa-${msg.id}`;
  if (msg.type === 'text') {
    const orderId = loneOrderId(msg.text.body);
    if (orderId) {
      await say(texts.orderQuestion(orderId), orderButtons(orderId));
      return 'buttons';
    }
    text = msg.text.body;
  } else if (msg.type === 'image') {
    // Referred to by Meta's media ID: its download URL needs the access token and expires.
    attachments = [{ kind: 'image', name: `whatsapp-media:${msg.image.id}` }];
    text = msg.image.caption ?? '';
  } else if (msg.type === 'interactive' && msg.interactive.button_reply) {
    const pressed = parseOrderData(msg.interactive.button_reply.id);
    if (!pressed) return 'unsupported';
    text = orderActionText(pressed.action, pressed.orderId);
    messageId = buttonPressKey(msg) ?? messageId;
  } else {
    await say(texts.unsupported);
    return 'unsupported';
  }

  const conversationId = whatsappConversationId(msg.from, link);
  await handMessageToConversation(
    deps,
    { tenantId, conversationId, channel: 'whatsapp', customer: link.customer, externalRef: msg.from },
    { messageId, text, attachments, receivedAt: sentAt.toISOString() },
  );
  // The window is open again: what waited for it goes out now.
  await sendHeldReplies({ sql: deps.sql, box: deps.box, whatsappApiRoot: deps.whatsappApiRoot }, tenantId, conversationId, msg.from).catch((err: unknown) => {
    deps.log.warn({ err, tenantId, conversationId }, 'whatsapp: held replies not sent yet');
  });
  return 'handed';
}

/** Three reply buttons (Meta's limit) for the actions asked most. */
function orderButtons(orderId: string): ReplyButton[] {
  return [
    { id: `ord:${orderId}:refill`, title: 'Refill' },
    { id: `ord:${orderId}:cancel`, title: 'Cancel' },
    { id: `ord:${orderId}:status`, title: 'Status' },
  ];
}

async function prompt(deps: InboundDeps, wa: WhatsAppChannel, to: string, text: string, buttons?: ReplyButton[]): Promise<void> {
  try {
    await sendWhatsAppMessage({ apiRoot: deps.whatsappApiRoot ?? GRAPH_API_ROOT, phoneNumberId: wa.phoneNumberId, accessToken: wa.accessToken, timeoutMs: 5_000 }, { to, text, buttons });
  } catch (err) {
    deps.log.warn({ err: err instanceof Error ? err.message : String(err), to }, 'whatsapp: a prompt could not be sent');
  }
}
