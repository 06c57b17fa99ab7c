// A Telegram message handed to its conversation workflow, exactly as POST /v1/tickets does:
// the read-model row first (with the chat as external_ref, where replies go back), then a
// signal-with-start. Message IDs come from Telegram's, so a redelivered update is handled
// once by the workflow.
import type { Client } from '@temporalio/client';
import type { Sql } from '../../infra/db/database.js';
import {
  conversationWorkflowId,
  customerMessageSignal,
  type Attachment,
  type ConversationInput,
  type CustomerMessage,
} from '../../workflows/definitions.js';
import type { TelegramLink } from './links.js';

export interface HandOffDeps {
  sql: Sql;
  temporal: Client;
  taskQueue: string;
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
  await deps.sql`
    insert into conversations (id, tenant_id, channel, customer, external_ref)
    values (${conversationId}, ${deps.tenantId}, 'telegram', ${msg.link.customer}, ${String(msg.chatId)})
    on conflict (id) do nothing`;
  const input: ConversationInput = { tenantId: deps.tenantId, conversationId, channel: 'telegram', customer: msg.link.customer };
  const message: CustomerMessage = {
    messageId: msg.messageId,
    text: msg.text,
    attachments: msg.attachments,
    receivedAt: msg.receivedAt.toISOString(),
  };
  await deps.temporal.workflow.signalWithStart('conversationWorkflow', {
    workflowId: conversationWorkflowId(deps.tenantId, conversationId),
    taskQueue: deps.taskQueue,
    args: [input],
    signal: customerMessageSignal,
    signalArgs: [message],
  });
  return { conversationId };
}
