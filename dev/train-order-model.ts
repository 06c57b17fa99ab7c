// Trains the order model (activities/classifier/model/order-weights.ts): for every message
// naming two or more orders beside some action word, each order's features (order-features.ts)
// and its labelled action, "none" where the label asks nothing of it; one logistic regression
// per class. Deterministic. Run by dev/train-intent-model.ts; alone,
// `npx tsx dev/train-order-model.ts files…` writes the weights from those files.
import { pathToFileURL } from 'node:url';
import { writeSparseWeights, fitPerClass, type FitOptions } from './sparse-logistic.js';
import { loadMessages, type LabelledMessage } from '../bench/classifier-accuracy.js';
import type { OrderIntent } from '../workflows/rules/types.js';
import { fold } from '../activities/classifier/normalize.js';
import { blankLinks, findOrderIds } from '../activities/classifier/order-ids.js';
import { scanKeywords } from '../activities/classifier/keywords.js';
import { dropSettled } from '../activities/classifier/settled.js';
import { ORDER_CLASSES, rulesView, type OrderClass } from '../activities/classifier/model/order-model.js';
import { orderFeatures } from '../activities/classifier/model/order-features.js';

export const ORDER_WEIGHTS_FILE = 'activities/classifier/model/order-weights.ts';

// The whole message's words make many features: a floor of 10 rows kept the doubts of a
// floor of 4 on three writer blocks left out of training, at half the weights.
const FIT: FitOptions = { l2: 1e-2, minSeen: 10 };

interface Row {
  x: string[];
  y: OrderClass;
}

// Rows are what the model is asked at run time: every order of a message naming two or more
// beside some action word. A label giving one order two actions has no class to learn.
function rows(messages: LabelledMessage[]): Row[] {
  return messages.flatMap((message) => {
    const label = new Map<string, OrderIntent>();
    let twice = false;
    for (const i of message.intents) {
      if (i.intent === 'other') continue;
      for (const id of i.orderIds) {
        twice ||= label.has(id);
        label.set(id, i.intent);
      }
    }
    if (twice) return [];
    const folded = fold(message.text);
    const found = findOrderIds(folded);
    const ids = [...new Set(found.map((m) => m.id))];
    if (ids.length < 2) return [];
    const scan = scanKeywords(blankLinks(folded));
    if (scan.hits.length === 0) return [];
    const view = rulesView(folded, found, scan.hits, dropSettled(folded, found, scan.hits));
    return ids.map((id) => ({
      x: orderFeatures(folded, found, view.hits, id, view.ruled.get(id), view.kept.has(id), view.distinct),
      y: label.get(id) ?? 'none',
    }));
  });
}

export function trainOrderModel(messages: LabelledMessage[]): Record<string, number> {
  return fitPerClass(rows(messages), ORDER_CLASSES, FIT);
}

function main(files: string[]): void {
  const messages = files.flatMap((f) => loadMessages(f));
  writeSparseWeights(ORDER_WEIGHTS_FILE, 'ORDER_WEIGHTS', 'the order model (class|feature → weight, see order-features.ts)', trainOrderModel(messages));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
