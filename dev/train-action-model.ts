// Trains the action model (activities/classifier/model/action-weights.ts): for every message
// where two or more asked orders reach the rules, each labelled order's features and its
// labelled action, one logistic regression per action. Deterministic. Run by
// dev/train-intent-model.ts after the ask model; alone, `npx tsx dev/train-action-model.ts
// --cv files…` prints a five-fold cross-validation of the rules' actions against rules +
// model, per threshold pair, instead of writing weights.
import { pathToFileURL } from 'node:url';
import { writeSparseWeights, fitPerClass, type FitOptions } from './sparse-logistic.js';
import { loadMessages, type LabelledMessage } from '../bench/classifier-accuracy.js';
import type { OrderIntent } from '../workflows/rules/types.js';
import { fold } from '../activities/classifier/normalize.js';
import { blankLinks, findOrderIds } from '../activities/classifier/order-ids.js';
import { scanKeywords } from '../activities/classifier/keywords.js';
import { dropSettled } from '../activities/classifier/settled.js';
import { askedHits, assignIntents } from '../activities/classifier/assign.js';
import { keepAsked } from '../activities/classifier/model/ask-model.js';
import { actionFeatures } from '../activities/classifier/model/action-features.js';
import { ACTION_DOUBTS, ACTION_SURE, ACTIONS, actionScores } from '../activities/classifier/model/action-model.js';

export const ACTION_WEIGHTS_FILE = 'activities/classifier/model/action-weights.ts';

// As for the ask model: context words vary by writer, so strong shrinkage.
const FIT: FitOptions = { l2: 1e-2, minSeen: 4 };

interface Row {
  x: string[];
  y: OrderIntent;
  ruled: OrderIntent;
  message: number;
}

// Rows are what the model is asked at run time: the orders the rules paired with actions,
// where two or more were asked about.
function rows(messages: LabelledMessage[]): Row[] {
  return messages.flatMap((message, index) => {
    const label = new Map<string, OrderIntent>();
    for (const i of message.intents) if (i.intent !== 'other') for (const id of i.orderIds) label.set(id, i.intent);
    if (label.size < 2) return [];
    const folded = fold(message.text);
    const found = findOrderIds(folded);
    const scan = scanKeywords(blankLinks(folded));
    if (scan.hits.length === 0) return [];
    const mentions = keepAsked(folded, found, dropSettled(folded, found, scan.hits), scan.hits).mentions;
    const hits = askedHits(folded, scan.hits);
    const { byId } = assignIntents(folded, mentions, hits);
    if (byId.size < 2) return [];
    const distinct = new Set(scan.hits.map((h) => h.intent)).size;
    return [...byId].flatMap(([id, ruled]) => {
      const y = label.get(id);
      return y ? [{ x: actionFeatures(folded, mentions, hits, id, ruled, distinct), y, ruled, message: index }] : [];
    });
  });
}

const fit = (data: Row[]): Record<string, number> => fitPerClass(data, ACTIONS, FIT);

export function trainActionModel(messages: LabelledMessage[]): Record<string, number> {
  return fit(rows(messages));
}

/** Five-fold cross-validation by message: orders whose action is wrong, rules vs rules + model. */
function crossValidate(messages: LabelledMessage[]): void {
  const all = rows(messages);
  const sure = [ACTION_SURE, 0.6, 0.7, 0.8];
  const doubts = [0.1, 0.25, ACTION_DOUBTS, 0.5];
  const wrong = new Map<string, number>();
  let rulesWrong = 0;
  for (let k = 0; k < 5; k++) {
    const weights = fit(all.filter((r) => r.message % 5 !== k));
    for (const r of all.filter((r) => r.message % 5 === k)) {
      if (r.ruled !== r.y) rulesWrong++;
      const scores = actionScores(r.x, weights);
      const [best, p] = [...scores].reduce((b, x) => (x[1] > b[1] ? x : b));
      for (const s of sure)
        for (const d of doubts) {
          const pick = best !== r.ruled && p >= s && (scores.get(r.ruled) ?? 0) < d ? best : r.ruled;
          if (pick !== r.y) wrong.set(`${s}/${d}`, (wrong.get(`${s}/${d}`) ?? 0) + 1);
        }
    }
  }
  console.log(`${all.length} orders beside others: rules alone wrong on ${rulesWrong}; rules + model (cross-validated), sure/doubts:`);
  for (const [k, v] of wrong) console.log(`  ${k}: ${v}`);
}

function main(argv: string[]): void {
  const messages = argv.filter((a) => !a.startsWith('--')).flatMap((f) => loadMessages(f));
  if (argv.includes('--cv')) crossValidate(messages);
  else writeSparseWeights(ACTION_WEIGHTS_FILE, 'ACTION_WEIGHTS', 'the action model (action|feature → weight, see action-features.ts)', trainActionModel(messages));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
