// Orders the customer says are fine or to be left alone, beside orders they ask about
// ("4471902 arrived fine, 4471955 is still pending", "1230981 geldi tamam, 1230982 nerde
// kaldı?", "cancel 1 and 2, leave 3 running"). That one is named only for contrast: it
// gets no intent. A clause settles its IDs when it holds a
// "done / arrived / fine" word, no action word, no negation and no question; the IDs are
// dropped only while some other ID in the message is still asked about.
import type { IntentHit } from './keywords.js';
import type { IdMention } from './order-ids.js';
import { compileTerms, findAll, type CompiledTerm } from './terms.js';
import type { Term } from './lexicon/index.js';

// Words saying an order arrived, finished, is fine or may keep running, per language (any language may
// turn up in any message). Thanks alone is not one: "refill 1, 2 and 3 thanks". Negated
// forms are separate words in most of these languages ("geldi" / "gelmedi", "رسید" /
// "نرسید"); the rest are caught by NEGATION below.
const SETTLED_WORDS: Record<string, Term[]> = {
  en: ['arrived', 'came', 'came in', 'delivered', 'fine', 'ok', 'okay', 'all good', 'good', 'perfect', 'done', 'complete', 'completed', 'finished', 'received', 'got it', 'worked', 'went through', 'leave it', 'leave that one', 'keep it', /\b(?:leave|keep|let)\b[^.,;!?\n]{0,25}\b(?:running|going|run|alone|be|finish)\b/],
  ru: ['пришел', 'пришло', 'пришли', 'пришла', 'нормально', 'ок', 'всё ок', 'все ок', 'отлично', 'выполнен*', 'завершен*', 'готов*', 'норм', 'дошел', 'дошло', 'дошли', 'пусть крутится', 'пусть идет', 'пусть идёт', 'оставьте', 'не трогайте'],
  uk: ['прийшло', 'прийшов', 'прийшли', 'прийшла', 'нормально', 'ок', 'все ок', 'добре', 'чудово', 'виконан*', 'завершен*', 'готов*', 'дійшло', 'нехай іде', 'нехай крутиться', 'залиште', 'не чіпайте', 'nekhay ide'],
  es: ['llego', 'llegaron', 'llego bien', 'bien', 'perfecto', 'listo', 'completad*', 'completo', 'terminad*', 'recibido', 'entregado', 'todo ok', 'ok', 'dejadlo', 'dejenlo', 'dejalo', 'que siga'],
  pt: ['chegou', 'chegaram', 'certinho', 'certo', 'perfeito', 'beleza', 'concluid*', 'completo', 'completou', 'finalizad*', 'recebido', 'entregue', 'ok', 'tudo certo', 'pode deixar', 'deixa rodando', 'deixa ele', 'que continue'],
  fr: ['arrive', 'arrivee', 'arrives', 'arrivees', 'bien recu', 'recu', 'parfait', 'termine*', 'complete*', 'livre*', 'nickel', 'ok', 'laissez-la', 'laissez la', 'laissez-le', 'qu\'elle continue'],
  de: ['angekommen', 'ist da', 'passt', 'perfekt', 'erledigt', 'abgeschlossen', 'fertig', 'geliefert', 'ok', 'alles gut', 'gut', 'laufen lassen', 'lasst sie laufen', 'weiterlaufen'],
  it: ['arrivato', 'arrivata', 'arrivati', 'perfetto', 'tutto ok', 'ok', 'completato', 'concluso', 'finito', 'consegnato', 'partito', 'a posto', 'lasciatelo', 'lasciatela', 'lascialo', 'che continui'],
  tr: ['geldi', 'tamam', 'tamamlandi', 'tamamlanmis', 'bitti', 'sorun yok', 'super', 'kalsin', 'devam etsin', 'dokunmayin'],
  ar: ['وصل', 'وصلت', 'تمام', 'اكتمل', 'مكتمل', 'خلص', 'ممتاز', 'tamam', 'wesel', 'wasal', 'khalas', 'خليه', 'سيبه', 'سيبوه', 'خلوه'],
  fa: ['رسید', 'کامل رسید', 'اومد', 'تموم شد', 'تکمیل شد', 'اوکی', 'عالی', 'resid', 'tamoom shod', 'بمونه', 'بذارید بمونه', 'کاری نداشته باشید'],
  hi: ['aa gaya', 'aa gya', 'mil gaya', 'mil gya', 'complete ho gaya', 'ho gaya', 'sahi se', 'theek', 'thik', 'badhiya', 'आ गया', 'मिल गया', 'पूरा हो गया', 'ठीक', 'rehne do', 'chalne do', 'chalta rehne do'],
  id: ['udah masuk', 'sudah masuk', 'masuk semua', 'beres', 'mantap', 'aman', 'selesai', 'lengkap', 'oke', 'ok', 'biarin', 'biarkan', 'biarin aja', 'lanjut aja'],
  vi: ['len du', 'du roi', 'ok roi', 'xong', 'xong roi', 'hoan thanh', 'da nhan', 'on roi', 'ok', 'de nguyen', 'cu chay', 'giu lai'],
};

