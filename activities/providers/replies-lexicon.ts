// Words providers use in chat when they answer a refill, cancel or speed-up request: English,
// Russian, Ukrainian, Hindi/Urdu written in Latin letters, Turkish, Spanish, Portuguese,
// Arabic, Persian, Indonesian, Vietnamese, Chinese. Terms follow the classifier's
// lexicon syntax (folded text; `*` = any letters; a space = any spaces, hyphens or none).
// Lists are grouped by what a match means, not by language: providers mix languages.
import type { Term } from '../classifier/lexicon/types.js';

/** The provider refuses, or says it cannot be done. Beats everything else. */
export const DECLINED: Term[] = [
  // English
  'not possible', 'impossible', 'not eligible', 'not applicable', 'not allowed', 'not supported',
  /(?:can ?not|can'?t|cant|unable to|could not|couldn'?t|won'?t|will not|not able to|no way to)\s+(?:be\s+)?(?:do|refill|cancel|speed|push|process|proceed|accept|help|restart|refund|add|start)\p{L}*/u,
  /(?:refill|cancel|speed ?up|refund)\s+(?:button\s+|option\s+)?(?:is\s+)?(?:disabled|unavailable|not available|closed|off)/u,
  // "can't change it", "cannot find": whatever the verb, the provider says it will not happen.
  // Not "can't see / tell yet": not knowing is not a refusal.
  /(?:can ?not|can'?t|cant|unable to|not able to|won'?t be able to)(?:\s+(?!see|tell|say|confirm|access|load|reach|open|check|promise|guarantee)\p{L}+|\s*[.!]|\s*$)/u,
  /never\s+(?:get|gets|have|has|had)\s+(?:a\s+)?(?:refill|guarantee|speed)/u, 'order again', 'new order', 'still no', 'of course not', 'нет конечно', 'конечно нет', 'too late', 'final one', 'no longer', 'stopped refilling', "we're not refilling", 'paid option',
  /no\s+(?:more|chance|way|speed ?up|cancel\p{L}*|refund\p{L}*)(?!\p{L})/u, "that's it for", 'thats it for',
  'discontinued', "doesn't honour", "doesn't honor", 'not refillable', 'non refillable', 'none of these', 'none of them',
  /(?:post|video|reel|photo|account|profile|channel|page)\s+(?:is\s+|was\s+|has been\s+|got\s+)?(?:deleted|removed|banned|gone|private|closed)/u,
  /(?:don'?t|do not|doesn'?t|does not|not)\s+(?:qualify|eligible|do (?:manual\s+)?\p{L}+ anymore)/u,
  /(?:outside|out of|beyond|past)\s+(?:the\s+)?(?:refill\s+|guarantee\s+|warranty\s+)?(?:window|period|guarantee|warranty)/u,
  /nothing\s+(?:to|left to)\s+(?:cancel|refill|refund|speed|push|do)/u, 'no more refill*', 'no more cancel*', "that's the limit", 'limit reached',
  /only\s+(?:accepted|possible|allowed|available)\s+(?:before|within|until|in the first)/u,
  // A sentence that opens with a plain "no" answers the question ("no problem" aside).
  /(?:^(?:\p{L}+\s+)?|[.!?;]\s*|lol\s+)(?:no|nope|nah)(?:[.!;]|,(?!\s*(?:problem|worries|issue)))/u,
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
  'не подлежит', 'нет рефил*', 'без рефил*', 'рефила нет', 'без гарант*', 
  /(?:гаранти|срок|период|гарантi)\p{L}*\s+(?:\S+\s+){0,2}(?:истек|прош|законч|закінч|минув|минула)\p{L}*/u, 'просроч*', 'прострочен*', 'платн*',
  /(?:рефил|рефіл|гарант)\p{L}*\s+(?:нет|немає|не предусмотрен\p{L}*|не передбачен\p{L}*)/u,
  'больше не', 'не будем', 'поздно', 'пізно', 'повторно не', 'не меняется', 'не меняем', 'не можна', 'вже не',
  // "не делаем", "не запускаем": we do not, whatever the verb ("не знаем" is not a no).
  /не\s+(?!зна|понима|вид)\p{L}+(?:аем|яем|ием|уем|ем|им)(?!\p{L})/u, 'більше не',
  'слишком стар*', 'стар* заказ*', 'заказ стар*', 'отклон*', 'дропа нет', 'нет дропа', 'дроп не найден*',
  'списаний нет', 'нет списаний', 'отписок нет', 'нет отписок', 'не наш заказ', 'заказ не найден', 'не отменит*',
  'не отменяется', 'не будет', 'приватн*', 'закрыт* аккаунт*', 'неверн* ссылк*', 'неверн* ид', 'неверн* номер*',
  // Hindi / Urdu (Latin letters)
  'nahi ho sakta', 'nahi ho skta', 'nhi ho sakta', 'nhi ho skta', 'nahi hoga', 'nhi hoga', 'nahin hoga',
  'nahi milega', 'nhi milega', 'nahi kar sakte', 'nahi kr sakte', 'nhi kr sakte', 'nahi kar payenge',
  'नहीं हो', 'नहीं होगा', 'नहीं कर सकते', 'संभव नहीं', 'खत्म हो', 'khatam ho', 'nikal gaya', 'nikal gya', 'nikal chuka', 'nikal gayi', 'khatm ho', 'khtm ho',
  'possible nahi', 'possible nhi', 'nahi hai', 'nhi hai', 'mumkin nahi', 'purana order',
  // Turkish
  'mumkun degil', 'mumkun olmuyor', 'mumkun olmadi', 'yapilamaz', 'yapamiyoruz', 'yapamayiz', 'edilemez', 'edemiyoruz',
  'olmaz', 'olmuyor', 'edilemiyor', 'yapilamiyor', 'reddedildi', 'reddettik', 'telafi yok', 'refill yok', 'garanti yok', 'garantisi yok', 'dusus yok',
  'dusme yok', 'eski siparis', /sures\p{L}*\s+(?:doldu|dolmus|gecti|gecmis|bitti|bitmis)/u, 'desteklemiyor', 'gizli hesap',
  // Ukrainian
  'неможлив*', 'не можемо', 'не вийде', 'немає рефіл*', 'без рефіл*', 'відмов*', 'відхилен*', 'старе замовлення',
  'замовлення не знайдено', 'не наше замовлення', 'приватн*', 'дропу немає', 'списань немає', 'не скасу*',
  // Spanish
  'no es posible', 'no se puede', 'imposible', 'no podemos', 'sin reposicion', 'sin refill', 'no tiene reposicion',
  'no tiene refill', 'no tiene garantia', 'no tiene como', 'no hay como',
  /(?:garantia|reposicion|plazo|periodo)\s+(?:\S+\s+){0,2}(?:vencio|vencida|expiro|caduco|termino|acabo)/u, 'sin garantia', 'no aplica', 'rechazad*', 'denegad*', 'muy antiguo', 'demasiado antiguo', 'garantia vencida',
  'garantia expirada', 'no hay caida', 'no hubo caida', 'sin caida', 'cuenta privada', 'perfil privado',
  'enlace incorrecto', 'link incorrecto', 'pedido no encontrado', 'no es nuestro',
  // Portuguese
  'nao e possivel', 'nao da pra', 'nao da para', 'nao podemos', 'impossivel', 'sem reposicao', 'sem refil*',
  'nao tem reposicao', 'nao tem refil*', 'recusad*', 'negad*', 'rejeitad*', 'muito antigo', 'pedido antigo',
  'garantia expirou', 'nao teve queda', 'nao tem queda', 'nao tem como', 'nao rola', 'nao houve queda', 'sem queda', 'nao caiu', 'conta privada', 'link errado',
  'link incorreto', 'pedido nao encontrado', 'nao e nosso',
  // Arabic
  'غير ممكن', 'مو ممكن', 'ما نقدر', 'لا نستطيع', 'لا يمكن', 'ما يمكن', 'مستحيل', 'مرفوض', 'تم الرفض', 'بدون تعويض',
  'لا يوجد تعويض', 'ما في تعويض', 'الضمان انتهى', 'انتهت', 'انتهى', 'انتهى الضمان', 'انتهت فتره', 'طلب قديم', 'الطلب قديم', 'ما في نقص',
  'لا يوجد نقص', 'لا يوجد نزول', 'ما نزل', 'حساب خاص', 'الحساب خاص', 'الرابط غلط', 'رابط خطا', 'الطلب غير موجود',
  // Persian
  'امکان ندارد', 'امکانش نیست', 'امکان پذیر نیست', 'نمیشه', 'نمی شود', 'نمیتونیم', 'نمی توانیم', 'غیرممکن', 'رد شد',
  'ریفیل ندارد', 'ریفیل نداره', 'بدون ریفیل', 'گارانتی ندارد', 'گارانتی نداره', 'گارانتی تمام', 'مهلت تمام',
  'سفارش قدیمی', 'ریزش نداشته', 'ریزشی نداشته', 'ریزش نداره', 'پیج خصوصی', 'اکانت خصوصی', 'پرایوت', 'لینک اشتباه',
  'سفارش پیدا نشد',
  // Indonesian
  'tidak bisa', 'gak bisa', 'ga bisa', 'nggak bisa', 'gabisa', 'tidak dapat', 'ditolak', 'tidak ada refill',
  'tanpa refill', 'tanpa garansi', 'tidak bergaransi', 'garansi habis', 'garansi sudah habis', 'pesanan lama',
  'order lama', 'tidak ada drop', 'tidak turun', 'gak turun', 'ga turun', 'akun private', 'akun privat',
  'di private', 'link salah', 'telat', 'pesanan tidak ditemukan', 'bukan pesanan kami',
  // Vietnamese (folded: no tone marks)
  /(?:khong|ko|k)\s+(?:\p{L}+\s+){1,2}duoc/u, 'khong the', 'ko the', 'khong duoc', 'tu choi', 'khong ho tro', 'khong co bao hanh', 'khong bao hanh',
  'het bao hanh', 'het han', 'don cu', 'don qua cu', 'khong bi tut', 'khong tut', 'khong giam', 'rieng tu',
  'link sai', 'sai link', 'khong tim thay',
  // Chinese (no spaces between words: terms match inside a run of characters)
  '*无法*', '*不能*', '*不可以*', '*不行*', '*拒绝*', '*不支持*', '*没有补*', '*无补*', '*不补*', '*过保*', '*保修期已过*',
  '*质保期已过*', '*质保已过*', '*太旧*', '*没有掉*', '*没掉*', '*未掉*', '*私密*', '*链接错误*', '*订单不存在*',
  '*找不到订单*', '*取消不了*',
];

/** The provider did it or took it on. */
export const CONFIRMED: Term[] = [
  // English
  /refil\p{L}*\s+(?:is\s+|has\s+been\s+|was\s+)?(?:already\s+)?(?:start|add|done|complet|process|given|submit|accept|creat|plac|put|in progress|running|on)\p{L}*/u,
  /(?:added|put|placed|sent)\s+(?:it\s+|the\s+order\s+)?(?:to|in|into|for|on)\s+(?:the\s+)?refill/u,
  /(?:request|order|refill)\s+(?:for\s+\S+\s+)?(?:is\s+|has been\s+)?(?:placed|sent|queued|scheduled)/u, 'kick in', 'kicks in',
  'triggered', 'sorted', 'approved', 'did it', 'boosting', 'speeding up', 'confirmed',
  /re-?(?:add|sent|send|start|queu|push)\p{L}*/u,
  'refill queue', 'refilling', 'refilled', 'started', 'restarted', 'resent', 'done', 'completed', 'fixed', 'solved', 'resolved',
  'push*', 'sped up', 'speeded*', 'boosted', 'speed increased', 'increased speed', 'increased', 'doubled', 'speed up given',
  /speed ?up\s+(?:is\s+|has\s+been\s+)?(?:done|given|added|start|applied|activated|process)\p{L}*/u,
  'canceled', 'cancelled', 'canceld', /cancel\p{L}*\s+(?:is\s+)?(?:done|accepted|submitted|processed|success)\p{L}*/u,
  'refunded', 'refund done', 'partial done', 'accepted',
  /request\s+(?:has\s+been\s+|is\s+|was\s+)?(?:submitted|received|accepted|placed|created|registered|taken)/u,
  // Russian
  'запуст*', 'запущен*', 'перезапуст*', 'перезапущен*', 'рестарт*', 'сделано', 'сделал*', 'будет сделано', 'готово', 'выполнен*', 'ускорил*',
  'ускорен*', 'отменил*', 'отменен*', 'отмена выполнена', 'добавил*', 'добавлен*', 'принят*', 'принял*',
  'взяли в работу', 'закинул*', 'докинул*', 'протолкнул*', 'пропихнул*', /(?:отправил|поставил|постав)\p{L}*\s+(?:на|в)\s+\p{L}+/u, 'пополнил*', 'докрутил*', 'восстановил*', 'вернули', 'толкнул*', 'пнули', 'в очередь',
  // Hindi / Urdu (Latin letters)
  'ho gaya', 'ho gya', 'ho gyi', 'ho gayi', 'kar diya', 'kr diya', 'kar di', 'kr di', 'de diya', 'laga diya',
  /(?:badha|badhaa|bada|barha|chala|bhej|lag|daal|dal|kar|kr)\p{L}*\s+(?:di|diya|diye|dia)(?:\s+(?:hai|h|he))?(?!\p{L})/u,
  'कर दिया', 'कर दी', 'कर दिए', 'हो गया', 'हो गई', 'शुरू',
  'pura refund', 'full refund', 'lga diya', 'daal diya', 'dal diya', 'chalu kar*', 'chalu hai', 'start hai', 'shuru',
  // Turkish
  'tamamlandi', 'tamamlanmistir', 'yapildi', 'yapilmistir', 'baslatildi', 'baslattik', 'basladi', 'eklendi',
  'ekledik', 'iptal edildi', 'iptal ettik', 'hizlandirildi', 'hizlandirdik', 'iade edildi', 'isleme alindi',
  'hallettik', 'halledildi', 'gonderildi', 'hizlandirdim', 'baslattim', 'ekledim', 'yaptim', 'yaptik', 'iptal ettim',
  'gonderdim', 'gonderdik', 'telafi ettik', /(?:talep|talebin|talebiniz|istek)\p{L}*\s+alindi/u, 'telafi ettim',
  // Ukrainian
  'запущен*', 'запустил*', 'перезапущен*', 'зроблено', 'зробили', 'готово', 'виконано', 'прискорил*', 'прискорен*',
  'скасовано', 'скасували', 'додано', 'додали', 'прийнято', 'взяли в роботу', 'поповнил*', 'відновил*', /(?:поставив|поставили|відправив|відправили)\s+(?:на|в)\s+\p{L}+/u,
  // Spanish
  'reposicion iniciada', 'ya lo mande', 'ya pedi', 'lo mande a', 'ya se mando', 'ya quedo', 'iniciad*', 'listo', 'hecho', 'completad*', 'acelerad*', 'cancelad*', 'reembolsad*',
  'agregad*', 'anadid*', 'en cola', 'reiniciad*', 'ya esta', 'procesad*', 'solucionad*', 'repuest*',
  // Portuguese
  'reposicao iniciada', 'feito', 'concluid*', 'adicionad*', 'na fila', 'resolvid*', 'reposto', 'estornad*', 'enviad*', 'reposicao enviada',
  // Arabic
  'تم', 'تم التعويض', 'تم البدء', 'تم الالغاء', 'تم التسريع', 'تم الاسترجاع', 'جاهز', 'خلص', 'اضفناه', 'بدانا',
  'تمت الاضافه', 'تمت', 'تم الاضافه', 'تمت المعالجه', 'اشتغل',
  // Persian
  'انجام شد', 'انجام دادیم', 'شروع شد', 'ریفیل شد', 'لغو شد', 'کنسل شد', 'سرعت گرفت', 'سریع شد', 'اضافه شد',
  'ثبت شد', 'درست شد', 'حل شد', 'برگشت داده شد', 'پر شد', 'بالا بردیم', 'زدیم', 'گذاشتیم', 'فرستادیم',
  // Indonesian
  'sudah di refill', 'sudah direfill', 'udah direfill', 'sudah diproses', 'udah diproses', 'sudah dibatalkan',
  'sudah dipercepat', 'dipercepat', 'selesai', 'sudah ditambahkan', 'beres', 'sudah jalan', 'sudah start',
  'dimulai', 'berhasil', 'sudah diisi ulang', /(?:sudah|udah|dah)\s+di\s?(?!cek|check)\p{L}+/u,
  // Vietnamese (folded)
  'da refill', 'bu du', 'da bu', 'da bao hanh', 'da xu ly', 'da huy', 'da hoan', 'da day', 'da tang toc', 'da xong', 'xong roi',
  'hoan thanh', 'da chay', 'da bat dau', 'da them', 'da len',
  // Chinese
  '*已补*', '*已经补*', '*补好了*', '*已处理*', '*处理好了*', '*已取消*', '*取消了*', '*已加速*', '*加速了*', '*已退款*',
  '*退款了*', '*已完成*', '*完成了*', '*已重启*', '*已开始*', '*开始补*', '*已安排*', '*安排了*', '*提速了*', '*已提速*', '*已经提速*', '*搞定*', '*已提交*',
];

/** Acknowledgements that say little alone ("ok"); a question or "wait" beside them wins. */
export const CONFIRMED_WEAK: Term[] = [
  'ok', 'okay', 'okk*', 'okey', 'noted', 'sure', 'received', 'submitted', 'got it', 'yes', 'yep', 'will do', 'on it',
  'working on it', 'forwarded*', 'informed', 'alright', 'in progress', 'processing', 'in process', 'in queue',
  /will\s+(?:\p{L}+\s+)?(?:be\s+)?(?:refill|start|push|cancel|speed|add|done|fix)\p{L}*/u, 'tamamlanir', '*已*', '👍', '✅', '👌',
  'ок', 'окей', 'хорошо', 'ладно', 'понял*', 'да', 'в работе', 'в очереди', 'передал*', 'сделаем', 'запустим',
  'thik hai', 'theek hai', 'thik h', 'theek h', 'ji', 'haan', 'han ji', 'acha', 'accha', 'achha', 'bilkul',
  'ho jayega', 'ho jaega', 'kar denge', 'kr denge', 'kar dete', 'kr dete',
  'tamam', 'tamamdir', 'olur', 'peki', 'tabi', 'tabii', 'evet', 'anlasildi', 'ilgileniyoruz', 'iletildi', 'oldu',
  'гаразд', 'добре', 'зрозумів', 'vale', 'claro', 'entendido', 'de acuerdo', 'certo', 'beleza', 'blz', 'tudo bem',
  'حاضر', 'باشه', 'چشم', 'ماشي', 'حسنا', 'اوكي', 'باشد', 'baik', 'siap', 'oke', 'okee', 'vang', 'duoc roi',
  '*好的*', '*收到*', '*明白*', '*处理中*',
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
  'update you', 'will inform', 'will confirm', 'will try', "i'll try", 'only after', 'possible after', 'request again',
  'still in progress', 'by the first', /status\s*:/u, /(?:\d+\s*)?(?:min|mins|minute|minutes)\s+(?:do|de do|dijiye)(?!\p{L})/u, 'try another', 'try with another', 'another supplier', 'another provider', 'queue is full', 'try tomorrow', 'try later', 'try again', 'remind',
  /need\s+(?:a\s+)?(?:new|correct|valid|another|working)\s+(?:link|id|order|username)/u,
  /(?:open|write|create|send|raise)\s+(?:a\s+)?ticket/u, 'contact support', 'approval', /(?:could|can|may|might)\s+be\s+(?:done|possible)/u, 'yet',
  // Conditions: "we can refill if you send proof", "pay the invoice first".
  /(?:if|once|when|after)\s+you\s+(?:send|share|provide|give|pay|confirm|show)/u, 'only if', 'but only', 'invoice', 'first then', 'first one', 'second one', /(?:will|he'?ll|she'?ll|they'?ll)\s+(?:answer|reply|respond|get back)/u, 'let you know', 'revert', 'not yet', 'yet to', 'still pending', 'hold on',
  'give us time', 'give me time', 'need time', 'one moment',
  // Russian
  'провер*', 'уточн*', 'скрин*', 'какой заказ', 'каком заказе', 'посмотр*', 'разбер*', 'выясн*',
  'сообщим', 'напишем', 'попробую', 'попробуем', 'через другого', 'напомните', 'не успеем', 'очередь забита', 'пишите тикет', 'напишите в тикет', 'по первому', 'по второму', 'ответят', 'ответит', 'дадут ответ', 'отпишем*', 'еще не', 'пока не', 'пока нет',
  // Hindi / Urdu (Latin letters)
  'dekh*', 'check kar*', 'check kr*', 'ruko', 'ruk jao', 'bhejo', 'bhej do', 'kaun sa', 'konsa', 'kon sa',
  'nahi hua', 'nhi hua', 'pata kar*', 'puch*', 'batata', 'bataunga', 'batate', 'update deta',
  // Turkish
  'kontrol*', 'bakiyorum', 'bakiyoruz', 'bakacagiz', 'bakacagim', 'ekran goruntusu', 'ss at*', 'hangi siparis*',
  'incele*', 'soracag*', 'sorup',
  // Ukrainian, Spanish, Portuguese
  'перевір*', 'уточн*', 'скрін*', 'яке замовлення', 'подивим*', 'розберем*', 'ще не', 'поки не', 'поки ні',
  'revisando', 'verificando', 'vamos a revisar', 'voy a revisar', 'captura*', 'que pedido', 'cual pedido',
  'aun no', 'todavia no', 'consultando', 'te aviso', 'le aviso', 'vou verificar', 'vamos verificar', 'checando',
  'print*', 'qual pedido', 'ainda nao', 'aguarde', 'estamos vendo',
  // Arabic, Persian
  'نتحقق', 'بنشيك', 'نراجع', 'جاري التحقق', 'سكرين', 'صوره', 'اي طلب', 'ليس بعد', 'لسه', 'بنشوف', 'نشوف',
  'بررسی', 'چک میکنیم', 'چک می کنیم', 'اسکرین', 'عکس', 'کدوم سفارش', 'کدام سفارش', 'هنوز نه', 'پیگیری',
  // Indonesian, Vietnamese (folded), Chinese
  'dicek', 'cek dulu', 'kami cek', 'screenshot', 'ss dong', 'yang mana', 'sebentar', 'nanti dikabari', 'belum',
  'kiem tra', 'nguon khac', 'thu lai', 'dang check', 'check lai', 'chup man hinh', 'anh chup', 'don nao', 'de em xem', 'xem lai', 'chua',
  '*检查*', '*核实*', '*查一下*', '*查看*', '*截图*', '*哪个订单*', '*还没*', '*尚未*', '*确认一下*',
];

/** Weak hints of "not settled": waiting, later, a question. */
export const AMBIGUOUS_WEAK: Term[] = [
  'wait*', 'maybe', 'might', 'pls wait', 'moment', 'minute*', 'tomorrow', 'later', 'pending', 'asap', 'ask*',
  'жди*', 'подожд*', 'секунд*', 'минут*', 'сейчас', 'завтра', 'позже',
  'wait karo', 'wait kro', 'kal', 'thoda', 'intezar',
  'bekle*', 'yarin', 'sonra', 'biraz',
  'espera*', 'aguard*', 'انتظر', 'لحظه', 'صبر', 'بعدا', 'tunggu', 'doi chut', 'cho chut', 'cho xiu', '*稍等*', '*等一下*',
  'зачекай*', 'чекайте', 'manana', 'amanha', 'besok',
];

/** Words that turn a following "done" or "started" into "not yet". */
export const NEGATORS: Term[] = [
  'not', 'no', 'never', "didn't", 'did not', "hasn't", 'has not', "haven't", 'have not', "isn't", 'is not',
  "wasn't", 'was not', 'yet to', 'almost', 'nearly', 'не', 'ни', 'еще не', 'nahi', 'nhi', 'nahin',
  'ще не', 'nao', 'chua', 'khong', 'belum', 'tidak', 'هنوز', 'لم',
];

/** Whole messages that are a plain "no". */
export const DECLINED_ALONE = new Set(['no', 'nope', 'нет', 'неа', 'nahi', 'nhi', 'nahin', 'hayir', 'yok', '❌', '🚫', '👎']);

/** Whole messages that are a plain "ok" too short to be a term of their own. */
export const CONFIRMED_ALONE = new Set(['k', 'kk', '+', '++', 'da', 'ok', 'ок']);
