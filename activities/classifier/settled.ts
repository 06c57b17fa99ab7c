// Orders the customer says are fine or to be left alone, beside orders they ask about
// ("4471902 arrived fine, 4471955 is still pending", "1230981 geldi tamam, 1230982 nerde
// kaldı?", "cancel 1 and 2, leave 3 running"). That one is named only for contrast: it
// gets no intent. A clause settles its IDs when it holds a
// "done / arrived / fine" word, no action word, no negation and no question; the IDs are
// dropped only while some other ID in the message is still asked about. The clauses after
// one naming IDs belong to it until the next names others ("3311940 completed, but dropped
// 300"); "the first / the second" name the listed IDs; "thanks for the refund on 1" settles 1.
import type { IntentHit } from './keywords.js';
import type { IdMention } from './order-ids.js';
import { blankSpans, compileTerms, findAll, type CompiledTerm } from './terms.js';
import type { Term } from './lexicon/index.js';

// Words saying an order arrived, finished, is fine or may keep running, per language (any language may
// turn up in any message). Thanks alone is not one: "refill 1, 2 and 3 thanks". Negated
// forms are separate words in most of these languages ("geldi" / "gelmedi", "رسید" /
// "نرسید"); the rest are caught by NEGATION below.
const SETTLED_WORDS: Record<string, Term[]> = {
  en: ['arrived', 'came', 'came in', 'delivered', 'fine', 'ok', 'okay', 'all good', 'good', 'perfect', 'perfectly', 'went well', 'done', 'complete', 'completed', 'finished', 'received', 'got it', 'worked', 'went through', 'keep', 'leave it', 'leave that one', 'keep it', /\b(?:leave|keep|let)\b[^.,;!?\n]{0,25}\b(?:running|going|run|alone|be|finish)\b/],
  ru: ['пришел', 'пришло', 'пришли', 'пришла', 'нормально', 'ок', 'всё ок', 'все ок', 'отлично', 'выполнен*', 'завершен*', 'доставлен*', 'готов*', 'норм', 'дошел', 'дошло', 'дошли', 'на месте', 'нормальный', 'нормальное', 'пусть крутится', 'пусть идет', 'пусть идёт', 'оставьте', 'не трогайте'],
  uk: ['прийшло', 'прийшов', 'прийшли', 'прийшла', 'нормально', 'ок', 'все ок', 'добре', 'чудово', 'виконан*', 'завершен*', 'доставлен*', 'готов*', 'дійшло', 'на місці', 'нормальне', 'нормальний', 'нехай іде', 'нехай крутиться', 'залиште', 'не чіпайте', 'nekhay ide'],
  es: ['llego', 'llegaron', 'llego bien', 'bien', 'perfecto', 'listo', 'completad*', 'completo', 'termino', 'terminad*', 'recibido', 'entregado', 'todo ok', 'genial', 'geniales', 'ok', 'dejadlo', 'dejenlo', 'dejalo', 'que siga', 'ese no', 'no lo toquen', 'no lo toques'],
  pt: ['chegou', 'chegaram', 'certinho', 'certo', 'perfeito', 'beleza', 'concluid*', 'completo', 'completou', 'finalizad*', 'recebido', 'entregue', 'ok', 'tudo certo', 'pode deixar', 'deixa rodando', 'deixa ele', 'que continue'],
  fr: ['arrive', 'arrivee', 'arrives', 'arrivees', 'bien recu', 'recu', 'parfait', 'fini', 'finie', 'finis', 'termine*', 'complete*', 'livre*', 'nickel', 'ok', 'laissez-la', 'laissez la', 'laissez-le', 'qu\'elle continue', 'n\'y touchez pas', 'ne touchez pas', 'touchez pas'],
  de: ['angekommen', 'ist da', 'passt', 'perfekt', 'erledigt', 'abgeschlossen', 'fertig', 'geliefert', 'ok', 'alles gut', 'gut', 'laufen lassen', 'lasst sie laufen', 'weiterlaufen'],
  it: ['arrivato', 'arrivata', 'arrivati', 'perfetto', 'tutto ok', 'ok', 'completato', 'concluso', 'finito', 'consegnato', 'partito', 'a posto', 'lasciatelo', 'lasciatela', 'lascialo', 'che continui'],
  tr: ['geldi', 'tamam', 'tamamlandi', 'tamamlanmis', 'bitti', 'sorun yok', 'sorunsuz', 'sorunsuzdu', 'gayet iyi', 'iyiydi', 'super', 'kalsin', 'devam etsin', 'dokunmayin'],
  ar: ['وصل', 'وصلت', 'تمام', 'اكتمل', 'مكتمل', 'خلص', 'ممتاز', 'tamam', 'wesel', 'wasal', 'khalas', 'خليه', 'سيبه', 'سيبوه', 'خلوه'],
  fa: ['رسید', 'کامل رسید', 'اومد', 'تموم شد', 'تکمیل شد', 'اوکی', 'عالی', 'resid', 'tamoom shod', 'tamoom shodan', 'oke', 'بمونه', 'بذارید بمونه', 'کاری نداشته باشید'],
  hi: ['aa gaya', 'aa gya', 'mil gaya', 'mil gya', 'complete ho gaya', 'ho gaya', 'sahi se', 'theek', 'thik', 'badhiya', 'आ गया', 'मिल गया', 'पूरा हो गया', 'ठीक', 'rehne do', 'chalne do', 'chalta rehne do'],
  id: ['udah masuk', 'sudah masuk', 'masuk semua', 'beres', 'mantap', 'aman', 'selesai', 'lengkap', 'oke', 'ok', 'biarin', 'biarkan', 'biarin aja', 'lanjut aja'],
  vi: ['len du', 'du roi', 'ok roi', 'xong', 'xong roi', 'hoan thanh', 'da nhan', 'on roi', 'ok', 'de nguyen', 'cu chay', 'giu lai'],
};

