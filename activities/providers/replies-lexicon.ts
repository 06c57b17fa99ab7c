// Words providers use in chat when they answer a refill, cancel or speed-up request: English,
// Russian, Hindi/Urdu written in Latin letters, Turkish. Terms follow the classifier's
// lexicon syntax (folded text; `*` = any letters; a space = any spaces, hyphens or none).
// Lists are grouped by what a match means, not by language: providers mix languages.
import type { Term } from '../classifier/lexicon/types.js';

/** The provider refuses, or says it cannot be done. Beats everything else. */
export const DECLINED: Term[] = [
  // English
  'not possible', 'impossible', 'not eligible', 'not applicable', 'not allowed', 'not supported',
  /(?:can ?not|can'?t|cant|unable to|could not|couldn'?t|won'?t|will not|not able to|no way to)\s+(?:be\s+)?(?:do|refill|cancel|speed|push|process|proceed|accept|help|restart|refund|add|start)\p{L}*/u,
  /(?:refill|cancel|speed ?up|refund)\s+(?:button\s+|option\s+)?(?:is\s+)?(?:disabled|unavailable|not available|closed|off)/u,
  'no refill*', 'non refill*', 'without refill', 'no guarantee', 'no warranty', 'no refund*',
  /(?:doesn'?t|does not|don'?t|do not)\s+(?:have|support|offer|provide)\s+(?:a\s+)?(?:refill|cancel|guarantee|speed)/u,
  'too old', 'old order', 'order is old',
  /(?:refill|guarantee|warranty)\s+(?:period|time|window|days)?\s*(?:is\s+|has\s+)?(?:over|expired|ended|finished|passed)/u,
  /(?:refill|guarantee)\s+(?:period|time|window)\s+(?:is\s+|was\s+)?(?:only\s+)?\d+\s*(?:days?|d)(?!\p{L})/u,
  'out of refill*', 'expired',
  /(?:drop|drops)\s+(?:is\s+|are\s+)?not\s+found/u, 'no drop*', 'not dropped', "didn't drop", 'nothing dropped', 'no decrease',
  /(?:count|followers|likes|views)\s+(?:is\s+|are\s+)?(?:full|complete|fine|same|above start)/u,
  'not our order', 'not from us', 'order not found', 'wrong order*', 'invalid order*', 'incorrect order*', 'wrong id', 'invalid id',
  'rejected', 'declined', 'denied', 'refused', 'not accepted', 'we reject*', 'we decline*',
  /(?:link|url|username|user ?name|order id)\s+(?:is\s+)?(?:wrong|invalid|incorrect|broken|deleted|not valid)/u,
  'private account', 'account is private', 'profile is private', 'link is private', 'wrong link', 'invalid link',
  'link changed', 'username changed', 'post deleted', 'post removed', 'account deleted',
  // Russian
  'отказ*', 'невозмож*', 'не возмож*', 'нельзя', 'не можем', 'не могу', 'не получится', 'не выйдет',
  'не подлежит', 'нет рефил*', 'без рефил*', 'рефил* нет', 'рефила нет', 'без гарант*', 'гаранти* нет',
  /(?:гаранти|срок|период)\p{L}*\s+(?:\p{L}+\s+)?(?:истек|прош|законч)\p{L}*/u,
  'слишком стар*', 'стар* заказ*', 'заказ стар*', 'отклон*', 'дропа нет', 'нет дропа', 'дроп не найден*',
  'списаний нет', 'нет списаний', 'отписок нет', 'нет отписок', 'не наш заказ', 'заказ не найден', 'не отменит*',
  'не отменяется', 'не будет', 'приватн*', 'закрыт* аккаунт*', 'неверн* ссылк*', 'неверн* ид', 'неверн* номер*',
  // Hindi / Urdu (Latin letters)
  'nahi ho sakta', 'nahi ho skta', 'nhi ho sakta', 'nhi ho skta', 'nahi hoga', 'nhi hoga', 'nahin hoga',
  'nahi milega', 'nhi milega', 'nahi kar sakte', 'nahi kr sakte', 'nhi kr sakte', 'nahi kar payenge',
  'possible nahi', 'possible nhi', 'nahi hai', 'nhi hai', 'mumkin nahi', 'purana order',
  // Turkish
  'mumkun degil', 'mumkun olmuyor', 'mumkun olmadi', 'yapilamaz', 'yapamiyoruz', 'yapamayiz', 'edilemez', 'edemiyoruz',
  'olmaz', 'olmuyor', 'edilemiyor', 'yapilamiyor', 'reddedildi', 'reddettik', 'telafi yok', 'refill yok', 'garanti yok', 'garantisi yok', 'dusus yok',
  'dusme yok', 'eski siparis', /sures\p{L}*\s+(?:doldu|gecti|bitti)/u, 'desteklemiyor', 'gizli hesap',
];

/** The provider did it or took it on. */
export const CONFIRMED: Term[] = [
  // English
  /refill\p{L}*\s+(?:is\s+|has\s+been\s+|was\s+)?(?:already\s+)?(?:start|add|done|complet|process|given|submit|accept|creat|plac|in progress|running|on)\p{L}*/u,
  /(?:added|put|placed|sent)\s+(?:it\s+|the\s+order\s+)?(?:to|in|into|for|on)\s+(?:the\s+)?refill/u,
  'refill queue', 'refilling', 'refilled', 'started', 'restarted', 'resent', 'done', 'completed', 'fixed', 'solved', 'resolved',
  'push*', 'sped up', 'speeded*', 'boosted', 'speed increased', 'increased speed',
  /speed ?up\s+(?:is\s+|has\s+been\s+)?(?:done|given|added|start|applied|activated|process)\p{L}*/u,
  'canceled', 'cancelled', 'canceld', /cancel\p{L}*\s+(?:is\s+)?(?:done|accepted|submitted|processed|success)\p{L}*/u,
  'refunded', 'refund done', 'partial done', 'accepted',
  /request\s+(?:has\s+been\s+|is\s+|was\s+)?(?:submitted|received|accepted|placed|created|registered|taken)/u,
  // Russian
  'запуст*', 'запущен*', 'перезапуст*', 'перезапущен*', 'рестарт*', 'сделано', 'сделал*', 'будет сделано', 'готово', 'выполнен*', 'ускорил*',
  'ускорен*', 'отменил*', 'отменен*', 'отмена выполнена', 'добавил*', 'добавлен*', 'принят*', 'принял*',
  'взяли в работу', 'пополнил*', 'докрутил*', 'восстановил*', 'вернули', 'толкнул*', 'пнули', 'в очередь',
  // Hindi / Urdu (Latin letters)
  'ho gaya', 'ho gya', 'ho gyi', 'ho gayi', 'kar diya', 'kr diya', 'kar di', 'kr di', 'de diya', 'laga diya',
  'lga diya', 'daal diya', 'dal diya', 'chalu kar*', 'chalu hai', 'start hai', 'shuru',
  // Turkish
  'tamamlandi', 'tamamlanmistir', 'yapildi', 'yapilmistir', 'baslatildi', 'baslattik', 'basladi', 'eklendi',
  'ekledik', 'iptal edildi', 'iptal ettik', 'hizlandirildi', 'hizlandirdik', 'iade edildi', 'isleme alindi',
  'hallettik', 'halledildi', 'gonderildi',
];

/** Acknowledgements that say little alone ("ok"); a question or "wait" beside them wins. */
export const CONFIRMED_WEAK: Term[] = [
  'ok', 'okay', 'okk*', 'okey', 'noted', 'sure', 'received', 'submitted', 'got it', 'yes', 'yep', 'will do', 'on it',
  'working on it', 'forwarded*', 'informed', 'alright', 'in progress', 'processing', 'in process', 'in queue',
  /will\s+(?:be\s+)?(?:refill|start|push|cancel|speed|add|done|fix)\p{L}*/u, '👍', '✅', '👌', '🙏',
  'ок', 'окей', 'хорошо', 'ладно', 'понял*', 'да', 'в работе', 'в очереди', 'передал*', 'сделаем', 'запустим',
  'thik hai', 'theek hai', 'thik h', 'theek h', 'ji', 'haan', 'han ji', 'acha', 'accha', 'achha', 'bilkul',
  'ho jayega', 'ho jaega', 'kar denge', 'kr denge', 'kar dete', 'kr dete',
  'tamam', 'tamamdir', 'olur', 'peki', 'tabi', 'tabii', 'evet', 'anlasildi', 'ilgileniyoruz', 'iletildi', 'oldu',
];

/** The provider needs something or has not decided: checking, asks for proof, asks which order. */
export const AMBIGUOUS: Term[] = [
  // English
  'checking', 'will check', 'let me check', 'let us check', "let's check", 'we check', 'i check', 'need to check',
  'have to check', /check\s+(?:and|&|n)\s+(?:update|revert|inform|tell|let)/u, 'under check', 'under review',
  'reviewing', 'looking into', 'look into', 'investigat*', 'verifying', 'will verify',
  'screenshot*', 'screen shot*', 'ss', 'proof', 'which order*', 'what order*', 'which service', 'which link',
  /(?:send|give|share|provide)\s+(?:me\s+|us\s+)?(?:the\s+)?(?:order\s+)?(?:id|link|start count|details)/u,
  'asked the team', 'asking the team', 'ask the team', 'asked supplier', 'asking supplier', 'will update',
  'update you', 'will inform', 'let you know', 'revert', 'not yet', 'yet to', 'still pending', 'hold on',
  'give us time', 'give me time', 'need time', 'one moment',
  // Russian
  'провер*', 'уточн*', 'скрин*', 'какой заказ', 'каком заказе', 'посмотр*', 'разбер*', 'выясн*',
  'сообщим', 'напишем', 'отпишем*', 'еще не', 'пока не', 'пока нет',
  // Hindi / Urdu (Latin letters)
  'dekh*', 'check kar*', 'check kr*', 'ruko', 'ruk jao', 'bhejo', 'bhej do', 'kaun sa', 'konsa', 'kon sa',
  'nahi hua', 'nhi hua', 'pata kar*', 'puch*', 'batata', 'bataunga', 'batate', 'update deta',
  // Turkish
  'kontrol*', 'bakiyorum', 'bakiyoruz', 'bakacagiz', 'bakacagim', 'ekran goruntusu', 'ss at*', 'hangi siparis*',
  'incele*', 'soracag*', 'sorup',
];

/** Weak hints of "not settled": waiting, later, a question. */
export const AMBIGUOUS_WEAK: Term[] = [
  'wait*', 'pls wait', 'moment', 'minute*', 'tomorrow', 'later', 'pending', 'asap', 'ask*',
  'жди*', 'подожд*', 'секунд*', 'минут*', 'сейчас', 'завтра', 'позже',
  'wait karo', 'wait kro', 'kal', 'thoda', 'intezar',
  'bekle*', 'yarin', 'sonra', 'biraz',
];

/** Words that turn a following "done" or "started" into "not yet". */
export const NEGATORS: Term[] = [
  'not', 'no', 'never', "didn't", 'did not', "hasn't", 'has not', "haven't", 'have not', "isn't", 'is not',
  "wasn't", 'was not', 'yet to', 'не', 'ни', 'еще не', 'nahi', 'nhi', 'nahin',
];

/** Whole messages that are a plain "no". */
export const DECLINED_ALONE = new Set(['no', 'nope', 'нет', 'неа', 'nahi', 'nhi', 'nahin', 'hayir', 'yok', '❌', '🚫']);

/** Whole messages that are a plain "ok" too short to be a term of their own. */
export const CONFIRMED_ALONE = new Set(['k', 'kk', '+', '++', 'da', 'ok', 'ок']);