// A negation in the clause means the order is not fine ("not arrived", "не пришло",
// "chưa lên", "belum masuk").
const NEGATION =
  /(?<![\p{L}])(?:not|n't|never|no|nothing|yet|still|не|нет|ні|ещё|досі|ще|no|nao|pas|rien|nicht|kein\p{L}*|noch|non|ancora|henuz|hala|değil|degil|ما|مش|لم|لا|لسه|نه|هنوز|nahi|nahin|नहीं|abhi tak|belum|tidak|gak|nggak|ga|chua|khong|ko|missing)(?![\p{L}])/u;

// Where one clause ends: sentence marks, commas, and the contrast words that join
// "this one is fine" to "but that one" in each language.
const CLAUSE_END =
  /[.;!?؟،,\n]|\s(?:but|while|whereas|а|але|но|однак|mas|pero|mais|aber|doch|invece|ma|pero|ama|fakat|tapi|sedangkan|con|nhung|còn|ولی|ولي|اما|لكن|بس|lekin|par|magar|bas)(?=\s)/gu;

let compiled: CompiledTerm[] | undefined;
function settledTerms(): CompiledTerm[] {
  compiled ??= compileTerms(Object.values(SETTLED_WORDS).flat());
  return compiled;
}

interface Span {
  from: number;
  to: number;
}

function clauses(folded: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const m of folded.matchAll(CLAUSE_END)) {
    out.push({ from, to: m.index + m[0].length });
    from = m.index + m[0].length;
  }
  out.push({ from, to: folded.length });
  return out;
}

/** The mentions minus the IDs of orders the customer only says are fine. */
export function dropSettled(folded: string, mentions: IdMention[], hits: IntentHit[]): IdMention[] {
  if (new Set(mentions.map((m) => m.id)).size < 2) return mentions;
  const words = findAll(settledTerms(), folded);
  if (words.length === 0) return mentions;
  const settled = new Set<string>();
  const asked = new Set<string>();
  for (const span of clauses(folded)) {
    const inside = mentions.filter((m) => m.start >= span.from && m.start < span.to);
    if (inside.length === 0) continue;
    const text = folded.slice(span.from, span.to);
    const fine =
      words.some((w) => w.start >= span.from && w.end <= span.to) &&
      !hits.some((h) => h.start >= span.from && h.start < span.to) &&
      !NEGATION.test(text) &&
      !/[?؟]/u.test(text);
    for (const m of inside) (fine ? settled : asked).add(m.id);
  }
  const keep = mentions.filter((m) => !settled.has(m.id) || asked.has(m.id));
  return keep.length > 0 && keep.length < mentions.length ? keep : mentions;
}
