// How one customer message is planned and answered: the reply language, one request per
// (order, intent), and one reply for all of them. Pure, so the live conversation and
// `supportai simulate` (POST /v1/simulate) plan a message the same way.
import type { Decision, Intent } from './rules/types.js';
import { requestItems } from './rules/request-items.js';
import { renderConversationReply, renderMissingOrderId } from './replies/index.js';

export interface MessagePlan {
  /** The language replies are written in: the customer's, or English. */
  language: string;
  items: Array<{ orderId: string; intent: Intent }>;
}

export function planMessage(read: { language: string; intents: Array<{ intent: Intent; orderIds: string[] }> }, replyLanguage: string): MessagePlan {
  return { language: replyLanguage === 'customer' ? read.language : 'en', items: requestItems(read.intents) };
}

/** One reply for a message's requests; a message that named no order is asked for one. */
export function messageReply(parts: Array<{ orderId: string | null; decision: Decision }>, language: string): string {
  return parts.length ? renderConversationReply(parts, language) : renderMissingOrderId(language);
}
