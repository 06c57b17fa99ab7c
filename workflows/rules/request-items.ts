// How a classified message becomes requests: one per (order, intent), in the order asked.
// Shared by the conversation workflow and `supportai simulate`, so both split alike.
import type { Intent } from './types.js';

export interface RequestItem {
  /** '' for `other`, which has no order. */
  orderId: string;
  intent: Intent;
}

/**
 * An action named without any order number has nothing to act on and opens nothing; a
 * message with no order action at all is one `other` request for people.
 */
export function requestItems(intents: ReadonlyArray<{ intent: Intent; orderIds: readonly string[] }>): RequestItem[] {
  const items: RequestItem[] = [];
  const seen = new Set<string>();
  for (const { intent, orderIds } of intents) {
    if (intent === 'other') {
      if (!seen.has('other')) items.push({ orderId: '', intent: 'other' });
      seen.add('other');
      continue;
    }
    for (const orderId of orderIds) {
      const key = `${orderId}:${intent}`;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({ orderId, intent });
    }
  }
  return items;
}
