// Decisions without side effects, by the live path's own pieces: the offline classifier,
// the conversation's own message plan (reply language, request split, one reply), the
// rulebook and the reply templates. Used by `supportai simulate` and POST /v1/simulate.
import { classifyOffline } from '../activities/classifier/index.js';
import { decide } from '../workflows/rules/decide.js';
import { normalizeOrderStatus } from '../workflows/rules/order-status.js';
import type { Decision, OrderSnapshot, OrderStatus } from '../workflows/rules/types.js';
import { renderReply } from '../workflows/replies/index.js';
import { messageReply, planMessage } from '../workflows/message-plan.js';
import type { SimulateInput, SimulateOutput } from './simulate-schema.js';

export function simulate(input: SimulateInput): SimulateOutput {
  const classification = input.message !== undefined ? classifyOffline(input.message) : null;
  const language = classification?.language ?? 'en';
  const intents = classification?.intents ?? [{ intent: input.intent!, orderIds: input.orderIds ?? [] }];
  const { language: replyLanguage, items } = planMessage({ language, intents }, input.settings.replyLanguage ?? 'en');
  const orders = new Map(input.orders.map((o) => [o.id, o]));
  const hasScreenshot = input.attachments.length > 0;

  const parts: Array<{ orderId: string | null; decision: Decision }> = [];
  const requests = items.map(({ orderId, intent }) => {
    const raw = intent === 'other' ? undefined : orders.get(orderId);
    const decision = decide({
      intent,
      customer: input.customer,
      order: raw ? toSnapshot(raw) : null,
      currentCount: raw?.currentCount ?? null,
      now: input.now,
      settings: input.settings,
      hasScreenshot,
    });
    const id = intent === 'other' ? null : orderId;
    parts.push({ orderId: id, decision });
    const { code, ...numbers } = decision;
    return { orderId: id, intent, decision: code, ...numbers, reply: renderReply(decision, { orderId: id, language: replyLanguage }) };
  });

  const reply = messageReply(parts, replyLanguage);
  return { language, requests, reply };
}

function toSnapshot(o: SimulateInput['orders'][number]): OrderSnapshot {
  return {
    id: o.id,
    user: o.user,
    // The schema already refused unknown spellings.
    status: normalizeOrderStatus(o.status) as OrderStatus,
    createdAt: o.createdAt,
    quantity: o.quantity,
    startCount: o.startCount,
    remains: o.remains,
    provider: o.provider,
    externalId: o.externalId,
    link: o.link,
    service: { ...o.service, averageTimeMinutes: o.service.averageTimeMinutes ?? null },
  };
}
