// A Telegram message handed to its conversation, by the same step as every channel (the chat
// is the conversation's external_ref, where replies go back). Message IDs come from
// Telegram's, so a redelivered update is handled once by the workflow.
import type { Attachment } from '../../workflows/definitions.js';
import { handMessageToConversation, type IntakeDeps } from '../../app/hand-message.js';
import type { TelegramLink } from './links.js';

export interface HandOffDeps extends IntakeDeps {
  tenantId: string;
}

export interface TelegramMessageIn {
  chatId: number;
  link: TelegramLink;
  /** `tg-<chat>-<message>`, plus a suffix for button presses. */
  messageId: string;
  text: string;
  attachments: Attachment[];
  receivedAt: Date;
}

/**
 * One conversation per chat and link: conversation IDs are global in the read model, and the
 * link's number keeps two shops' chats with the same user apart and starts afresh when the
 * user links another account.
 */
export function telegramConversationId(chatId: number, linkId: string): string {
  return `tg-${chatId}-${linkId}`;
}

export function telegramMessageId(chatId: number, messageId: number, suffix?: string): string {
  return `tg-${chatId}-${messageId}${suffix ? `-${suffix}` : ''}`;
}

export async function handToConversation(deps: HandOffDeps, msg: TelegramMessageIn): Promise<{ conversationId: string }> {
  const conversationId = telegramConversationId(msg.chatId, msg.link.id);
  await handMessageToConversation(
    deps,
    { tenantId: deps.tenantId, conversationId, channel: 'telegram', customer: msg.link.customer, externalRef: String(msg.chatId) },
    { messageId: msg.messageId, text: msg.text, attachments: msg.attachments, receivedAt: msg.receivedAt.toISOString() },
  );
  return { conversationId };
}
