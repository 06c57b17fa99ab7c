// "Why was 123 canceled?", "kenapa 123 dibatalin", "123 اتلغى ليه": a cancel word beside a
// "why" in one sentence asks about a cancellation that happened, in any language; the
// lexicons' own "why ... cancel" patterns cover only some word orders.
import type { IntentHit } from './keywords.js';

const WHY =
  /(?<![\p{L}])(?:why|how come|pourquoi|warum|wieso|weshalb|come mai|por que|por qu[eé]|почему|чому|neden|niye|nicin|چرا|chera|ليش|ليه|لماذا|لیش|علاش|lesh|leh|lech|kyun|kyu|kyon|क्यों|kenapa|knp|mengapa|tai sao|vi sao)(?![\p{L}])/u;
// A clause boundary between the two: the "why" belongs to another order's sentence.
const CLAUSE = /[.!?؟\n,;؛،]/u;
const BEFORE = 40;
// "cancel shode, chera?": a "why" right after the word, with no other order between.
const AFTER = /^[^\d.!\n;؛]{0,12}$/u;

export function cancelAsked(folded: string, hits: IntentHit[]): IntentHit[] {
  return hits.map((h) => {
    if (h.intent !== 'cancel') return h;
    const lead = folded.slice(Math.max(0, h.start - BEFORE), h.start).split(CLAUSE).pop() ?? '';
    const why = WHY.exec(folded.slice(h.end, h.end + 30));
    const tail = why !== null && AFTER.test(folded.slice(h.end, h.end + why.index));
    return WHY.test(lead) || tail ? { ...h, intent: 'status' } : h;
  });
}
