// A customer message taken in by one local activity: the conversation and the message
// recorded, the message read (offline, the LLM when configured) and the tenant's settings
// read. As four local activities, each was a round trip of the conversation's task through
// the worker before the first reply could be written.
import type { Classification } from './classifier/index.js';
import type { TenantSettings } from '../infra/tenants/settings.js';
import type { Channel, CustomerMessage } from '../workflows/definitions.js';

interface IntakeParts {
  recordConversation(input: { tenantId: string; conversationId: string; channel: Channel; customer: string }): Promise<void>;
  classifyMessage(input: { text: string }): Promise<Classification>;
  recordMessage(input: { tenantId: string; conversationId: string; messageId: string; text: string; attachments: CustomerMessage['attachments']; language: string | null; receivedAt: string }): Promise<void>;
  loadTenantSettings(input: { tenantId: string }): Promise<TenantSettings>;
}

export interface TakenMessage {
  classification: Classification;
  settings: TenantSettings;
  /** An LLM writes replies here; without one the reply is the template and no writer is asked. */
  replyWriter: boolean;
}

export function createIntakeActivities(parts: IntakeParts, opts: { replyWriter: boolean }) {
  return {
    /** Idempotent: every write is keyed (conversation ID, message ID), so a retry changes nothing. */
    async takeMessage(input: { tenantId: string; conversationId: string; channel: Channel; customer: string; message: CustomerMessage }): Promise<TakenMessage> {
      const { tenantId, conversationId, message } = input;
      const [classification, settings] = await Promise.all([
        parts.classifyMessage({ text: message.text }),
        parts.loadTenantSettings({ tenantId }),
        parts.recordConversation({ tenantId, conversationId, channel: input.channel, customer: input.customer }),
      ]);
      await parts.recordMessage({
        tenantId, conversationId, messageId: message.messageId, text: message.text, attachments: message.attachments,
        language: classification.language, receivedAt: message.receivedAt,
      });
      return { classification, settings, replyWriter: opts.replyWriter };
    },
  };
}
