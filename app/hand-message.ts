// A customer message handed to its conversation, from any channel (API tickets, panel
// tickets, Telegram, WhatsApp, the widget): the conversation row first, so the API can show it
// at once, then the message inbox, after which the message is accepted and durable. From there
// it goes to its conversation at once, or in its turn when the worker is behind
// (app/message-inbox.ts). The conversation handles a message ID once, so callers may repeat
// this safely. Text PostgreSQL cannot store is cleaned here (the API refused it already;
// panels and Telegram cannot be refused).
import type { Client } from '@temporalio/client';
import type { Sql } from '../infra/db/database.js';
import { productMetrics } from '../infra/metrics.js';
import { MAX_MESSAGE_CHARS, storableText } from '../infra/safe-text.js';
import type { ConversationInput, CustomerMessage } from '../workflows/definitions.js';
import { acceptMessage, handedOver, NO_ADMISSION_LIMIT, released, signalConversation, type AdmissionLimits } from './message-inbox.js';

export interface IntakeDeps {
  sql: Sql;
  temporal: Client;
  taskQueue: string;
  /** MESSAGES_IN_FLIGHT and MESSAGE_LEASE_SECONDS; absent: no limit, every message goes at once. */
  admission?: AdmissionLimits;
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
  const accepted = await acceptMessage(deps.sql, deps.taskQueue, deps.admission ?? NO_ADMISSION_LIMIT, input, message);
  if (accepted && !accepted.repeat) productMetrics.messagesAccepted.inc({ channel: input.channel });
  if (!accepted?.claimed) return;
  try {
    await signalConversation(deps.temporal, deps.taskQueue, input, message);
  } catch (err) {
    // Accepted all the same: the dispatcher hands it over once Temporal answers again.
    await released(deps.sql, accepted.id);
    throw err;
  }
  await handedOver(deps.sql, accepted.id);
}
