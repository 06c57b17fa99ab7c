// Delivering replies to the customer where the message came from. The reply is written to
// the read model first (keyed, so a retry never records it twice); channel delivery for
// panel tickets and Telegram plugs in here.
import type { Sql } from '../infra/db/database.js';
import type { Channel } from '../workflows/definitions.js';

export interface ChannelDeps {
  sql: Sql;
}

export function createChannelActivities({ sql }: ChannelDeps) {
  return {
    async replyToCustomer(input: {
      tenantId: string;
      conversationId: string;
      channel: Channel;
      replyKey: string;
      text: string;
    }): Promise<void> {
      await sql`
        insert into replies (conversation_id, reply_key, text)
        values (${input.conversationId}, ${input.replyKey}, ${input.text})
        on conflict (conversation_id, reply_key) do nothing`;
    },
  };
}
