// What the action model sees of one asked order in a message naming several: what the ask
// model sees (the words around it, where it stands) plus which action words stand in its
// own clause and sentence, which one is nearest, and the action the rules gave it. "4278
// lost 600, refill. Also 40979 is taking forever, hurry it": the rules read one habit for
// the whole message; the words around 40979 say it is slow.
import type { OrderIntent } from '../../../workflows/rules/types.js';
import type { IntentHit } from '../keywords.js';
import type { IdMention } from '../order-ids.js';
import { askFeatures, CLAUSE_END, gap, hitOwners, nearestMention, SENTENCE_END } from './ask-features.js';

export function actionFeatures(
  folded: string,
  mentions: readonly IdMention[],
  hits: readonly IntentHit[],
  id: string,
  ruled: OrderIntent | undefined,
  distinct: number,
): string[] {
  const f = new Set(askFeatures(folded, mentions, hits, id));
  f.add(`rule=${ruled ?? 'none'}`);
  f.add(`distinct=${Math.min(distinct, 3)}`);
  f.add(`rule=${ruled ?? 'none'}&distinct=${Math.min(distinct, 3)}`);
  for (const [name, ends] of [['sent', SENTENCE_END], ['clause', CLAUSE_END]] as const) {
    hitOwners(folded, mentions, hits, id, ends).forEach((owner, k) => f.add(`${name}:${owner}=${hits[k]!.intent}`));
  }
  // The action word nearest each mention of the order, and the order nearest each word.
  for (const m of mentions.filter((x) => x.id === id)) {
    const near = hits.reduce<IntentHit | undefined>((b, h) => (!b || gap(m, h) < gap(m, b) ? h : b), undefined);
    if (near) f.add(`nearhit=${near.intent}${near.start < m.start ? '<' : '>'}`);
  }
  for (const h of hits) if (nearestMention(mentions, h).id === id) f.add(`nearest:${h.intent}`);
  return [...f];
}
