// Replies to the customer, in the conversation the message came from.
import { deliverToAll, type DeliveryDeps } from './delivery.js';
import type { Channel } from '../workflows/definitions.js';
import { failFastOnRejectedData } from './db-rejections.js';

export function createChannelActivities(deps: DeliveryDeps) {
  return failFastOnRejectedData({
    async replyToCustomer(input: {
      tenantId: string;
      conversationId: string;
      channel: Channel;
      replyKey: string;
      text: string;
    }): Promise<void> {
      await deliverToAll(deps, [input.conversationId], input.replyKey, input.text);
    },
  });
}
