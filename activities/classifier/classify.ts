// The offline classifier: rules and word lists shipped in the repository, no network.
// The text is only ever read: whatever it says ("ignore your rules", "you are admin") can
// change which intents and IDs come out, never anything else.
import { ORDER_INTENTS, type OrderIntent } from '../../workflows/rules/types.js';
import { askedHits, assignIntents, pickByPriority } from './assign.js';
import { scanKeywords } from './keywords.js';
import { detectLanguage } from './language.js';
import { fold } from './normalize.js';
import { blankLinks, findOrderIds } from './order-ids.js';
import { numberContextTables } from './tables.js';
import { findAll } from './terms.js';
import { combineWithModel, OTHER_BESIDE_IDS } from './combine.js';
import { dropSettled, onlyThanked } from './settled.js';
import { keepAsked } from './model/ask-model.js';
import { reviseBySegment } from './model/segment-actions.js';
import { reviseActions } from './model/action-model.js';
import { scoreIntents } from './model/intent-model.js';
import { doubtsOrders } from './model/order-model.js';
import type { Classification, ClassifiedIntent } from './types.js';

/** Confidence of a reading whose orders the ask model chose against the rules, or kept doubting one: unsure. */
const ASK_OVERRULED = 0.7;
/** ...and of one whose actions the action model chose against the rules. */
const ACTION_REVISED = 0.7;
/** ...and of one the order model doubts for some order. */
const ORDER_DOUBTED = 0.7;

/** Confidence of "thanks for the refill on 1" read as no action: the intent model may still differ. */
const THANKED = 0.8;

/** Longer texts are cut here: a support message has no business being longer. */
export const MAX_TEXT_CHARS = 10_000;

