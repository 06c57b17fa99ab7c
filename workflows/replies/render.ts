// Customer replies for decisions: one order at a time, or one message for a whole
// conversation turn.
import type { Decision } from '../rules/types.js';
import { localeFor } from './languages.js';
import type { ReplyLocale } from './locale.js';
import { toDecisionView } from './view.js';

export interface ReplyContext {
  orderId: string | null;
  language: string;
}

export interface ConversationPart {
  orderId: string | null;
  decision: Decision;
}

export function renderReply(decision: Decision, ctx: ReplyContext): string {
  const locale = localeFor(ctx.language);
  const body = renderBody(locale, decision);
  return ctx.orderId ? `${locale.aboutOrder(ctx.orderId)} ${body}` : body;
}

/**
 * One message answering every order of a customer message. Orders whose replies read the
 * same share a line ("Orders 1001, 1003: …"); a lone part reads like `renderReply`.
 * No parts, no text: the caller has nothing to send.
 */
export function renderConversationReply(parts: readonly ConversationPart[], language: string): string {
  const locale = localeFor(language);
  const lines: Array<{ orderIds: string[]; body: string }> = [];
  for (const { orderId, decision } of parts) {
    const body = renderBody(locale, decision);
    const line = lines.find((l) => l.body === body && (l.orderIds.length > 0) === Boolean(orderId));
    if (!line) lines.push({ orderIds: orderId ? [orderId] : [], body });
    else if (orderId && !line.orderIds.includes(orderId)) line.orderIds.push(orderId);
  }
  const [first] = lines;
  if (lines.length === 1 && first?.orderIds.length === 1) {
    return `${locale.aboutOrder(first.orderIds[0] ?? '')} ${first.body}`;
  }
  return lines.map((l) => (l.orderIds.length > 0 ? locale.orderLine(l.orderIds, l.body) : l.body)).join('\n');
}

/** The reply to a message that asks for something but names no order. */
export function renderMissingOrderId(language: string): string {
  return localeFor(language).askOrderId;
}

function renderBody(locale: ReplyLocale, decision: Decision): string {
  return locale.decisions[decision.code](toDecisionView(decision));
}