// A negation in the clause means the order is not fine ("not arrived", "не пришло",
// "chưa lên", "belum masuk").
const NEGATION =
  /(?<![\p{L}])(?:not|n't|never|no|nothing|yet|still|не|нет|ні|ещё|досі|ще|no|nao|pas|rien|nicht|kein\p{L}*|noch|non|mai|ancora|henuz|hala|değil|degil|ما|مش|لم|لا|لسه|نه|هنوز|nahi|nahin|नहीं|abhi tak|belum|tidak|gak|nggak|ga|chua|khong|ko|missing)(?![\p{L}])/u;

// Where one clause ends: sentence marks, commas, and the contrast words that join
// "this one is fine" to "but that one" in each language.
const CLAUSE_END =
  /[.;!?؟،,\n]|\p{Extended_Pictographic}|\s[—–-](?=\s)|\s(?:but|while|whereas|а|але|но|однак|mas|pero|mais|aber|doch|invece|ma|pero|ama|fakat|tapi|sedangkan|con|nhung|còn|ولی|ولي|اما|لكن|بس|lekin|par|magar|bas)(?=\s)/gu;

// "thanks for the refund on 9910283, could you also refund 9910290": the action a customer
// thanks for is done; it settles the clause instead of asking for it again.
const THANKS_FOR =
  /(?<![\p{L}])(?:thanks for|thank you for|thx for|спасибо за|благодарю за|дякую за|gracias por|obrigad[oa] (?:pel[oa]s?|por)|valeu pel[oa]|merci pour|danke fur|grazie per|شكرا على|شكرا ع|ممنون بابت|مرسی بابت|terima kasih (?:atas|untuk)|makasih (?:atas|udah)|cam on (?:vi|da))(?![\p{L}])/u;

// "orders 1 & 2: the first one arrived, the second is stuck": ordinal words stand for the
// IDs in the order the message named them.
const ORDINALS: Term[][] = [
  ['first', 'first one', '1st', 'первый', 'первая', 'первое', 'перший', 'перша', 'перше', 'el primero', 'la primera', 'o primeiro', 'a primeira', 'le premier', 'la premiere', 'der erste', 'die erste', 'das erste', 'il primo', 'la prima', 'ilki', 'ilk', 'birincisi', 'الاول', 'الأول', 'اولی', 'pehla', 'pehle wala', 'yang pertama', 'pertama', 'cai dau', 'don dau'],
  ['second', 'second one', '2nd', 'второй', 'вторая', 'второе', 'другий', 'друга', 'друге', 'el segundo', 'la segunda', 'o segundo', 'a segunda', 'le deuxieme', 'la deuxieme', 'le second', 'la seconde', 'der zweite', 'die zweite', 'das zweite', 'il secondo', 'la seconda', 'ikincisi', 'ikinci', 'الثاني', 'التاني', 'دومی', 'doosra', 'dusra', 'yang kedua', 'kedua', 'cai thu hai', 'don thu hai'],
  ['third', 'third one', '3rd', 'третий', 'третья', 'третье', 'третій', 'третя', 'третє', 'el tercero', 'la tercera', 'o terceiro', 'a terceira', 'le troisieme', 'la troisieme', 'der dritte', 'die dritte', 'das dritte', 'il terzo', 'la terza', 'ucuncusu', 'ucuncu', 'الثالث', 'التالت', 'سومی', 'teesra', 'tisra', 'yang ketiga', 'ketiga', 'cai thu ba', 'don thu ba'],
];

let compiled: CompiledTerm[] | undefined;
let ordinals: CompiledTerm[][] | undefined;
function settledTerms(): CompiledTerm[] {
  compiled ??= compileTerms(Object.values(SETTLED_WORDS).flat());
  return compiled;
}

/** 0 for "the first", 1 for "the second"…, when the clause opens with an ordinal word. */
function ordinalOf(clause: string): number | undefined {
  ordinals ??= ORDINALS.map(compileTerms);
  const head = clause.slice(0, 24);
  const at = ordinals.findIndex((terms) => findAll(terms, head).some((m) => head.slice(0, m.start).trim().length <= 4));
  return at >= 0 ? at : undefined;
}

interface Span {
  from: number;
  to: number;
}

/**
 * Clause ends, and the start of each ID whose predecessor is followed straight away by what
 * is said of it: "16101101 (ok) 16101105 (dropped)" and "1: done 2: stuck" hold one clause
 * per ID. "1 and 2 arrived" stays one clause; "said" are where fine and action words start.
 */
function clauses(folded: string, mentions: IdMention[], said: number[]): Span[] {
  const ends = [...folded.matchAll(CLAUSE_END)].map((m) => m.index + m[0].length);
  const cuts = [...ends];
  mentions.forEach((m, k) => {
    const prev = mentions[k - 1];
    if (!prev || ends.some((e) => e > prev.end && e <= m.start)) return;
    const lead = /^[\s:()\[\]\-–—>→=]*/u.exec(folded.slice(prev.end, m.start))![0].length;
    if (said.includes(prev.end + lead)) cuts.push(m.start);
  });
  const sorted = [...new Set(cuts)].filter((c) => c > 0 && c < folded.length).sort((a, b) => a - b);
  return [0, ...sorted].map((from, k) => ({ from, to: sorted[k] ?? folded.length }));
}

interface Stretch extends Span {
  ids: string[];
  /** The clause that names the IDs: only there does a "fine" word settle them. */
  head: Span;
  clauses: Span[];
}

/**
 * The message as stretches, each about its own IDs: a clause naming IDs (or "the second")
 * opens one, and the clauses after it without IDs belong to it. Those later clauses can
 * only keep its orders asked about ("4471902 completed, but 300 dropped"), never settle
 * them: "cancel 1, 2, 3. The live is over" does not make 3 fine.
 */
function stretches(folded: string, mentions: IdMention[], said: number[]): Stretch[] {
  const order = [...new Set(mentions.map((m) => m.id))];
  const out: Stretch[] = [];
  for (const span of clauses(folded, mentions, said)) {
    let ids = [...new Set(mentions.filter((m) => m.start >= span.from && m.start < span.to).map((m) => m.id))];
    const k = out.length > 0 && ids.length === 0 ? ordinalOf(folded.slice(span.from, span.to)) : undefined;
    if (k !== undefined && order[k]) ids = [order[k]];
    const last = out.at(-1);
    if (ids.length === 0 && last) {
      // "9950150 — bien.": a clause of bare IDs takes the next one as its words.
      const lead = folded.slice(last.from, last.to);
      if (last.clauses.length === 1 && !/\p{L}/u.test(lead) && /(?:[—–\-→:>]|\p{Extended_Pictographic}\uFE0F?)\s*$/u.test(lead)) last.head = { from: last.from, to: span.to };
      last.to = span.to;
      last.clauses.push(span);
    } else if (ids.length > 0) out.push({ ...span, ids, head: span, clauses: [span] });
  }
  return out;
}

// "refill 1112291 but not 1112295", "sauf la 1612295": an order named right after "but not"
// or "except" is left out of the action beside it.
const EXCLUDED_BEFORE =
  /(?<![\p{L}])(?:but not|and not|not|except(?: for)?|apart from|mais pas|sauf|pero no|excepto|salvo|menos|mas nao|exceto|aber nicht|und nicht|ausser|ma non|tranne|eccetto|но не|а не|кроме|але не|крім|haric|kecuali|tapi bukan|ngoai tru|tru|lekin nahi|siwa|ما عدا|الا|غير|به جز|بجز|جز)\s+(?:(?:la|el|le|o|a|the|der|die|das|den|il|lo|order|pedido|commande|auftrag|ordine|заказ|замовлення)\s+)?[#№]?$/u;

/** The mentions minus the IDs of orders the customer only says are fine. */
export function dropSettled(folded: string, mentions: IdMention[], hits: IntentHit[]): IdMention[] {
  if (new Set(mentions.map((m) => m.id)).size < 2) return mentions;
  const words = findAll(settledTerms(), folded);
  const thanks = [...folded.matchAll(new RegExp(THANKS_FOR.source, 'gu'))].map((m) => m.index);
  const excluded = new Set(mentions.filter((m) => EXCLUDED_BEFORE.test(folded.slice(Math.max(0, m.start - 30), m.start))).map((m) => m.id));
  if (words.length === 0 && thanks.length === 0 && excluded.size === 0) return mentions;
  const within = (at: number, span: Span) => at >= span.from && at < span.to;
  // "его не трогайте", "not delivered": a negation outside the "fine" words themselves.
  const unsaid = blankSpans(folded, words);
  const negated = (span: Span) => NEGATION.test(unsaid.slice(span.from, span.to));
  const settled = new Set<string>();
  const asked = new Set<string>();
  for (const span of stretches(folded, mentions, [...words, ...hits].map((w) => w.start))) {
    const thanked = thanks.find((t) => within(t, span.head));
    const said = thanked !== undefined || words.some((w) => within(w.start, span.head));
    const hit = hits.some((h) => within(h.start, span) && (thanked === undefined || h.start < thanked));
    const question = /[?؟]/u.test(folded.slice(span.from, span.to));
    const fine = said && !hit && (thanked !== undefined || !span.clauses.some(negated)) && !question;
    // A clause that only lists the orders ("orders 1 and 2.") asks nothing of them.
    const listing = !said && !hit && !question;
    if (!listing) for (const id of span.ids) (fine ? settled : asked).add(id);
  }
  const keep = mentions.filter((m) => !excluded.has(m.id) && (!settled.has(m.id) || asked.has(m.id)));
  return keep.length > 0 && keep.length < mentions.length ? keep : mentions;
}
