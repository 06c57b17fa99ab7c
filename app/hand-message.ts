// A customer message handed to its conversation, from any channel (API tickets, panel
// tickets, Telegram): the conversation row first, so the API can show it at once, then a
// signal-with-start, after which the message is durable in Temporal. The conversation
// handles a message ID once, so callers may repeat this safely. Text PostgreSQL cannot store
// is cleaned here (the API refused it already; panels and Telegram cannot be refused).
import type { Client } from '@temporalio/client';
import type { Sql } from '../infra/db/database.js';
import { productMetrics } from '../infra/metrics.js';
import { MAX_MESSAGE_CHARS, storableText } from '../infra/safe-text.js';
import {
  conversationWorkflowId,
  customerMessageSignal,
  type ConversationInput,
  type CustomerMessage,
} from '../workflows/definitions.js';

export interface IntakeDeps {
  sql: Sql;
  temporal: Client;
  taskQueue: string;
}

export async function handMessageToConversation(
  deps: IntakeDeps,
  conversation: ConversationInput & { externalRef?: string; panelGeneration?: number },
  rawMessage: CustomerMessage,
): Promise<void> {
  const { externalRef, panelGeneration, ...input } = { ...conversation, customer: storableText(conversation.customer), conversationId: storableText(conversation.conversationId) };
  const message: CustomerMessage = {
    ...rawMessage,
    messageId: storableText(rawMessage.messageId),
    text: storableText(rawMessage.text, MAX_MESSAGE_CHARS),
    attachments: rawMessage.attachments.map((a) => ({ ...a, ...(a.name !== undefined ? { name: storableText(a.name) } : {}), ...(a.url !== undefined ? { url: storableText(a.url) } : {}) })),
  };
  await deps.sql`
    insert into conversations (id, tenant_id, channel, customer, external_ref, panel_generation)
    values (${input.conversationId}, ${input.tenantId}, ${input.channel}, ${input.customer}, ${externalRef ?? null}, ${panelGeneration ?? null})
    on conflict (id) do nothing`;
  await deps.temporal.workflow.signalWithStart('conversationWorkflow', {
    workflowId: conversationWorkflowId(input.tenantId, input.conversationId),
    taskQueue: deps.taskQueue,
    args: [input],
    signal: customerMessageSignal,
    signalArgs: [message],
  });
  productMetrics.messagesAccepted.inc({ channel: input.channel });
}
