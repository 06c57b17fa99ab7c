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
import { splitRefused } from './refused.js';
import { blankSpans, compileTerms, findAll, type CompiledTerm } from './terms.js';
import type { Term } from './lexicon/index.js';

// Words saying an order arrived, finished, is fine or may keep running, per language (any language may
// turn up in any message). Thanks alone is not one: "refill 1, 2 and 3 thanks". Negated
// forms are separate words in most of these languages ("geldi" / "gelmedi", "رسید" /
// "نرسید"); the rest are caught by NEGATION below.
const SETTLED_WORDS: Record<string, Term[]> = {
  en: ['stays', 'that one stays', 'no changes', 'no change', 'leave as is', 'happy with it', 'can stay', 'no rush', 'as is', 'let it be', 'leave it be', 'untouched', 'ignore', 'forget', 'forget about', 'nevermind', 'never mind', 'nvm', 'resolved', 'sorted out', 'figured it out', 'recovered', 'came back', 'great', 'was great', 'going well', 'no problem', 'no problems', 'no issues', 'without problems', 'without issues', 'as expected', 'fully', 'came in', 'keep going', 'running fine', 'all done', '✅', '👍', '✔', '✔️', 'arrived', 'came', 'came in', 'delivered', 'fine', 'ok', 'okay', 'all good', 'good', 'perfect', 'perfectly', 'went well', 'done', 'complete', 'completed', 'finished', 'received', 'got it', 'worked', 'went through', 'keep', 'leave it', 'no complaints', 'already sorted', 'sorted', 'no action needed', 'no action', 'stable', 'can wait', 'holds', 'is holding', '✓', 'leave that one', 'keep it', /\b(?:leave|keep|let)\b[^.,;!?\n]{0,25}\b(?:running|going|run|alone|be|finish)\b/],
  ru: ['держатся', 'держится', 'выполнился', 'выполнилось', 'выполнились', 'ничего не надо', 'без изменений', 'оставить', 'оставить как есть', 'не отменяйте', 'не отменять', 'не отменяй', 'не трогать', 'не трогай', 'пусть работает', 'пусть работают', 'пусть висит', 'пусть висят', 'пусть выполняется', 'пусть идут', 'пусть крутятся', 'пусть будет', 'как есть', 'ждём', 'ждем', 'подождём', 'подождем', 'игнор', 'забудьте', 'забудь', 'разобрались', 'решено', 'восстановилось', 'восстановились', 'докрутились', 'без проблем', 'всё хорошо', 'все хорошо', 'хорошо', 'в порядке', 'прошёл', 'прошел', 'пришел', 'пришло', 'пришли', 'пришла', 'нормально', 'ок', 'всё ок', 'все ок', 'отлично', 'выполнен*', 'завершен*', 'доставлен*', 'готов*', 'норм', 'дошел', 'дошло', 'дошли', 'на месте', 'нормальный', 'нормальное', 'пусть крутится', 'пусть идет', 'пусть идёт', 'оставьте', 'не трогайте', 'стабильн*', 'подождет', 'подождёт', 'может подождать', 'забейте', 'продолжайте', 'пусть продолжается', 'вопросов нет', 'претензий нет', 'без претензий'],
  uk: ['тримаються', 'тримається', 'виконався', 'виконалось', 'виконались', 'виконалися', 'залишайте', 'нічого не треба', 'питань нема', 'без змін', 'нехай буде', 'лишити', 'залишити', 'лишіть', 'окей', 'не скасовуйте', 'не скасовувати', 'не скасовуй', 'не чіпати', 'не чіпай', 'хай буде', 'як є', 'хай працює', 'хай працюють', 'хай висить', 'хай повисить', 'нехай виконується', 'нехай працює', 'хай виконується', 'почекаю', 'чекаємо', 'ігноруйте', 'забудьте', 'розібрались', 'розібралися', 'вирішено', 'відновилось', 'відновилися', 'хай іде', 'хай йде', 'нехай йде', 'все добре', 'без проблем', 'в порядку', 'прийшло', 'прийшов', 'прийшли', 'прийшла', 'нормально', 'ок', 'все ок', 'добре', 'чудово', 'виконан*', 'завершен*', 'доставлен*', 'готов*', 'дійшло', 'на місці', 'нормальне', 'нормальний', 'гаразд', 'нехай іде', 'нехай крутиться', 'нехай ідуть', 'хай ідуть', 'нехай йдуть', 'хай йдуть', 'залиште', 'не чіпайте', 'nekhay ide', 'продовжуйте', 'стабільн*', 'зачекає', 'може почекати', 'забийте', 'питань немає', 'претензій немає'],
  es: ['no toquen', 'no toques', 'ese sigue', 'esa sigue', 'sin prisa', 'sin apuro', 'dejalo como esta', 'dejalo asi', 'dejenlo como esta', 'sin cambios', 'no cancelen', 'no cancelar', 'no lo cancelen', 'no la cancelen', 'no los cancelen', 'no canceles', 'como esta', 'que sigan', 'no tocar', 'puede quedarse', 'olviden', 'olvida', 'olvidalo', 'resuelto', 'se recupero', 'se arreglo', 'solucionado', 'anduvo bien', 'barbaro', 'sin problema', 'sin problemas', 'todo bien', 'esta bien', 'va bien', 'llego', 'llegaron', 'llego bien', 'bien', 'perfecto', 'listo', 'completad*', 'completo', 'termino', 'terminad*', 'terminaron', 'se completaron', 'recibido', 'entregado', 'todo ok', 'genial', 'geniales', 'ok', 'dejadlo', 'dejenlo', 'dejalo', 'que siga', 'ese no', 'no lo toquen', 'no lo toques', 'sigan', 'que continue', 'continuen', 'estable', 'puede esperar', 'pueden esperar', 'dejar', 'dejarlo', 'dejarlos', 'ya quedo', 'quedo', 'sin quejas'],
  pt: ['podem seguir', 'pode seguir', 'sao ok', 'estao ok', 'sem alteracao', 'sem alteracoes', 'sem mudanca', 'nao cancelem', 'nao cancela', 'nao cancelar', 'nao cancele', 'como esta', 'pode ficar', 'nao mexe', 'nao mexam', 'deixa quieto', 'pode continuar', 'esquece', 'esqueca', 'esquecam', 'resolvido', 'se resolveu', 'de boa', 'sem problema', 'sem problemas', 'tudo ok', 'deu certo', 'foi bem', 'rodando bem', 'chegou', 'chegaram', 'certinho', 'certo', 'perfeito', 'beleza', 'concluid*', 'completo', 'completou', 'finalizad*', 'recebido', 'entregue', 'ok', 'tudo certo', 'pode deixar', 'deixa rodando', 'deixa ele', 'que continue', 'pode esperar', 'podem esperar', 'estavel', 'sem pressa', 'tudo bem', 'ta bom', 'esta bom', 'deixa', 'deixar', 'sem reclamacao', 'ja foi'],
  fr: ['laisser tourner', 'rien a faire', 'laissez', 'laisse tourner', 'je la laisse', 'sans urgence', 'pas presse', 'sans changement', "n'annulez pas", "ne l'annulez pas", 'ne pas annuler', 'comme ca', 'peut rester', 'pas touche', 'oubliez', 'laissez tomber', 'resolu', 'regle', 'aucun souci', 'sans souci', 'rien a signaler', 'tout est ok', 'laissez tourner', 'c\'est bon', 'impeccable', 'arrive', 'arrivee', 'arrives', 'arrivees', 'bien recu', 'recu', 'parfait', 'fini', 'finie', 'finis', 'termine*', 'complete*', 'livre*', 'nickel', 'ok', 'laissez-la', 'laissez la', 'laissez-le', 'qu\'elle continue', 'n\'y touchez pas', 'ne touchez pas', 'touchez pas', 'ras', 'pas de souci', 'ca va', 'stable', 'tient', 'peut attendre', 'peuvent attendre', 'a garder', 'gardez', 'garder', 'je la garde', 'je le garde', 'on la garde', 'on le garde', 'pas de probleme'],
  de: ['halt super', 'halt gut', 'lauft ja', 'lauft super', 'bleiben', 'laufen gut', 'keine eile', 'sind ok', 'keine anderung', 'unverandert', 'nicht stornieren', 'nicht abbrechen', 'so lassen', 'kann bleiben', 'nicht anfassen', 'vergessen sie', 'vergiss', 'gelost', 'hat sich erledigt', 'geklart', 'vollstandig', 'keine aktion', 'ist durch', 'in ordnung', 'ohne probleme', 'lauft gut', 'angekommen', 'ist da', 'passt', 'perfekt', 'erledigt', 'abgeschlossen', 'fertig', 'geliefert', 'ok', 'alles gut', 'gut', 'laufen lassen', 'lasst sie laufen', 'weiterlaufen', 'bleibt', 'stabil', 'kann warten', 'konnen warten', 'behalten', 'keine beschwerden'],
  it: ['lo tengo', 'la tengo', 'li tengo', 'consegnati', 'consegnata', 'consegnate', 'arrivate', 'senza fretta', 'sono ok', 'e giusto', 'nessuna modifica', 'invariato', 'non annullate', 'non annullare', 'non cancellate', 'non cancellare', 'lasciate stare', 'lascia stare', 'puo restare', 'non toccate', 'continui pure', 'lascia perdere', 'lasciate perdere', 'risolto', 'sistemato', 'tutto a posto', 'andava bene', 'va bene', 'nessun problema', 'tutto bene', 'arrivato', 'arrivata', 'arrivati', 'perfetto', 'tutto ok', 'ok', 'completato', 'concluso', 'finito', 'consegnato', 'partito', 'a posto', 'lasciatelo', 'lasciatela', 'lascialo', 'che continui', 'vanno bene', 'tiene', 'stabile', 'continuate pure', 'continua pure', 'aspetto', 'puo aspettare', 'possono aspettare', 'da tenere', 'tenete', 'tenetelo', 'tenetela', 'nessuna lamentela'],
  tr: ['gelmis', 'degisiklik yok', 'aynen kalsin', 'bekleyelim', 'elleme', 'ellemeyin', 'bos verin', 'unutun', 'cozuldu', 'halloldu', 'duzeldi', 'problem yok', 'sikinti yok', 'sorun olmadi', 'guzel', 'geldi', 'tamam', 'tamamlandi', 'tamamlanmis', 'bitti', 'sorun yok', 'sorunsuz', 'sorunsuzdu', 'gayet iyi', 'iyiydi', 'super', 'kalsin', 'devam etsin', 'dokunmayin', 'bekleyebilir', 'stabil', 'yapildi'],
  ar: ['بلا مشاكل', 'بدون مشاكل', 'اكتملا', 'اكتملت', 'خلوهم', 'لا تلمسون', 'لا تلمسوا', 'wosal', 'wosel', 'اتركوه', 'اتركه', 'انسوه', 'انحلت', 'اتحلت', 'انحل', 'kwayes', 'kwayyes', 'كويس', 'زين', 'mashi', 'meshi', 'وصل', 'وصلت', 'تمام', 'اكتمل', 'مكتمل', 'خلص', 'ممتاز', 'tamam', 'wesel', 'wasal', 'khalas', '5eles', '5eleso', '5elset', '5ales', 'kheles', 'خليه', 'سيبه', 'سيبوه', 'سيبوا', 'خلوه', 'mni7', 'mnih', 'خلوا'],
  fa: ['بدون مشکل', 'بدون ایراد', 'صحیح است', 'درسته', 'نگه دارید', 'نگهش دارید', 'رضایت بخش', 'رضایت‌بخش', 'دست نزنید', 'بیخیال', 'حل شد', 'درست شد', 'خوبه', 'مشکلی نداره', 'اوکیه', 'khube', 'moshkeli nadare', 'رسید', 'کامل رسید', 'اومد', 'تموم شد', 'تکمیل شد', 'اوکی', 'عالی', 'resid', 'tamoom shod', 'tamoom shodan', 'oke', 'بمونه', 'بذارید بمونه', 'کاری نداشته باشید', 'صبر میکنم'],
  hi: ['chhodo', 'chhod do', 'solve ho gaya', 'theek ho gaya', 'thik ho gaya', 'sahi hai', 'theek hai', 'koi dikkat nahi', 'koi problem nahi', 'aa gaya', 'aa gya', 'mil gaya', 'mil gya', 'complete ho gaya', 'ho gaya', 'sahi se', 'theek', 'thik', 'badhiya', 'आ गया', 'मिल गया', 'पूरा हो गया', 'ठीक', 'rehne do', 'chalne do', 'chalta rehne do', 'stable', 'ruk sakta hai'],
  id: ['jgn diapa2in', 'jangan diapa2in', 'jgn diapa apain', 'jangan diapa-apain', 'jgn disentuh', 'jangan disentuh', 'udah normal', 'sudah normal', 'abaikan', 'lupakan', 'lancar', 'udah oke', 'sip', 'udah masuk', 'sudah masuk', 'masuk semua', 'beres', 'mantap', 'aman', 'selesai', 'lengkap', 'oke', 'ok', 'biarin', 'biarkan', 'biarin aja', 'lanjut aja', 'stabil', 'bisa nunggu'],
  vi: ['dung dong vao', 'van chay tiep', 'cu chay tiep', 'giu nguyen', 'cu de', 'de vay', 'bo qua', 'da xu ly', 'on', 'tot', 'binh thuong', 'khong sao', 'len du', 'du roi', 'ok roi', 'xong', 'xong roi', 'hoan thanh', 'da nhan', 'on roi', 'ok', 'de nguyen', 'cu chay', 'giu lai', 'on dinh', 'de do'],
};

