// Trains the ask model (activities/classifier/model/ask-weights.ts): for every message
// where the rules keep two or more orders, each order's context features and whether the
// label asks about it. Deterministic. Run by dev/train-intent-model.ts; alone,
// `npx tsx dev/train-ask-model.ts --cv files…` prints a five-fold cross-validation of the
// rules alone against rules + model instead of writing weights.
import { pathToFileURL } from 'node:url';
import { writeSparseWeights, fitSparse, type FitOptions } from './sparse-logistic.js';
import { loadMessages, type LabelledMessage } from '../bench/classifier-accuracy.js';
import { fold } from '../activities/classifier/normalize.js';
import { blankLinks, findOrderIds } from '../activities/classifier/order-ids.js';
import { scanKeywords } from '../activities/classifier/keywords.js';
import { dropSettled } from '../activities/classifier/settled.js';
import { askFeatures } from '../activities/classifier/model/ask-features.js';
import { ASK_THRESHOLD, askable, type AskWeights } from '../activities/classifier/model/ask-model.js';
import { sparseProbability } from '../activities/classifier/model/sparse.js';

export const ASK_WEIGHTS_FILE = 'activities/classifier/model/ask-weights.ts';

// Words around an order vary far more than a number's shape: stronger shrinkage keeps one
// writer's phrasing out of the weights. Chosen by cross-validation and on a writer block
// left out of training (a floor of 4 rows read it better than 10).
const FIT: FitOptions = { l2: 1e-2, minSeen: 4 };

interface Row {
  x: string[];
  y: 0 | 1;
  /** The message it was read from, for the cross-validation's folds. */
  message: number;
}

// Rows are what the model is asked at run time: the orders the rules kept, where they kept
// two or more and none was pointed at by place.
function rows(messages: LabelledMessage[]): Row[] {
  return messages.flatMap((message, index) => {
    if (!message.intents.some((i) => i.intent !== 'other')) return [];
    const folded = fold(message.text);
    const found = findOrderIds(folded);
    const hits = scanKeywords(blankLinks(folded)).hits;
    const ruled = dropSettled(folded, found, hits);
    const ids = [...new Set(ruled.map((m) => m.id))];
    const wanted = new Set(message.intents.flatMap((i) => i.orderIds));
    // Numbers that are no orders at all are the number model's to learn, not this one's.
    if (!askable(found, ruled) || !ids.some((id) => wanted.has(id))) return [];
    return ids.map((id) => ({ x: askFeatures(folded, found, hits, id), y: wanted.has(id) ? (1 as const) : (0 as const), message: index }));
  });
}

export function trainAskModel(messages: LabelledMessage[]): Record<string, number> {
  return fitSparse(rows(messages), FIT);
}

export function writeAskWeights(weights: Record<string, number>, out = ASK_WEIGHTS_FILE): void {
  writeSparseWeights(out, 'ASK_WEIGHTS', "the ask model's weights (feature → weight, see ask-features.ts)", weights);
}

/** Five-fold cross-validation by message: orders kept by the rules alone vs rules + model. */
function crossValidate(messages: LabelledMessage[]): void {
  let rulesWrong = 0;
  let combinedWrong = 0;
  const all = rows(messages);
  for (let k = 0; k < 5; k++) {
    const weights: AskWeights = fitSparse(all.filter((r) => r.message % 5 !== k), FIT);
    for (const r of all.filter((r) => r.message % 5 === k)) {
      if (r.y === 0) rulesWrong++;
      if (sparseProbability(r.x, weights) >= ASK_THRESHOLD !== (r.y === 1)) combinedWrong++;
    }
  }
  const total = all.length;
  console.log(`${total} orders the rules kept beside others: rules alone wrong on ${rulesWrong}, rules + model (cross-validated) wrong on ${combinedWrong}`);
}

function main(argv: string[]): void {
  const messages = argv.filter((a) => !a.startsWith('--')).flatMap((f) => loadMessages(f));
  if (argv.includes('--cv')) crossValidate(messages);
  else writeAskWeights(trainAskModel(messages));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
