// What the classifier hands to the rest of the product: the customer's language and, per
// intent, the order IDs the customer named. Never a decision.
import type { Intent } from '../../workflows/rules/types.js';

/** Languages the offline classifier understands (ISO 639-1). */
export const OFFLINE_LANGUAGES = [
  'en', 'ru', 'uk', 'es', 'pt', 'fr', 'de', 'it', 'tr', 'ar', 'fa', 'hi', 'id', 'vi',
] as const;
export type OfflineLanguage = (typeof OFFLINE_LANGUAGES)[number];

export interface ClassifiedIntent {
  intent: Intent;
  /** Order IDs as the customer wrote them (ASCII digits), deduplicated, in order of appearance. */
  orderIds: string[];
}

export interface Classification {
  /** ISO 639-1 code such as "en", "ru", "hi". */
  language: string;
  /** At least one entry; `[{ intent: 'other', orderIds: [] }]` when nothing is asked of an order. */
  intents: ClassifiedIntent[];
  /** 0..1: how sure the offline path is of this reading. */
  confidence: number;
}
