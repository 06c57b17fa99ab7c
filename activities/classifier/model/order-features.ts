// What the order model sees of one order ID in a message naming several: what the action
// model sees (the words around it, whose action words stand near it, where it stands), what
// the rules alone made of it (kept or settled, the action they paired it with), and the
// words of the whole message beside its place among the others ("all except the last",
// "I want all three refunded" reach orders by place or all at once, wherever they stand).
import type { OrderIntent } from '../../../workflows/rules/types.js';
import type { IntentHit } from '../keywords.js';
import type { IdMention } from '../order-ids.js';
import { actionFeatures } from './action-features.js';

/** Words of the whole message (digits left out), each alone and beside the order's place. */
function messageWords(folded: string, place: string): string[] {
  const words = new Set(folded.match(/[\p{L}\p{M}']+/gu) ?? []);
  return [...words].flatMap((w) => [`M:${w}`, `M:${w}&${place}`]);
}

export function orderFeatures(
  folded: string,
  found: readonly IdMention[],
  hits: readonly IntentHit[],
  id: string,
  ruled: OrderIntent | undefined,
  kept: boolean,
  distinct: number,
): string[] {
  const f = actionFeatures(folded, found, hits, id, ruled, distinct);
  const order = [...new Set(found.map((m) => m.id))];
  const k = order.indexOf(id);
  const place = k === 0 ? 'first' : k === order.length - 1 ? 'last' : 'mid';
  f.push(`kept=${+kept}`, `kept=${+kept}&rule=${ruled ?? 'none'}`, ...messageWords(folded, place));
  return f;
}
