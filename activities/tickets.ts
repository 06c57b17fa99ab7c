// Panel tickets as conversations: each poll reads the tickets waiting for an answer and hands
// every new customer message to its ticket's conversation. The message is signalled first
// and remembered after, so a crash in between re-signals a message the conversation already
// ignores by its ID: each message is processed once, across restarts and overlapping polls.
import { createHash } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Sql } from '../infra/db/database.js';
import type { SecretBox } from '../infra/crypto.js';
import { readPanel } from '../infra/tenants/connections.js';
import { PerfectPanelClient } from './panel/perfect-panel.js';
import type { PanelTicketMessage } from './panel/adapter.js';
import { backgroundTaskQueue, ticketPollerWorkflowId } from '../workflows/definitions.js';
import { handMessageToConversation } from '../app/hand-message.js';
import type { AdmissionLimits } from '../app/message-inbox.js';

export interface TicketDeps {
  sql: Sql;
  box: SecretBox;
  temporal: Client;
  taskQueue: string;
  admission?: AdmissionLimits;
}

/**
 * Ticket IDs repeat across panels: the tenant and the panel's generation are part of the
 * conversation's ID, so ticket #501 of a newly connected panel never joins #501 of the
 * previous one. The first panel keeps the plain form.
 */
export function ticketConversationId(tenantId: string, ticketId: string, panelGeneration = 1): string {
  return panelGeneration === 1 ? `pt-${tenantId}-${ticketId}` : `pt-${tenantId}-${ticketId}@${panelGeneration}`;
}

/** Starts the tenant's ticket poller unless it already runs (PUT /v1/panel, service start). */
export async function startTicketPoller(temporal: Client, taskQueue: string, tenantId: string): Promise<void> {
  await temporal.workflow.start('ticketPollerWorkflow', {
    workflowId: ticketPollerWorkflowId(tenantId),
    taskQueue: backgroundTaskQueue(taskQueue),
    args: [{ tenantId }],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
}

export function createTicketActivities(deps: TicketDeps) {
  const { sql, box } = deps;
  return {
    async pollTickets(input: { tenantId: string }): Promise<{ tickets: number; handedOver: number }> {
      const conn = await readPanel(sql, box, input.tenantId);
      if (!conn) return { tickets: 0, handedOver: 0 };
      const panel = new PerfectPanelClient({ url: conn.url, apiKey: conn.apiKey });
      const page = await panel.listTickets({ status: 'pending', limit: 100 });
      let handedOver = 0;
      for (const summary of page.tickets) {
        const ticket = await panel.getTicket(summary.id);
        if (!ticket || !ticket.user) continue;
        const keys = ticket.messages.map((m, i) => messageKey(ticket.id, i, m));
        // Seen per panel generation: a new panel's ticket of the same number starts unseen.
        const seenRef = conn.generation === 1 ? ticket.id : `${ticket.id}@${conn.generation}`;
        const seen = new Set(
          (await sql<{ message_key: string }[]>`
            select message_key from ticket_messages_seen where tenant_id = ${input.tenantId} and ticket_id = ${seenRef}`).map((r) => r.message_key),
        );
        for (const [i, m] of ticket.messages.entries()) {
          // Staff messages, ours included, are never read back as customer messages.
          if (m.isStaff || seen.has(keys[i]!)) continue;
          await handOver(deps, input.tenantId, conn.generation, ticket.id, ticket.user, keys[i]!, m);
          await sql`
            insert into ticket_messages_seen (tenant_id, ticket_id, message_key) values (${input.tenantId}, ${seenRef}, ${keys[i]!})
            on conflict do nothing`;
          handedOver++;
        }
      }
      return { tickets: page.tickets.length, handedOver };
    },
  };
}

async function handOver(deps: TicketDeps, tenantId: string, generation: number, ticketId: string, customer: string, key: string, m: PanelTicketMessage): Promise<void> {
  await handMessageToConversation(
    deps,
    { tenantId, conversationId: ticketConversationId(tenantId, ticketId, generation), channel: 'panel_ticket', customer, externalRef: ticketId, panelGeneration: generation },
    { messageId: key, text: m.message, attachments: [], receivedAt: m.createdAt ?? new Date().toISOString() },
  );
}

/** The panel's message ID when it has one; otherwise position, time and text, which do not change. */
function messageKey(ticketId: string, index: number, m: PanelTicketMessage): string {
  if (m.id) return `pt-${ticketId}-${m.id}`;
  const digest = createHash('sha256').update(`${index}|${m.createdAt ?? ''}|${m.message}`).digest('hex').slice(0, 24);
  return `pt-${ticketId}-${index}-${digest}`;
}