// A negation in the clause means the order is not fine ("not arrived", "не пришло",
// "chưa lên", "belum masuk"). Vietnamese "ko" (không) is not the Hindi postposition after a
// number ("7741001 ko cancel mat karo").
const NEGATION =
  /(?<![\p{L}])(?:not|n't|never|no|nothing|yet|still|не|нет|ні|ещё|досі|ще|no|nao|pas|rien|nicht|kein\p{L}*|noch|non|mai|ancora|henuz|hala|değil|degil|ما|مش|لم|لا|لسه|نه|هنوز|nahi|nahin|नहीं|abhi tak|belum|tidak|gak|nggak|ga|chua|khong|(?<!\d\s*)ko|missing)(?![\p{L}])/u;

// Where one clause ends: sentence marks, commas, and the contrast words that join
// "this one is fine" to "but that one" in each language. A pictograph ends a clause
// ("1 ✅ 2 stuck") unless it opens a line: "✔ 1\n✖ 2" marks each line's own order.
const CLAUSE_END =
  /[.;!?؟،؛,\n]|(?<!(?:^|\n)[ \t]*)\p{Extended_Pictographic}|\s[—–-](?=\s)|\s(?:but|while|whereas|hingegen|dagegen|а|але|но|однак|mas|pero|mais|aber|doch|invece|ma|pero|ama|fakat|tapi|sedangkan|con|nhung|còn|ولی|ولي|اما|لكن|بس|lekin|par|magar|bas)(?=\s)/gu;

// "1 arrived, 2 too": "too" and nothing else after an order, in each language.
const TOO =
  /^[^\p{L}]*(?:(?:and|и|і|y|e|et|und|ve|dan|va|و)\s+)?(?:(?:the|order|el|la|le|o|a|il|der|die|das|заказ|замовлення)\s+)?[#№]?[^\p{L}]*(?:too|also|as well|тоже|также|теж|також|tambien|tambem|aussi|auch|anche|pure|de|da|juga|cung vay|cung|bhi|هم|ايضا|كمان)[^\p{L}]*$/u;

// "thanks for the refund on 9910283, could you also refund 9910290": the action a customer
// thanks for is done; it settles the clause instead of asking for it again.
const THANKS_FOR =
  /(?<![\p{L}])(?:thanks for|thank you for|thx for|спасибо за|благодарю за|дякую за|gracias por|obrigad[oa] (?:pel[oa]s?|por)|valeu pel[oa]|merci pour|danke fur|grazie per|شكرا على|شكرا ع|ممنون بابت|مرسی بابت|terima kasih (?:atas|untuk)|makasih (?:atas|udah)|cam on (?:vi|da))(?![\p{L}])/u;

/**
 * "Thanks for the refill on 9910283!": every action word stands right after thanks for it,
 * so the action is done and nothing is asked. A later action word ("...but it dropped
 * again") or a question keeps the message a request.
 */
// "Thanks for the refill! But now 2 is dropping too": a contrast or "too" after the thanks
// brings a new request in words the lists may lack.
const MORE_AFTER_THANKS =
  /(?<![\p{L}])(?:but|also|too|again|но|тоже|также|опять|але|теж|також|знову|pero|tambien|mas|tambem|mais|aussi|aber|auch|ma|anche|ama|fakat|tapi|juga|lekin|magar|bhi|nhung|cung|اما|لكن|بس|ولی|ولي|هم)(?![\p{L}])/u;

export function onlyThanked(folded: string, hits: IntentHit[]): boolean {
  if (hits.length === 0 || /[?؟]/u.test(folded)) return false;
  const ends = [...folded.matchAll(new RegExp(THANKS_FOR.source, 'gu'))].map((m) => m.index + m[0].length);
  if (ends.length > 0 && MORE_AFTER_THANKS.test(folded.slice(ends[0]))) return false;
  return hits.every((h) => ends.some((end) => h.start >= end && /^[^.!?\n,;]{0,20}$/u.test(folded.slice(end, h.start))));
}

// "orders 1 & 2: the first one arrived, the second is stuck": ordinal words stand for the
// IDs in the order the message named them.
const ORDINALS: Term[][] = [
  ['first', "first's", 'first one', '1st', '1re', 'la 1ere', 'top one', 'celle du haut', 'celui du haut', 'erste', 'birinci', 'birinciye', 'birincide', 'birincisine', 'والاول', 'первый', 'первая', 'первое', 'первую', 'первому', 'первого', 'перший', 'першого', 'перша', 'перше', 'першу', 'першому', 'el primero', 'la primera', 'del primero', 'do primeiro', 'o primeiro', 'a primeira', 'le premier', 'la premiere', 'der erste', 'die erste', 'das erste', 'den ersten', 'dem ersten', 'der ersten', 'il primo', 'la prima', 'ilki', 'ilk', 'ilkine', 'birincisi*', 'الاول', 'الأول', 'اولی', 'pehla', 'pehle wala', 'pehle wale', 'سفارش اول', 'مورد اول', 'aval ro', 'pehle vale', 'pehla wala', 'pehle wali', 'pehli wali', 'ilki*', 'birinci*', 'avali', 'avvali', 'avalio', 'avaliro', 'الأولى', 'الاولى', 'الاوله', 'el awal', 'el awel', 'el awwal', 'اولیه رو', 'اولیو', 'yg pertama', 'pervyj', 'pervyi', 'pervyy', 'don 1', 'don thu 1', 'yang pertama', 'pertama', 'cai dau', 'don dau'],
  ['second', "second's", 'second one', '2nd', '2e', '2eme', 'zweite', 'والثاني', 'والتاني', 'второй', 'вторая', 'второе', 'вторую', 'второму', 'второго', 'другий', 'другого', 'друга', 'друге', 'другу', 'другому', 'el segundo', 'la segunda', 'del segundo', 'do segundo', 'o segundo', 'a segunda', 'le deuxieme', 'la deuxieme', 'le second', 'la seconde', 'der zweite', 'die zweite', 'das zweite', 'den zweiten', 'dem zweiten', 'der zweiten', 'il secondo', 'la seconda', 'ikincisi*', 'ikinci', 'الثاني', 'التاني', 'دومی', 'doosra', 'dusra', 'dusre', 'doosre', 'doosre wale', 'سفارش دوم', 'مورد دوم', 'dovom ro', 'dusre wale', 'doosra wala', 'dusra wala', 'doosri wali', 'dusri wali', 'ikinci*', 'dovomi', 'dovvomi', 'dovomio', 'dovomiro', 'الثانية', 'التانية', 'el tani', 'el thani', 'el tany', 'دومیه', 'دومیو', 'yg kedua', 'vtoroj', 'vtoroi', 'vtoroy', 'don 2', 'don thu 2', 'deusieme', 'yang kedua', 'kedua', 'cai thu hai', 'don thu hai'],
  ['third', "third's", 'third one', '3rd', '3e', '3eme', 'dritte', 'والثالث', 'والتالت', 'третий', 'третья', 'третье', 'третью', 'третьему', 'третьего', 'третій', 'третього', 'третя', 'третє', 'el tercero', 'la tercera', 'del tercero', 'do terceiro', 'o terceiro', 'a terceira', 'le troisieme', 'la troisieme', 'der dritte', 'die dritte', 'das dritte', 'den dritten', 'dem dritten', 'der dritten', 'il terzo', 'la terza', 'ucuncusu*', 'ucuncu', 'الثالث', 'التالت', 'سومی', 'teesra', 'tisra', 'teesre', 'tisre', 'teesre wale', 'سفارش سوم', 'مورد سوم', 'sevom ro', 'tisre wale', 'teesra wala', 'ucuncu*', 'sevomi', 'sevvomi', 'sevomiro', 'الثالثة', 'التالتة', 'el talet', 'el talt', 'el thaleth', 'el talit', 'yg ketiga', 'tretij', 'tretii', 'don 3', 'don thu 3', 'yang ketiga', 'ketiga', 'cai thu ba', 'don thu ba'],
];

// "#1 and #5 dropped", "Number 2: refill it": a place in the list by its number. German
// writes ordinals as digits with a point: "die 2. Bestellung".
const byNumber = (k: number): RegExp =>
  new RegExp(`(?:#|№|(?<![\\p{L}])(?:number|nr\\.?|nummer|numero|номер)\\s*)${k}(?![\\p{N}]|[.,/]\\d)|(?<![\\p{L}])(?:die|der|den|dem|das)\\s+${k}\\.(?=\\s+\\p{L})`, 'u');

// "All of them", "all three": a clause pointing at every listed order ("1 slow, 2 stuck, 3 dropped. refund all three").
const ALL_LISTED: Term[] = ['all of them', 'all three'];
const everyListed = (n: number): number[] => [...Array(n).keys()];
// "Both" is two orders: every one of two, else the two named last before it ("refill 1 and
// 2, both dropped. 3 is fine").
const BOTH: Term[] = ['both', 'both of them', 'оба', 'обе', 'обоим', 'обидва', 'обидві', 'los dos', 'las dos', 'ambos', 'ambas', 'os dois', 'as duas', 'les deux', 'tous les deux', 'beide', 'beiden', 'entrambi', 'tutti e due', 'ikisi de', 'ikisini de', 'ikisine de', 'her ikisi', 'الاثنين', 'الثنين', 'هر دو', 'هردو', 'dono', 'donon', 'dua-duanya', 'keduanya', 'ca hai'];

// "My first time", "pertama kali", "ilk kez": an ordinal before a word for "time" points at nothing.
const FIRST_TIME = /^\s+(?:time|kali|kez|defa|kere|раз|vez|fois|mal|volta|lan|baar|bar|مره|بار)(?![\p{L}])/u;

// More words that point at listed orders by place: "the last one", "the middle one", "the
// first two". Each picks positions out of the n orders listed.
// `before` is how many of them were named before the pointer.
const POINTERS: Array<{ terms: Term[]; pick: (n: number, before: number) => number[] }> = [
  ...ORDINALS.map((terms, k) => ({ terms, pick: () => [k] })),
  ...[1, 2, 3, 4, 5, 6].map((k) => ({ terms: [byNumber(k)], pick: () => [k - 1] })),
  { terms: ['fourth', '4th', '4e', '4eme', 'vierte', 'والرابع', 'dorduncuye', 'dorduncuyu', 'chautha', 'chauthe', 'chetvertyj', 'don 4', 'четвертый', 'четвертому', 'четвертий', 'el cuarto', 'o quarto', 'le quatrieme', 'la quatrieme', 'der vierte', 'il quarto', 'dorduncu', 'الرابع', 'چهارمی', 'keempat', 'thu tu'], pick: () => [3] },
  { terms: ['last one', "last one's", 'the last', 'bottom one', 'celle du bas', 'celui du bas', 'والاخير', 'latest one', 'последний', 'последнего', 'последнему', 'последнюю', 'последнее', 'останній', 'останнього', 'останнє', 'el ultimo', 'la ultima', 'o ultimo', 'a ultima', 'le dernier', 'la derniere', 'der letzte', 'den letzten', 'der letzten', 'die letzte', "l'ultimo", "l'ultima", 'sonuncu', 'sonuncusu*', 'sonuncu*', 'last wala', 'last wale', 'aakhri wala', 'akhri wala', 'aakhri wale', 'akhri wale', 'akhari', 'akharie', 'akhar ro', 'baad wala', 'baad wale', 'baad vala', 'yg belakang', 'الأخيرة', 'الاخيرة', 'yg terakhir', 'الاخير', 'الأخير', 'اخري', 'آخری', 'aakhri', 'akhri', 'yang terakhir', 'terakhir', 'cai cuoi', 'don cuoi'], pick: (n) => [n - 1] },
  { terms: ['fifth', '5th', 'пятый', 'пятому', 'пятого', 'пятую', "п'ятий", "п'ятого", "п'яте", 'el quinto', 'la quinta', 'o quinto', 'a quinta', 'le cinquieme', 'la cinquieme', 'der funfte', 'die funfte', 'den funften', 'funfte', 'il quinto', 'la quinta', 'besinci', 'besinciyi', 'الخامس', 'والخامس', 'پنجمی', 'kelima', 'yang kelima', 'thu nam', 'don thu nam', 'paanchva', 'panchva'], pick: () => [4] },
  { terms: ['second to last', 'second-to-last', 'penultimate', 'предпоследний', 'предпоследнего', 'предпоследнему', 'передостанній', 'передостаннє', 'передостаннього', 'el penultimo', 'la penultima', 'o penultimo', 'a penultima', "l'avant-dernier", "l'avant-derniere", 'der vorletzte', 'die vorletzte', 'den vorletzten', "il penultimo", "la penultima", 'sondan ikinci', 'قبل الاخير', 'یکی مونده به آخر'], pick: (n) => (n >= 3 ? [n - 2] : []) },
  { terms: ['middle one', 'the middle', 'die mittlere', 'das mittlere', 'el del medio', 'la del medio', 'o do meio', 'a do meio', 'quello in mezzo', 'quella in mezzo', 'средний', 'среднему', 'середній', 'середнє', 'середнього', 'del medio', 'do meio', 'du milieu', 'celle du milieu', 'den mittleren', 'der mittlere', 'in mezzo', 'quello centrale', 'ortadaki*', 'الاوسط', 'الوسط', 'وسطی', 'beech wala', 'yang tengah', 'cai giua', 'don giua'], pick: (n) => (n === 3 ? [1] : []) },
  { terms: ['the middle two', 'the two in the middle', 'middle ones', 'los del medio', 'las del medio', 'os do meio', 'as do meio', 'ceux du milieu', 'celles du milieu', 'die mittleren', 'den mittleren beiden', 'quelli in mezzo', 'quelle in mezzo', 'quelli centrali', 'средние', 'средним', 'середні', 'середнім', 'ortadakiler*', 'yang tengah-tengah'], pick: (n) => (n >= 4 ? [...Array(n - 2).keys()].map((k) => k + 1) : []) },
  { terms: ['first two', 'first 2', 'первые два', 'первые две', 'первым двум', 'первых двух', 'перші два', 'першим двом', 'los dos primeros', 'las dos primeras', 'los 2 primeros', 'os dois primeiros', 'as duas primeiras', 'os 2 primeiros', 'dois primeiros', 'duas primeiras', 'dos primeros', 'dos primeras', 'deux premiers', 'deux premieres', 'primi due', 'prime due', 'les deux premiers', 'les deux premieres', 'les 2 premiers', 'les 2 premieres', 'die ersten zwei', 'die ersten beiden', 'den ersten beiden', 'i primi due', 'le prime due', 'ilk ikisi', 'ilk iki', 'pehle do', 'pehle 2', 'dua pesanan pertama', '2 pesanan pertama', 'dua pertama', 'dua yang pertama', 'hai don dau', '2 don dau', '2 pertama', 'yg 2 pertama', 'yang 2 pertama', 'دوتای اول', 'دو تای اول', 'دو مورد اول', 'دو سفارش اول', 'دو تا اول', 'ilk ikisini', 'ilk ikisine', 'ersten 2', 'ersten zwei', 'ersten beiden', 'primeros 2', 'primeras 2', 'primeiros 2', 'primeiras 2', 'primi 2', 'prime 2', 'первые 2', 'перші 2', 'ilk 2', 'الاولين', 'الأولين', 'الاوليين', 'الأوليين', 'الاثنين الاولين', 'اول اثنين', 'el etnein el awalaneen', 'first couple'], pick: () => [0, 1] },
  { terms: ['first three', 'first 3', 'первые три', 'перші три', 'los tres primeros', 'os tres primeiros', 'les trois premiers', 'les trois premieres', 'die ersten drei', 'i primi tre', 'ilk uc', 'pehle teen', 'pehle teeno', 'pehle teenon', 'tiga pertama', 'ba don dau', 'ilk ucu', 'ilk ucunu', '3 pertama', 'سه تای اول', 'اول ثلاثة', '3 don dau'], pick: () => [0, 1, 2] },
  { terms: ALL_LISTED, pick: everyListed },
  { terms: BOTH, pick: (n, before) => (n === 2 ? [0, 1] : before >= 2 ? [before - 2, before - 1] : []) },
  { terms: ['last three', 'last 3', 'последние три', 'останні три', 'los tres ultimos', 'os tres ultimos', 'les trois derniers', 'die letzten drei', 'gli ultimi tre', 'son ucu', 'son ucunu', 'son uc', 'tiga terakhir', 'سه تای آخر', 'ba don cuoi', 'ba don sau'], pick: (n) => [n - 3, n - 2, n - 1] },
  { terms: ['last two', 'last 2', 'последние два', 'последние две', 'останні два', 'los dos ultimos', 'las dos ultimas', 'dos ultimos', 'dois ultimos', 'duas ultimas', 'deux derniers', 'deux dernieres', 'ultimi due', 'os dois ultimos', 'as duas ultimas', 'les deux derniers', 'les deux dernieres', 'les 2 dernieres', 'les 2 derniers', 'die letzten zwei', 'die letzten beiden', 'gli ultimi due', 'le ultime due', 'son ikisi', 'son iki', 'aakhri do', 'dua terakhir', 'hai don cuoi', '2 terakhir', 'yg 2 terakhir', 'yang 2 terakhir', 'son ikisini', 'son ikisine', 'دوتای آخر', 'دو تای آخر', 'دوتای آخرو', 'دو تای آخرو', 'الاثنين الاخيرين', 'el etnein el akhraneen', '2 don sau', 'hai don sau', '2 don cuoi', 'letzten 2', 'ultimos 2', 'ultimas 2', 'ultimi 2', 'ultime 2', 'последние 2', 'останні 2', 'son 2', 'الاخيرين', 'الأخيرين', 'الاخيرتين', 'الأخيرتين', 'اخر اثنين', 'آخر اثنين'], pick: (n) => [n - 2, n - 1] },
];

// "Only 2 arrived, speed up the rest": the listed orders not named before. "The rest of 1"
// is the undelivered part of an order, not other orders.
const REST: Term[] = ['die anderen beiden', 'die anderen zwei', 'baaki dono', 'baki dono', 'los otros dos', 'las otras dos', 'os outros dois', 'as outras duas', 'les deux autres', 'gli altri due', 'le altre due', 'другие два', 'другие две', 'остальные два', 'остальные две', 'інші два', 'інші дві', 'diger ikisi', 'diger ikisini', 'diger ikisine', 'dua lainnya', 'hai don con lai', 'the rest', 'the others', 'the other ones', 'the other two', 'the remaining', 'all the others', 'остальные', 'остальным', 'остальных', 'другие', 'решту', 'решта', 'інші', 'іншим', 'інших', 'los demas', 'las demas', 'el resto', 'los otros', 'las otras', 'os outros', 'as outras', 'o resto', 'les autres', 'le reste', 'die anderen', 'die restlichen', 'den rest', 'gli altri', 'le altre', 'il resto', 'digerleri', 'digerlerini', 'digerlerine', 'kalanlar', 'kalanlari', 'kalanlara', 'الباقي', 'الباقين', 'الباقيه', 'الباقية', 'بقيه', 'بقیه', 'باقی', 'باقيشون', 'baaki', 'baki sab', 'sisanya', 'yang lain', 'lainnya', 'con lai', 'may don con lai', 'cac don con lai'];
const REST_OF = /^\s+(?:of|do|da|del|de|du|des|von|vom|der|della|dello|из|з|ng|dari|cua|از|من)(?![\p{L}])/u;

let compiled: CompiledTerm[] | undefined;
function settledTerms(): CompiledTerm[] {
  compiled ??= compileTerms(Object.values(SETTLED_WORDS).flat());
  return compiled;
}

let pointers: Array<{ terms: CompiledTerm[]; pick: (n: number, before: number) => number[] }> | undefined;
function pointerTerms() {
  pointers ??= POINTERS.map(({ terms, pick }) => ({ terms: compileTerms(terms), pick }));
  return pointers;
}

let rest: CompiledTerm[] | undefined;
function restTerms(): CompiledTerm[] {
  rest ??= compileTerms(REST);
  return rest;
}

/** Where "the rest" stands in `text`, leaving out "the rest of" one order. */
function restWords(text: string) {
  return findAll(restTerms(), text).filter((m) => !REST_OF.test(text.slice(m.end)));
}

/**
 * The listed positions a clause points at ("the first two", "the last one"), each where its
 * own pointer stands: "refill the first two and speed up the third" points twice.
 */
function pointedAt(clause: string, n: number, named?: Set<number>, before = n): Array<{ pick: number; at: Span; rest?: true }> {
  // The longest pointer wins where two overlap: "the first two" is not "the first".
  // "The other two" is the rest, not "two" or "both".
  const restAt = findAll(restTerms(), clause);
  const found = pointerTerms()
    .flatMap(({ terms, pick }) => findAll(terms, clause).map((m) => ({ ...m, pick })))
    .filter((m) => !FIRST_TIME.test(clause.slice(m.end)) && !restAt.some((r) => m.start < r.end && r.start < m.end))
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  const taken: typeof found = [];
  for (const m of found) if (!taken.some((t) => m.start < t.end && t.start < m.end)) taken.push(m);
  taken.sort((a, b) => a.start - b.start);
  // "Cancel all of them except the last": a pointer at every order picks nothing out
  // beside one that does.
  const some = taken.filter((m) => m.pick !== everyListed);
  const out: Array<{ pick: number; at: Span; rest?: true }> = [];
  for (const m of some.length > 0 ? some : taken) {
    for (const k of m.pick(n, before)) if (k >= 0 && k < n && !out.some((o) => o.pick === k)) out.push({ pick: k, at: { from: m.start, to: m.end } });
  }
  // "The rest" picks what neither this clause nor an earlier one named.
  // A clause with other pointers ("the last 2 are pending, the rest done") is left to them.
  const others = named === undefined || out.length > 0 ? [] : restWords(clause);
  for (const m of others.slice(0, 1)) {
    const left = [...Array(n).keys()].filter((k) => !named!.has(k) && !out.some((o) => o.pick === k));
    if (left.length > 0 && left.length < n) out.push(...left.map((k) => ({ pick: k, at: { from: m.start, to: m.end }, rest: true as const })));
  }
  return out;
}

interface Span {
  from: number;
  to: number;
}

/**
 * "1, 2, 3: refund the second", "von 1, 2 und 3 die erste stornieren": words after a bare
 * list of every order (three or more) that point into it are a clause of their own. Returns
 * where each such clause starts.
 */
function listPointerCuts(folded: string, mentions: IdMention[], ends: number[]): number[] {
  const n = new Set(mentions.map((m) => m.id)).size;
  if (n < 3) return [];
  const cuts: number[] = [];
  [...ends, folded.length].forEach((end, k, all) => {
    const from = k === 0 ? 0 : all[k - 1]!;
    let j = mentions.reduce((at, m, i) => (m.start >= from && m.end <= end ? i : at), -1);
    if (j < 0) return;
    const last = mentions[j]!;
    const run = [last];
    for (; j > 0 && LIST_JOIN.test(folded.slice(mentions[j - 1]!.end, mentions[j]!.start)); j--) run.push(mentions[j - 1]!);
    if (new Set(run.map((m) => m.id)).size < n) return;
    const tail = folded.slice(last.end, end);
    // "Keep the first, cancel the rest" is left whole: a clause reads "the rest" only alone.
    // Nor is "cancel all of them": one pointer at every order picks nothing out.
    const pointed = pointedAt(tail, n);
    const atEvery = pointed.some((p) => pointed.filter((q) => q.at.from === p.at.from).length === n);
    if (pointed.length > 0 && !atEvery && findAll(restTerms(), tail).length === 0) cuts.push(last.end);
  });
  return cuts;
}

/**
 * Clause ends, and the start of each ID whose predecessor is followed straight away by what
 * is said of it: "16101101 (ok) 16101105 (dropped)" and "1: done 2: stuck" hold one clause
 * per ID. "1 and 2 arrived" stays one clause; "said" are where fine and action words start.
 * A pointer after a bare list starts one too (listPointerCuts).
 */
function clauses(folded: string, mentions: IdMention[], said: number[]): Span[] {
  // "L'ordine 2 invece è a posto": a contrast word straight after an ID sets that order
  // against the ones before; it does not part the order from its own words.
  // "Il 1 invece, il 2 è fermo" still parts: the words after it name an order of their own.
  const all = [...folded.matchAll(CLAUSE_END)];
  const afterId = (at: number) => mentions.some((m) => m.end <= at && /^\s*$/u.test(folded.slice(m.end, at)));
  const ownId = (k: number) => mentions.some((m) => m.start > all[k]!.index && m.start < (all[k + 1]?.index ?? folded.length));
  // Only the contrast words that follow their subject do this ("invece", "hingegen"); "but" opens.
  const ends = all.filter((m, k) => !(/^\s(?:invece|hingegen|dagegen)$/u.test(m[0]) && afterId(m.index) && !ownId(k))).map((m) => m.index + m[0].length);
  const cuts = [...ends];
  mentions.forEach((m, k) => {
    const prev = mentions[k - 1];
    if (!prev || ends.some((e) => e > prev.end && e <= m.start)) return;
    const lead = /^[\s:()\[\]\-–—>→=]*/u.exec(folded.slice(prev.end, m.start))![0].length;
    if (said.includes(prev.end + lead)) cuts.push(m.start);
  });
  cuts.push(...listPointerCuts(folded, mentions, ends));
  const sorted = [...new Set(cuts)].filter((c) => c > 0 && c < folded.length).sort((a, b) => a - b);
  return [0, ...sorted].map((from, k) => ({ from, to: sorted[k] ?? folded.length }));
}

interface Stretch extends Span {
  ids: string[];
  /** The clause that names the IDs: only there does a "fine" word settle them. */
  head: Span;
  clauses: Span[];
  /** Where "the second" stood for each ID, when the IDs were pointed at rather than named. */
  pointers?: Map<string, { start: number; end: number }>;
  /** Opened by "the rest": what follows is said of the orders before, not of the rest. */
  rest?: boolean;
}

/** Positions (in `order`) of the orders a stretch pointed at, or named again after listing them. */
function namedBefore(out: Stretch[], order: string[]): Set<number> {
  const named = new Set<number>();
  const seen = new Set<string>();
  for (const st of out) for (const id of st.ids) {
    if (st.pointers !== undefined || seen.has(id)) named.add(order.indexOf(id));
    seen.add(id);
  }
  return named;
}

/**
 * The message as stretches, each about its own IDs: a clause naming IDs (or "the second")
 * opens one, and the clauses after it without IDs belong to it. Those later clauses can
 * only keep its orders asked about ("4471902 completed, but 300 dropped"), never settle
 * them: "cancel 1, 2, 3. The live is over" does not make 3 fine.
 */
function stretches(folded: string, mentions: IdMention[], said: number[], asks: number[]): Stretch[] {
  const order = [...new Set(mentions.map((m) => m.id))];
  const out: Stretch[] = [];
  // A stretch of IDs and separators only, ending in a comma ("1," or "orders 1, 2,").
  const bare = (st: Stretch) => {
    const at = mentions.find((m) => m.start >= st.from && m.start < st.to)?.start ?? st.from;
    const tail = folded.slice(at, st.to);
    return st.clauses.length === 1 && st.pointers === undefined && /^[^\p{L}]*[,،]\s*$/u.test(tail) && !said.some((x) => x >= st.from && x < st.to);
  };
  // A stretch of words, a colon and IDs ending in a comma ("do not cancel: 1, 2,").
  const colonRun = (st: Stretch) => {
    const at = mentions.find((m) => m.start >= st.from && m.start < st.to)?.start ?? st.from;
    return st.clauses.length === 1 && st.pointers === undefined && /\p{L}[^\p{L}]*[:：]\s*[#№]?\s*$/u.test(folded.slice(st.from, at)) && /^[^\p{L}]*[,،]\s*$/u.test(folded.slice(at, st.to));
  };
  for (const span of clauses(folded, mentions, said)) {
    let ids = [...new Set(mentions.filter((m) => m.start >= span.from && m.start < span.to).map((m) => m.id))];
    const text = folded.slice(span.from, span.to);
    // "The rest" counts only beside an action or state word: "sort out the rest?" asks nothing new.
    const speaks = said.some((x) => x >= span.from && x < span.to);
    const pointed = (out.length > 0 && ids.length === 0 ? pointedAt(text, order.length, namedBefore(out, order), new Set(mentions.filter((m) => m.start < span.from).map((m) => m.id)).size) : []).filter((p) => !p.rest || speaks);
    // "1, 2, 3, 4. Cancel all except the last": the pointer picks the ones left out.
    // "All fine except the third" points at the third: the exception is to a state.
    const stateBefore = (at: Span) => said.some((x) => x >= span.from && x < span.from + at.from) && !asks.some((x) => x >= span.from && x < span.from + at.from);
    const except = pointed.length > 0 && pointed.every(({ at }) => (EXCEPT.test(text.slice(0, at.from)) || EXCEPT_AFTER.test(text.slice(at.to))) && !stateBefore(at));
    const picked = except
      ? order.flatMap((id, k) => (pointed.some((p) => p.pick === k) ? [] : [{ id, at: pointed[0]!.at }]))
      : pointed.map(({ pick, at }) => ({ id: order[pick]!, at }));
    const pointers = new Map(picked.map(({ id, at }) => [id, { start: span.from + at.from, end: span.from + at.to }]));
    if (pointers.size > 0) ids = [...pointers.keys()];
    const last = out.at(-1);
    // "Bitte NICHT stornieren: 1, 2": IDs listed after a colon share the state before it.
    // An ask before the colon is shared by the assignment of intents already.
    if (ids.length > 0 && pointers.size === 0 && !/\p{L}/u.test(text) && last && colonRun(last) && said.some((x) => x >= last.from && x < last.to) && !asks.some((x) => x >= last.from && x < last.to)) {
      last.ids = [...new Set([...last.ids, ...ids])];
      last.to = span.to;
      last.head = last.clauses[0] = { from: last.from, to: span.to };
      continue;
    }
    // "1, 2, 3 are fine": IDs listed bare, comma after comma, share the words after the last.
    // Only a state is shared: "1, 2, 3 cancel all, but 2 can stay" still lets 2 be.
    const saysOwn = ids.length > 0 && pointers.size === 0 && !asks.some((x) => x >= span.from && x < span.to) && /^[\s#№(]*\d[^\p{L}]*\p{L}/u.test(text) && !/^[^\p{L}]*:/u.test(text) && pointedAt(text, order.length).length === 0;
    let first = out.length;
    while (saysOwn && first > 0 && bare(out[first - 1]!) && out[first - 1]!.to === (out[first]?.from ?? span.from)) first--;
    if (first < out.length) {
      const merged = out.splice(first);
      const from = merged[0]!.from;
      const all = { from, to: span.to };
      out.push({ ...all, ids: [...new Set([...merged.flatMap((m) => m.ids), ...ids])], head: all, clauses: [all] });
    } else if (ids.length === 0 && last?.rest) {
      // "The others are fine. Refill those two": the ask is not the rest's.
      continue;
    } else if (ids.length === 0 && last && /^\s*\p{Extended_Pictographic}/u.test(folded.slice(last.from, last.to)) && folded.charAt(span.from - 1) === '\n') {
      // "✔ 1\n✖ 2\nplease fix": a line after a marked line speaks of the list, not of its last order.
      continue;
    } else if (ids.length === 0 && last) {
      // "9950150 — bien.": a clause of bare IDs takes the next one as its words.
      const lead = folded.slice(last.from, last.to);
      if (last.clauses.length === 1 && !/\p{L}/u.test(lead) && /(?:[—–\-→:>]|\p{Extended_Pictographic}\uFE0F?)\s*$/u.test(lead)) last.head = { from: last.from, to: span.to };
      last.to = span.to;
      last.clauses.push(span);
    } else if (ids.length > 0) out.push({ ...span, ids, head: span, clauses: [span], ...(pointers.size > 0 && { pointers }), ...(pointed.length > 0 && pointed.every((p) => p.rest) && { rest: true }) });
  }
  return out;
}

// "refill 1112291 but not 1112295", "sauf la 1612295": an order named right after "but not"
// or "except" is left out of the action beside it.
const EXCLUDED_BEFORE =
  /(?<![\p{L}])(?:but not|and not|not|except(?: for)?|apart from|mais pas|sauf|pero no|excepto|salvo|menos|mas nao|exceto|aber nicht|und nicht|ausser|ma non|tranne|eccetto|но не|а не|кроме|за исключением|але не|крім|окрім|за винятком|haric|kecuali|tapi bukan|ngoai tru|tru|lekin nahi|siwa|ما عدا|ماعدا|عدا|باستثناء|الا|غير|به جز|بجز|جز)\s+(?:(?:la|el|le|o|a|do|da|del|du|dem|the|der|die|das|den|il|lo|order|pedido|commande|auftrag|ordine|заказ|замовлення)\s+)?[#№]?$/u;

// Words that join listed IDs: "except 1, 2 and 3" excludes all three.
const LIST_JOIN = /^\s*(?:[,،&+\/]|and|и|і|та|y|e|et|und|ve|dan|aur|va|و)?\s*(?:[,،]\s*)?[#№]?$/u;
const EXCEPT = /(?<![\p{L}])(?:except(?: for)?|apart from|but not|sauf|excepto|salvo|menos|exceto|ausser|tranne|eccetto|кроме|крім|окрім|haric|kecuali|ngoai tru|tru|siwa|ma3ada|ma3da|ما عدا|ماعدا|عدا|باستثناء|الا|غير|به جز|بجز|جز)\s+(?:(?:the|el|la|le|o|a|der|die|das|den|il|lo)\s+)?$/u;

// "sonuncu hariç", "aakhri wale ko chhodkar": languages that put "except" after the pointer.
const EXCEPT_AFTER = /^(?:\s+\p{L}+){0,2}?\s+(?:haric|disinda|chhodkar|chhod ke|chhodke|chod ke|chodkar|ke alawa|ke siwa|ke ilava)(?![\p{L}])/u;

/**
 * "1, 2, 3, 4 — cancel all of them, except the last": the order a pointer after "except"
 * stands for is left out, wherever the action was said. Only a pointer after every ID
 * points back into the list, and an order pointed at again ("the last one — when?") stays.
 */
function exceptedByPointer(folded: string, mentions: IdMention[], words: Span[], hits: Span[]): string[] {
  const order = [...new Set(mentions.map((m) => m.id))];
  const listEnd = mentions.at(-1)?.end ?? 0;
  if (order.length < 2) return [];
  // Per sentence: pointedAt names each position once, and "the last" may come twice.
  const pointed = [...folded.slice(listEnd).matchAll(/[^.!?\n]+/gu)].flatMap((s) =>
    pointedAt(s[0], order.length).map(({ pick, at }) => ({ pick, at: { from: s.index + at.from, to: s.index + at.to } })),
  );
  const except = (at: Span) => EXCEPT.test(folded.slice(Math.max(listEnd, listEnd + at.from - 30), listEnd + at.from)) || EXCEPT_AFTER.test(folded.slice(listEnd + at.to));
  const again = new Set(pointed.filter(({ at }) => !except(at)).map(({ pick }) => pick));
  return pointed.filter(({ at, pick }) => except(at) && !again.has(pick) && !exceptsState(folded, listEnd, listEnd + at.from, words, hits)).map(({ pick }) => order[pick]!);
}

const SENTENCE_MARK = /[.!?\n]/gu;

/** The sentence around `at` (not reaching back past `floor`), its closing mark left out. */
function sentenceAround(folded: string, at: number, marks = SENTENCE_MARK, floor = 0): Span {
  const from = Math.max(floor, ...[...folded.slice(0, at).matchAll(marks)].map((m) => m.index + 1));
  const end = folded.slice(at).search(marks);
  return { from, to: end < 0 ? folded.length : at + end };
}

/**
 * "All fine except the third", "всі виконані, окрім 6024": an exception to a state, not to
 * an action, is the order asked about. The words before the exception in its sentence
 * decide; only when they say nothing, those after it.
 */
function exceptsState(folded: string, floor: number, at: number, words: Span[], hits: Span[]): boolean {
  const sentence = sentenceAround(folded, at, SENTENCE_MARK, floor);
  for (const part of [{ from: sentence.from, to: at }, { from: at, to: sentence.to }]) {
    const inside = (x: Span) => x.from >= part.from && x.from < part.to;
    if (hits.some(inside)) return false;
    if (words.some(inside)) return true;
  }
  return false;
}

/**
 * Orders named after "except" (and the ones listed straight after them) are left out
 * (`out`); one excepted from a state rather than an action is the one asked about
 * (`fromState`).
 */
function excludedIds(folded: string, mentions: IdMention[], words: Span[], hits: Span[]): { out: Set<string>; fromState: Set<string> } {
  const out = new Set<string>();
  const fromState = new Set<string>();
  // What "except" before the number at `at` does to it, if it stands there.
  const exception = (at: number): 'action' | 'state' | undefined => {
    const lead = EXCLUDED_BEFORE.exec(folded.slice(Math.max(0, at - 30), at));
    if (lead === null) return undefined;
    return exceptsState(folded, 0, at - lead[0].length, words, hits) ? 'state' : 'action';
  };
  let chained = false;
  mentions.forEach((m, k) => {
    const prev = mentions[k - 1];
    const listedAfter = chained && prev !== undefined && LIST_JOIN.test(folded.slice(prev.end, m.start));
    const kind = exception(m.start);
    if (kind === 'state') fromState.add(m.id);
    chained = listedAfter || kind === 'action';
    if (chained) out.add(m.id);
  });
  // "Cancel all except 2. Today's: 1, 2, 3": the number after "except" is read as no order
  // ask of its own, so it is not among the mentions, yet it names the one listed later.
  for (const id of new Set(mentions.map((m) => m.id))) {
    for (let at = folded.indexOf(id); at >= 0; at = folded.indexOf(id, at + 1)) {
      const alone = !/\d/u.test(folded.charAt(at - 1)) && !/\d/u.test(folded.charAt(at + id.length));
      const kind = alone && !mentions.some((m) => m.start === at) ? exception(at) : undefined;
      if (kind === 'state') fromState.add(id);
      else if (kind === 'action') out.add(id);
    }
  }
  return { out, fromState };
}

/**
 * Runs of two or more IDs with pointer words before them and no ID between: after a colon
 * ("speed up the second: 1, 2, 3"), or alone in their sentence after the words
 * ("the second dropped. 1 and 2."). The lead reaches back to the previous ID, so
 * "Geld zurück für die 2. Bestellung, die erste läuft: 1 / 2" keeps both pointers.
 */
function listsAfterPointers(folded: string, mentions: IdMention[]): Array<{ at: number; ids: string[]; lead: string; leadFrom: number }> {
  const out: Array<{ at: number; ids: string[]; lead: string; leadFrom: number }> = [];
  for (const mark of folded.matchAll(/[:：]|[.!?\n]+/gu)) {
    const at = mark.index;
    const run: IdMention[] = [];
    for (const m of mentions.filter((x) => x.start > at)) {
      const from = run.at(-1)?.end ?? at + mark[0].length;
      if (!(run.length === 0 ? /^\s*[#№]?$/u : LIST_JOIN).test(folded.slice(from, m.start))) break;
      run.push(m);
    }
    const ids = [...new Set(run.map((m) => m.id))];
    if (ids.length < 2 || out.some((o) => o.ids.some((id) => ids.includes(id)))) continue;
    const colon = /[:：]/u.test(mark[0]);
    // A sentence of bare IDs only: "1, 2, 3 are fine" says its own words.
    if (!colon && /\p{L}/u.test(folded.slice(run.at(-1)!.end).split(/[.!?\n]/u)[0]!)) continue;
    // After a colon the pointers stand in its sentence ("die 2." is an ordinal, not an end);
    // a sentence of bare IDs is pointed at by the sentences since the previous ID.
    const since = Math.max(0, ...mentions.filter((m) => m.end <= at).map((m) => m.end));
    const leadFrom = colon ? Math.max(since, ...[...folded.slice(0, at).matchAll(/(?<!(?:^|\s)\d)\.|[!?\n]/gu)].map((m) => m.index + 1)) : since;
    out.push({ at, ids, lead: folded.slice(leadFrom, at), leadFrom });
  }
  return out;
}

/**
 * "Speed up the second and the third: 1, 2, 3", "cancel all except the first: 1, 2, 3": a
 * pointer before a colon and a run of IDs picks out of that run; the rest is only listed.
 * "First and second refill, the third leave it: 1, 2, 3": each clause before the colon
 * points with its own words, so a picked order is read where it was pointed at (`moved`),
 * and one pointed at only with words that let it be is left out too.
 */
function pickedAfterPointer(folded: string, mentions: IdMention[], fine: number[], asks: number[]): { unpicked: Set<string>; moved: Map<string, Span[]> } {
  const unpicked = new Set<string>();
  const moved = new Map<string, Span[]>();
  for (const { at: runAt, ids, lead, leadFrom } of listsAfterPointers(folded, mentions)) {
    const pointed = pointedAt(lead, ids.length, undefined, 0);
    // "The first refill, the other two speed up: 1, 2, 3": the rest is what no pointer named.
    const restAt = pointed.length > 0 ? restWords(lead) : [];
    for (const m of restAt.slice(0, 1)) {
      const left = ids.map((_, k) => k).filter((k) => !pointed.some((p) => p.pick === k));
      pointed.push(...left.map((pick) => ({ pick, at: { from: m.start, to: m.end }, rest: true as const })));
    }
    if (pointed.length === 0) continue;
    const except = pointed.some(({ at }) => EXCEPT.test(lead.slice(0, at.from)));
    const picked = new Set(pointed.map(({ pick }) => ids[pick]!));
    const notPicked = ids.filter((id) => !picked.has(id));
    for (const id of ids) if (picked.has(id) === except) unpicked.add(id);
    if (except) continue;
    // Each pointer takes the words after it up to the next pointer or clause end ("the
    // third — leave it"), else those before it in its clause ("cancel the first"), else what
    // the next pointer takes ("the first and the second are fine"). Words that let an order
    // be, with no action beside them, leave it out.
    const cuts = [...lead.matchAll(CLAUSE_END)].filter((m) => !/^\s[—–-]$/u.test(m[0]));
    const ends = [0, ...cuts.map((m) => m.index + m[0].length), lead.length];
    // One entry per pointer: "the first two" picks two orders at one place.
    const spots = [...new Map(pointed.map((p) => [p.at.from, p.at])).values()].sort((a, b) => a.from - b.from);
    const state = (from: number, to: number): 'ask' | 'fine' | undefined => {
      const inside = (x: number) => x >= leadFrom + from && x < leadFrom + to;
      if (asks.some(inside)) return 'ask';
      return fine.some(inside) ? 'fine' : undefined;
    };
    let next: 'ask' | 'fine' = 'ask';
    for (let k = spots.length - 1; k >= 0; k--) {
      const at = spots[k]!;
      const clauseFrom = Math.max(...ends.filter((e) => e <= at.from));
      const clauseTo = Math.min(...ends.filter((e) => e > at.from));
      const after = state(at.from, Math.min(spots[k + 1]?.from ?? clauseTo, clauseTo));
      const before = state(Math.max(spots[k - 1]?.to ?? clauseFrom, clauseFrom), at.from);
      // "Les 2 premières, laissez": a pointer alone in its clause takes the next clause's words.
      const alone = !/\p{L}/u.test(lead.slice(clauseFrom, at.from) + lead.slice(at.to, clauseTo));
      const nextClauseTo = Math.min(lead.length, ...ends.filter((e) => e > clauseTo));
      const nextTo = Math.min(nextClauseTo, spots[k + 1]?.from ?? lead.length);
      const following = alone && clauseTo < nextTo ? state(clauseTo, nextTo) : undefined;
      // The rest with no words of its own is let be: "cancel the middle one, the others may go on".
      const isRest = pointed.some((p) => p.at.from === at.from && p.rest === true);
      // "The first and the second are fine": a bare pointer shares the words of the next
      // one in its clause (or, alone in its clause, in the next: "pehla, dusra dono complete").
      const own = after ?? before ?? following;
      const reach = alone ? nextClauseTo : clauseTo;
      const shared: 'ask' | 'fine' = spots[k + 1] !== undefined && spots[k + 1]!.from < reach ? next : 'ask';
      const fate: 'ask' | 'fine' = own ?? (isRest ? 'fine' : shared);
      next = fate;
      for (const { pick } of pointed.filter((p) => p.at.from === at.from)) {
        const id = ids[pick]!;
        if (fate === 'fine') unpicked.add(id);
        else moved.set(id, [...(moved.get(id) ?? []), { from: leadFrom + at.from, to: leadFrom + at.to }]);
      }
    }
    // "Cancel them all, only the last stays: 1, 2, 3, 4": when every pointer lets its order
    // be, the ask before them is for the orders they did not name.
    // They are read where that ask stands, not in the colon's "stays".
    const ask = asks.find((x) => x >= leadFrom && x < runAt);
    if (!ids.some((id) => moved.has(id)) && ask !== undefined) for (const id of notPicked) {
      unpicked.delete(id);
      moved.set(id, [{ from: ask, to: ask + 1 }]);
    }
  }
  for (const id of unpicked) moved.delete(id);
  return { unpicked, moved };
}

/** The mentions minus the IDs of orders the customer only says are fine. */
export function dropSettled(folded: string, mentions: IdMention[], allHits: IntentHit[]): IdMention[] {
  if (new Set(mentions.map((m) => m.id)).size < 2) return mentions;
  const { asks, refused } = splitRefused(folded, allHits);
  const words = [...findAll(settledTerms(), folded), ...refused].sort((a, b) => a.start - b.start);
  // "первые два выполнены, спасибо": a "done" word some lexicon also lists as a status ask
  // ("когда будут выполнены?") asks nothing outside a question.
  const inQuestion = (at: number) => {
    const sentence = sentenceAround(folded, at, /[.!?؟\n]/gu);
    return /[?؟]/u.test(folded.slice(sentence.from, sentence.to + 1));
  };
  // "Hält super" is not "halt": an action word inside a longer fine phrase is part of it.
  const inside = (h: IntentHit, strict: boolean) => words.some((w) => w.start <= h.start && h.end <= w.end && (!strict || w.end - w.start > h.end - h.start));
  const hits = asks.filter((h) => !(h.intent === 'status' && inside(h, false) && !inQuestion(h.start)) && !inside(h, true));
  const thanks = [...folded.matchAll(new RegExp(THANKS_FOR.source, 'gu'))].map((m) => m.index);
  const wordSpans = words.map((w) => ({ from: w.start, to: w.end }));
  const hitSpans = hits.map((h) => ({ from: h.start, to: h.end }));
  // "1, 2, 3. All fine except 3": the order excepted from a state (`fromState`) is the one asked about.
  const { out: excluded, fromState } = excludedIds(folded, mentions, wordSpans, hitSpans);
  for (const id of exceptedByPointer(folded, mentions, wordSpans, hitSpans)) excluded.add(id);
  const afterPointer = pickedAfterPointer(folded, mentions, words.map((w) => w.start), hits.map((h) => h.start));
  for (const id of afterPointer.unpicked) excluded.add(id);
  const pointing = fromState.size > 0 || pointerTerms().some(({ terms }) => findAll(terms, folded).length > 0);
  const repeated = new Set(mentions.map((m) => m.id)).size < mentions.length;
  if (words.length === 0 && thanks.length === 0 && excluded.size === 0 && !pointing && !repeated) return mentions;
  const within = (at: number, span: Span) => at >= span.from && at < span.to;
  // "его не трогайте", "not delivered": a negation outside the "fine" words themselves.
  const unsaid = blankSpans(folded, words);
  const negated = (span: Span) => NEGATION.test(unsaid.slice(span.from, span.to));
  const settled = new Set<string>();
  const asked = new Set<string>();
  // "orders 1, 2, 3. refund the second": where the asked order was pointed at.
  const pointedAsk = new Map<string, Array<{ start: number; end: number }>>();
  const ownAsk = new Set<string>();
  const lists: Span[] = [];
  let previousFine = false;
  for (const span of stretches(folded, mentions, [...words, ...hits].map((w) => w.start), hits.map((h) => h.start))) {
    const thanked = thanks.find((t) => within(t, span.head));
    const said = thanked !== undefined || words.some((w) => within(w.start, span.head));
    const hit = hits.some((h) => within(h.start, span) && (thanked === undefined || h.start < thanked));
    const question = /[?؟]/u.test(folded.slice(span.from, span.to));
    // "1 arrived, 2 too": an order with only "too" after it shares the state before it.
    const alike: boolean = !said && !hit && !question && previousFine && TOO.test(folded.slice(span.from, span.to).replace(/\d+/gu, '').split(/[.,;!\n]/u).find((x) => /\p{L}/u.test(x)) ?? '');
    const fine: boolean = alike || (said && !hit && (thanked !== undefined || !span.clauses.some(negated)) && !question);
    previousFine = fine;
    // A clause that only lists the orders ("orders 1 and 2.") asks nothing of them.
    const listing = !said && !hit && !question && !alike;
    if (!listing) for (const id of span.ids) (fine ? settled : asked).add(id);
    // A scene-setting list comes before any ask; "refill 1, 2 and 3" is one ask cut by commas.
    else if (span.pointers === undefined && !hits.some((h) => h.start < span.from)) lists.push(span);
    if (!listing && !fine) for (const id of span.ids) {
      const pointer = span.pointers?.get(id);
      if (pointer === undefined) ownAsk.add(id);
      else pointedAsk.set(id, [...(pointedAsk.get(id) ?? []), pointer]);
    }
  }
  // Orders only listed, beside ones the customer pointed at and asked about, are not asked:
  // "I ordered twice, 1 and 2. cancel the second". A pointed order only listed before is
  // read where it was pointed at, so the action beside the pointer is its own.
  const listedOnly = (id: string) => !settled.has(id) && !asked.has(id);
  // The words before the colon belong to the pointers, not to the first ID after it.
  for (const id of afterPointer.moved.keys()) settled.delete(id);
  let keep = mentions.filter((m) => !excluded.has(m.id) && (!settled.has(m.id) || asked.has(m.id)));
  // "six orders (1, 2, 3, 4, 5, 6); 3 and 5 dropped": orders named again with an ask are the
  // ones asked about, the rest of the list only set the scene. Only their ask is kept.
  const inList = (m: IdMention) => lists.some((span) => within(m.start, span));
  // Orders named again only to be excepted ("1, 2, 3. cancel all except 2") set no scene.
  const renamed = new Set(mentions.filter((m) => inList(m) && ownAsk.has(m.id) && !excluded.has(m.id)).map((m) => m.id));
  if (renamed.size > 0) keep = keep.filter((m) => (renamed.has(m.id) ? !inList(m) : !listedOnly(m.id)));
  // The orders named only before the sentence excepting one from a state are in that state.
  if (fromState.size > 0) {
    const firstAt = Math.min(...[...fromState].map((id) => folded.lastIndexOf(id)));
    const sentenceStart = sentenceAround(folded, firstAt).from;
    const later = (id: string) => folded.indexOf(id, sentenceStart) >= 0;
    if (keep.some((m) => fromState.has(m.id))) keep = keep.filter((m) => fromState.has(m.id) || later(m.id));
  }
  if (pointedAsk.size > 0) {
    keep = keep.filter((m) => pointedAsk.has(m.id) || !listedOnly(m.id));
    const moved = [...pointedAsk].filter(([id]) => !ownAsk.has(id));
    keep = keep.filter((m) => !moved.some(([id]) => id === m.id));
    for (const [id, at] of moved) for (const p of at) keep.push({ id, ...p });
    // "1 and 2 dropped, 3 is slow. Refill the first two, speed up the third": an order
    // with words of its own is also read where it was pointed at, so the action beside the
    // pointer goes to it rather than to the IDs named nearest.
    for (const [id, at] of pointedAsk) if (ownAsk.has(id) && keep.some((m) => m.id === id)) for (const p of at) keep.push({ id, ...p });
    keep.sort((a, b) => a.start - b.start);
  }
  // "First two refill, the third cancel: 1, 2, 3": each picked order stands at its pointer.
  const moved = [...afterPointer.moved].filter(([id]) => keep.some((m) => m.id === id));
  if (moved.length > 0) {
    keep = keep.filter((m) => !afterPointer.moved.has(m.id));
    for (const [id, at] of moved) for (const p of at) keep.push({ id, start: p.from, end: p.to });
    keep.sort((a, b) => a.start - b.start);
  }
  // Pointed and picked orders are put back at their pointers above; none was excepted.
  keep = keep.filter((m) => !excluded.has(m.id));
  return keep.length > 0 ? keep : mentions;
}