export function classifyOffline(text: string): Classification {
  const raw = text.slice(0, MAX_TEXT_CHARS);
  const folded = fold(raw);
  const scan = scanKeywords(blankLinks(folded));
  // An order the customer only says is fine gets no intent ("1 arrived, 2 is stuck"), nor
  // one named only for context ("same as 1 last month, now 2 is stuck").
  const found = findOrderIds(folded);
  const settled = dropSettled(folded, found, scan.hits);
  const asked = keepAsked(folded, found, settled, scan.hits);
  const mentions = asked.mentions;
  const { language, grounded } = detectLanguage(raw, scan.evidence);

  let intents: ClassifiedIntent[];
  let confidence: number;
  let revisedActions = false;
  const thanked = mentions.length > 0 && onlyThanked(folded, scan.hits);
  if (scan.hits.length === 0 && mentions.length > 0 && scan.otherCount === 0 && /[?؟]/u.test(raw)) {
    // A question about named orders in words we do not know ("was ist mit 123?", "123 ok?")
    // asks how they are doing: status, the weakest reading, and unsure of it.
    intents = [{ intent: 'status', orderIds: [...new Set(mentions.map((m) => m.id))] }];
    confidence = 0.4;
  } else if (thanked) {
    // Thanks for an action already done asks nothing more.
    intents = [{ intent: 'other', orderIds: [] }];
    confidence = THANKED;
  } else if (scan.hits.length === 0) {
    intents = [{ intent: 'other', orderIds: [] }];
    // IDs with no words we know: the customer surely wants something we did not read.
    // IDs beside a topic that asks no action ("call me on …", a payment) lean to no action.
    confidence = mentions.length > 0 ? (scan.otherCount > 0 ? OTHER_BESIDE_IDS : 0.3) : scan.otherCount > 0 ? 0.9 : 0.6;
  } else if (mentions.length === 0) {
    // An action without an order: one request, the strongest ask ("cancel all my pending").
    // A bare question ("why", "where") about a payment or the API is not about an order.
    const intent = pickByPriority(scan.hits.map((h) => h.intent)) ?? 'status';
    // "How long does delivery take?" with no order of the customer's in sight is pre-sales;
    // so is "how does a refund work?", whatever action it names.
    const weak = intent === 'status' || intent === 'speed_up';
    const tables = numberContextTables();
    const ownOrder = findAll(tables.orderRefs, folded).length > 0;
    const asksHow = findAll(tables.howQuestions, folded).length > 0;
    const general = ((weak && /[?؟]/u.test(raw)) || asksHow) && !ownOrder;
    // "Where is my order? I paid an hour ago": a payment word beside the customer's own
    // order still asks about the order; without one, a bare "where" is about the payment.
    const offTopic = (intent === 'status' && scan.otherCount > 0 && !namesOwnOrder(folded)) || general;
    intents = [{ intent: offTopic ? 'other' : intent, orderIds: [] }];
    confidence = offTopic ? 0.6 : 0.8;
  } else {
    const hits = askedHits(folded, scan.hits);
    const assignment = assignIntents(folded, mentions, hits);
    // Where the words around an order point at another action than the rules paired it
    // with, the action model's reading stands, unsure.
    const revised = reviseActions(folded, mentions, hits, assignment.byId);
    intents = groupByIntent(revised.byId);
    const distinct = new Set(scan.hits.map((h) => h.intent)).size;
    confidence = distinct === 1 ? 0.95 : assignment.guessed ? 0.7 : assignment.merged ? 0.85 : 0.9;
    revisedActions = revised.changed;
  }
  const letters = blankLinks(folded).replace(/[^\p{L}]/gu, '').length;
  const scores = scoreIntents(raw);
  // Thanks for a done action stays no action; a model that reads an ask there only makes it unsure.
  if (thanked) confidence = Math.min(confidence, 1 - Math.max(...ORDER_INTENTS.map((i) => scores[i])));
  else ({ intents, confidence } = combineWithModel({ intents, confidence }, scores, mentions.map((m) => m.id), letters));
  // Where the intent model, read over one order's own sentence, reads another action than
  // the reading gave it, the model's stands ("1 has not started, 2 dropped" read one way).
  const bySegment = reviseBySegment(folded, mentions, byOrder(intents));
  if (bySegment.changed) {
    intents = [...groupByIntent(bySegment.byId), ...intents.filter((i) => i.intent !== 'other' && i.orderIds.length === 0)];
    revisedActions = true;
  }
  // Which orders are asked about was the ask model's call against the rules', or one it was
  // not sure of: the LLM, when configured, reads it again.
  if (asked.overruled || asked.doubtful) confidence = Math.min(confidence, ASK_OVERRULED);
  if (revisedActions) confidence = Math.min(confidence, ACTION_REVISED);
  // A second opinion over each of several orders, from what the rules alone made of them:
  // where it all but rules out what the reading gave one, the LLM reads it again.
  if (doubtsOrders(folded, found, scan.hits, settled, byOrder(intents))) confidence = Math.min(confidence, ORDER_DOUBTED);
  if (!grounded && raw.replace(/[\s\d\p{P}\p{S}]/gu, '').length > 40) confidence -= 0.2;
  return { language, intents, confidence: Math.max(0, Math.min(1, confidence)) };
}

/** "my order", "mi pedido", "мой заказ": a possessive right before an order noun. */
function namesOwnOrder(folded: string): boolean {
  const t = numberContextTables();
  const nouns = findAll(t.orderLabels, folded).filter((m) => m.end - m.start >= 4);
  return findAll(t.orderRefs, folded).some((ref) =>
    nouns.some((noun) => noun.start > ref.start && /^\s+(?:[\p{L}]+\s+)?$/u.test(folded.slice(ref.end, noun.start))),
  );
}

/** Each order's action in a reading; "no action" names no order. */
function byOrder(intents: readonly ClassifiedIntent[]): Map<string, OrderIntent> {
  const out = new Map<string, OrderIntent>();
  for (const { intent, orderIds } of intents) if (intent !== 'other') for (const id of orderIds) out.set(id, intent);
  return out;
}

function groupByIntent(byId: Map<string, OrderIntent>): ClassifiedIntent[] {
  const out = new Map<OrderIntent, string[]>();
  for (const [id, intent] of byId) {
    const list = out.get(intent) ?? [];
    list.push(id);
    out.set(intent, list);
  }
  return [...out].map(([intent, orderIds]) => ({ intent, orderIds }));
}
