// The shape of one language's word lists. Every list is matched against the folded text
// (see ../normalize.ts), for every message: customers mix languages freely.
import type { OrderIntent } from '../../../workflows/rules/types.js';
import type { OfflineLanguage } from '../types.js';

/**
 * A plain term is folded before use and matched as whole words; `*` at its end accepts any
 * letters after it (a stem), `*` at its start any letters before it (Arabic-script prefixes);
 * a space accepts any run of spaces, hyphens or nothing ("speed up", "speed-up", "speedup").
 * A RegExp is written against folded text (lower case, Latin without accents).
 */
export type Term = string | RegExp;

export interface Lexicon {
  language: OfflineLanguage;
  /** Words typical of the language (greetings, pronouns, particles): language evidence only. */
  markers: Term[];
  /** Words that ask for an action on an order. Where terms overlap, the longest match wins. */
  intents: Partial<Record<OrderIntent, Term[]>>;
  /** Topics that are not an order action: payments, prices, API, accounts. */
  other: Term[];
  /** Phrases that contain an action word without asking for it ("no refill", "refill guarantee"). */
  neutral: Term[];
  /** Nouns after a number that make it a count or a duration when it looks like one (round). */
  units: Term[];
  /** Time words after a number that make it a duration, whatever its size ("1440 minutes"). */
  durations: Term[];
  /** Currency words or signs: a number next to one is money. */
  currencies: Term[];
  /** Words right before a number that make it an order ID, even a short one. */
  orderLabels: Term[];
  /** Words right before a number that make it some other ID: service, ticket, payment, phone. */
  notOrderLabels: Term[];
  /** Words right after a number that make it some other ID ("4521 numaralı servis"). */
  notOrderAfter?: Term[];
  /** Words right before a number that make it a count or an amount ("start count", "было"). */
  countLabels: Term[];
  /** Words right before a number that make it a count when it looks like one ("from 5000"). */
  countWords?: Term[];
  /**
   * Words that tie a message to the customer's own order ("my", "order", "заказ"). Without
   * them and without an ID, a "how long / when" question is about the shop, not an order.
   */
  orderRefs?: Term[];
  /**
   * Questions about how an action works ("how does a refund work?", "qual a diferença entre
   * cancelar e reembolso?"). With no order and no own order in sight they ask no action.
   */
  howQuestions?: Term[];
}
