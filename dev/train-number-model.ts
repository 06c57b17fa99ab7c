// Trains the number model (activities/classifier/model/number-weights.ts): for every digit
// run of every labelled tuning message, its context features and whether the label names
// it as an order ID. Deterministic: the same files give the same weights. Run by
// dev/train-intent-model.ts; alone, `npx tsx dev/train-number-model.ts --cv` prints a
// five-fold cross-validation of the kept/dropped numbers instead of writing weights.
import { pathToFileURL } from 'node:url';
import { writeSparseWeights, fitSparse } from './sparse-logistic.js';
import { loadMessages, type LabelledMessage } from '../bench/classifier-accuracy.js';
import { fold } from '../activities/classifier/normalize.js';
import { blankLinks, judgeNumbers, KEEP_BARE, KEEP_LABELLED, type Verdict } from '../activities/classifier/order-ids.js';
import { numberFeatures } from '../activities/classifier/model/number-features.js';
import { scanKeywords } from '../activities/classifier/keywords.js';
import { dropSettled } from '../activities/classifier/settled.js';
import { scoreNumber, type NumberWeights } from '../activities/classifier/model/number-model.js';

export const NUMBER_WEIGHTS_FILE = 'activities/classifier/model/number-weights.ts';

interface Row {
  x: string[];
  y: 0 | 1;
  verdict: Verdict;
  message: LabelledMessage;
  id: string;
  p?: number;
}

// An "other" message names no order IDs by the labelling rules, whatever numbers it holds
// ("change the link of 123456"): it says nothing about which numbers are IDs.
const speaksOfIds = (m: LabelledMessage) => m.intents.some((i) => i.intent !== 'other');

function rows(messages: LabelledMessage[]): Row[] {
  return messages.filter(speaksOfIds).flatMap((message) => {
    const folded = fold(message.text);
    const text = blankLinks(folded);
    const judged = judgeNumbers(folded);
    const ids = new Set(message.intents.flatMap((i) => i.orderIds));
    // An order the customer says is fine ("6641203 is fine, 6641377 dropped") is left out of
    // the label, yet it is an order ID: a number the settled rules drop is no evidence
    // either way, or the model learns "is fine" as "not an order".
    const candidates = judged.filter((n) => n.verdict !== 'reject');
    const asked = new Set(dropSettled(folded, candidates, scanKeywords(text).hits).map((m) => m.id));
    const settled = (id: string) => !ids.has(id) && candidates.some((n) => n.id === id) && !asked.has(id);
    // Nor is an order named only for context ("you fixed 58040338, thanks; 58040345 is
    // stuck"): a number shaped like the labelled IDs beside it is an order the customer did
    // not ask about. Which orders are asked about is the ask model's to learn; taught here,
    // "X. Cancel Y" would teach that X is no order at all.
    const idLengths = new Set([...ids].map((id) => id.length));
    const sibling = (n: (typeof judged)[number]) =>
      !ids.has(n.id) && n.verdict !== 'reject' && n.id.length >= 5 && idLengths.has(n.id.length) && !/0{2}$/u.test(n.id);
    return judged.filter((n) => !settled(n.id) && !sibling(n)).map((n) => ({
      x: numberFeatures(text, n, judged),
      y: ids.has(n.id) ? (1 as const) : (0 as const),
      verdict: n.verdict,
      message,
      id: n.id,
    }));
  });
}

export function trainNumberModel(messages: LabelledMessage[]): Record<string, number> {
  return fitSparse(rows(messages));
}

export function writeNumberWeights(weights: Record<string, number>, out = NUMBER_WEIGHTS_FILE): void {
  writeSparseWeights(out, 'NUMBER_WEIGHTS', "the number model's weights (feature → weight, see number-features.ts)", weights);
}

const kept = (r: Row, p: number) =>
  r.verdict !== 'reject' && (r.verdict === 'marked' || p >= (r.verdict === 'order' ? KEEP_BARE : KEEP_LABELLED));

/** Five-fold cross-validation by message: numbers the rules alone vs rules + model get wrong. */
function crossValidate(messages: LabelledMessage[]): void {
  const folds = 5;
  let rulesWrong = 0;
  let combinedWrong = 0;
  let total = 0;
  const lines: string[] = [];
  for (let k = 0; k < folds; k++) {
    const train = messages.filter((_, i) => i % folds !== k);
    const test = rows(messages.filter((_, i) => i % folds === k));
    const weights: NumberWeights = fitSparse(rows(train));
    for (const r of test) {
      const folded = fold(r.message.text);
      const judged = judgeNumbers(folded);
      const n = judged.find((j) => j.id === r.id);
      const p = n ? scoreNumber(blankLinks(folded), n, judged, weights) : 0;
      const byRules = r.verdict !== 'reject';
      const both = kept(r, p);
      total++;
      if (byRules !== (r.y === 1)) rulesWrong++;
      if (both !== (r.y === 1)) {
        combinedWrong++;
        lines.push(`${r.message.id} ${r.id} label=${r.y} rules=${r.verdict} p=${p.toFixed(2)}`);
      }
    }
  }
  console.log(lines.join('\n'));
  console.log(`${total} numbers: rules alone wrong on ${rulesWrong}, rules + model (cross-validated) wrong on ${combinedWrong}`);
}

function main(argv: string[]): void {
  const files = argv.filter((a) => !a.startsWith('--'));
  const messages = files.flatMap((f) => loadMessages(f));
  if (argv.includes('--cv')) crossValidate(messages);
  else writeNumberWeights(trainNumberModel(messages));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
