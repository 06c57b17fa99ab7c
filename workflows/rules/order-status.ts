// Panel and provider status spellings, read into the seven statuses the rules know.
import type { OrderStatus } from './types.js';

// A Map, not an object literal: a raw status such as "constructor" must not find a
// prototype member.
const SPELLINGS: ReadonlyMap<string, OrderStatus> = new Map<string, OrderStatus>([
  ['pending', 'pending'],
  ['awaiting', 'pending'],
  // Error/Fail: the panel could not place the order upstream; it stays open until someone resends or cancels it, so it reads as pending, never as canceled.
  ['error', 'pending'],
  ['fail', 'pending'],
  ['failed', 'pending'],
  ['processing', 'processing'],
  ['inprogress', 'in_progress'],
  ['active', 'in_progress'],
  ['completed', 'completed'],
  ['complete', 'completed'],
  ['partial', 'partial'],
  ['partiallycompleted', 'partial'],
  ['canceled', 'canceled'],
  ['cancelled', 'canceled'],
  ['refunded', 'refunded'],
]);

/**
 * The normalised status for a panel's or provider's spelling (`In progress`, `Inprogress`,
 * `in_progress`, `Cancelled`, `Active` ...), ignoring case, spaces, underscores and hyphens;
 * null when the spelling is unknown.
 */
export function normalizeOrderStatus(raw: string): OrderStatus | null {
  const key = String(raw).toLowerCase().replace(/[\s_-]+/g, '');
  return SPELLINGS.get(key) ?? null;
}
