// The words of an objection reply in every reply language: the acknowledgement (by the
// strongest signal) and the next step. The explanation between them is the decision's own
// template, which quotes the order's numbers.
import type { ReplyLanguage } from './languages.js';
import type { NextStep, ObjectionSignal } from './objections.js';

export interface ObjectionTexts {
  acknowledge: Record<ObjectionSignal, string>;
  nextStep: Record<NextStep, (orderId: string | null) => string>;
}

const order = (id: string | null, word: string): string => (id ? `${word} ${id}` : word);

export const OBJECTION_TEXTS: Record<ReplyLanguage, ObjectionTexts> = {
  en: {
    acknowledge: {
      anger: "I'm sorry this has been frustrating, and I understand why you're upset.",
      dispute: 'I understand you see it differently; here is exactly what the order shows.',
      repeat: "Sorry you had to ask again; here's the full answer.",
      chargeback: "I understand you're considering a chargeback; let's settle this here first.",
      human: "Of course, I'm passing this conversation to a member of our team.",
    },
    nextStep: {
      wait: () => "We're already on it and will write here as soon as it moves.",
      cancel: (id) => `If you'd rather not wait, reply "cancel ${id ?? ''}" and we'll ask the provider to cancel ${order(id, 'order')}.`,
      refill_later: () => "If the count drops later, write to us and we'll request a refill right away.",
      person: () => 'A person from our team will review it and reply here.',
    },
  },
  es: {
    acknowledge: {
      anger: 'Lamento mucho las molestias y entiendo tu enfado.',
      dispute: 'Entiendo que lo ves de otra manera; esto es exactamente lo que muestra el pedido.',
      repeat: 'Perdona que hayas tenido que preguntar de nuevo; aquí tienes la respuesta completa.',
      chargeback: 'Entiendo que estás pensando en un contracargo; resolvámoslo aquí primero.',
      human: 'Por supuesto, paso esta conversación a una persona de nuestro equipo.',
    },
    nextStep: {
      wait: () => 'Ya estamos en ello y te escribiremos aquí en cuanto avance.',
      cancel: (id) => `Si prefieres no esperar, responde "cancelar ${id ?? ''}" y pediremos al proveedor que cancele el ${order(id, 'pedido')}.`,
      refill_later: () => 'Si el contador baja más adelante, escríbenos y pediremos la reposición enseguida.',
      person: () => 'Una persona de nuestro equipo lo revisará y te responderá aquí.',
    },
  },
  pt: {
    acknowledge: {
      anger: 'Sinto muito pelo transtorno e entendo a sua irritação.',
      dispute: 'Entendo que você vê de outra forma; isto é exatamente o que o pedido mostra.',
      repeat: 'Desculpe ter precisado perguntar de novo; aqui está a resposta completa.',
      chargeback: 'Entendo que está pensando em um estorno; vamos resolver isso aqui primeiro.',
      human: 'Claro, estou passando esta conversa para uma pessoa da nossa equipe.',
    },
    nextStep: {
      wait: () => 'Já estamos cuidando disso e escreveremos aqui assim que avançar.',
      cancel: (id) => `Se preferir não esperar, responda "cancelar ${id ?? ''}" e pediremos ao fornecedor que cancele o ${order(id, 'pedido')}.`,
      refill_later: () => 'Se a contagem cair mais tarde, escreva para nós e pediremos a reposição na hora.',
      person: () => 'Uma pessoa da nossa equipe vai analisar e responder aqui.',
    },
  },
  fr: {
    acknowledge: {
      anger: 'Je suis désolé pour ce désagrément et je comprends votre agacement.',
      dispute: "Je comprends que vous voyez les choses autrement ; voici exactement ce que montre la commande.",
      repeat: "Désolé que vous ayez dû redemander ; voici la réponse complète.",
      chargeback: 'Je comprends que vous envisagez une rétrofacturation ; réglons cela ici d’abord.',
      human: "Bien sûr, je transmets cette conversation à un membre de notre équipe.",
    },
    nextStep: {
      wait: () => "Nous nous en occupons déjà et vous écrirons ici dès que cela avance.",
      cancel: (id) => `Si vous préférez ne pas attendre, répondez « annuler ${id ?? ''} » et nous demanderons au fournisseur d’annuler la ${order(id, 'commande')}.`,
      refill_later: () => 'Si le compteur baisse plus tard, écrivez-nous et nous demanderons une recharge aussitôt.',
      person: () => "Un membre de notre équipe va l'examiner et vous répondre ici.",
    },
  },
  de: {
    acknowledge: {
      anger: 'Es tut mir leid, dass das so ärgerlich ist, und ich verstehe Ihren Unmut.',
      dispute: 'Ich verstehe, dass Sie das anders sehen; das zeigt die Bestellung genau.',
      repeat: 'Entschuldigung, dass Sie noch einmal fragen mussten; hier die vollständige Antwort.',
      chargeback: 'Ich verstehe, dass Sie eine Rückbuchung erwägen; lassen Sie uns das zuerst hier klären.',
      human: 'Selbstverständlich, ich gebe dieses Gespräch an eine Person aus unserem Team weiter.',
    },
    nextStep: {
      wait: () => 'Wir sind schon dran und melden uns hier, sobald sich etwas bewegt.',
      cancel: (id) => `Wenn Sie nicht warten möchten, antworten Sie „stornieren ${id ?? ''}“ und wir bitten den Anbieter, die ${order(id, 'Bestellung')} zu stornieren.`,
      refill_later: () => 'Wenn die Zahl später sinkt, schreiben Sie uns und wir beantragen sofort ein Refill.',
      person: () => 'Eine Person aus unserem Team prüft es und antwortet hier.',
    },
  },
  it: {
    acknowledge: {
      anger: 'Mi dispiace molto per il disagio e capisco il tuo fastidio.',
      dispute: "Capisco che la vedi diversamente; ecco esattamente cosa mostra l'ordine.",
      repeat: 'Scusa se hai dovuto chiedere di nuovo; ecco la risposta completa.',
      chargeback: 'Capisco che stai pensando a uno storno; risolviamo prima qui.',
      human: 'Certo, passo questa conversazione a una persona del nostro team.',
    },
    nextStep: {
      wait: () => 'Ce ne stiamo già occupando e ti scriveremo qui appena si muove.',
      cancel: (id) => `Se preferisci non aspettare, rispondi "annulla ${id ?? ''}" e chiederemo al fornitore di annullare l'${order(id, 'ordine')}.`,
      refill_later: () => 'Se il conteggio cala più avanti, scrivici e chiederemo subito il refill.',
      person: () => 'Una persona del nostro team lo esaminerà e ti risponderà qui.',
    },
  },
  tr: {
    acknowledge: {
      anger: 'Yaşadığınız sıkıntı için çok üzgünüm, kızgınlığınızı anlıyorum.',
      dispute: 'Farklı düşündüğünüzü anlıyorum; siparişin gösterdiği tam olarak bu.',
      repeat: 'Tekrar sormak zorunda kaldığınız için özür dilerim; işte tam cevap.',
      chargeback: 'Ters ibraz düşündüğünüzü anlıyorum; önce burada çözelim.',
      human: 'Elbette, bu konuşmayı ekibimizden birine aktarıyorum.',
    },
    nextStep: {
      wait: () => 'Zaten ilgileniyoruz, ilerleme olur olmaz buradan yazacağız.',
      cancel: (id) => `Beklemek istemezseniz "iptal ${id ?? ''}" yazın, sağlayıcıdan ${order(id, 'siparişin')} iptalini isteyelim.`,
      refill_later: () => 'Sayı daha sonra düşerse bize yazın, hemen telafi isteyelim.',
      person: () => 'Ekibimizden biri inceleyip buradan yanıt verecek.',
    },
  },
  ru: {
    acknowledge: {
      anger: 'Простите за неудобства, понимаю ваше недовольство.',
      dispute: 'Понимаю, что вы видите это иначе; вот что именно показывает заказ.',
      repeat: 'Извините, что пришлось спрашивать снова; вот полный ответ.',
      chargeback: 'Понимаю, что вы думаете об оспаривании платежа; давайте сначала решим это здесь.',
      human: 'Конечно, передаю этот разговор сотруднику нашей команды.',
    },
    nextStep: {
      wait: () => 'Мы уже занимаемся этим и напишем здесь, как только будет движение.',
      cancel: (id) => `Если не хотите ждать, ответьте «отмена ${id ?? ''}», и мы попросим поставщика отменить ${order(id, 'заказ')}.`,
      refill_later: () => 'Если счётчик позже упадёт, напишите нам, и мы сразу запросим докрутку.',
      person: () => 'Сотрудник нашей команды посмотрит и ответит здесь.',
    },
  },
  uk: {
    acknowledge: {
      anger: 'Вибачте за незручності, розумію ваше невдоволення.',
      dispute: 'Розумію, що ви бачите це інакше; ось що саме показує замовлення.',
      repeat: 'Вибачте, що довелося питати знову; ось повна відповідь.',
      chargeback: 'Розумію, що ви думаєте про оскарження платежу; давайте спершу вирішимо це тут.',
      human: 'Звісно, передаю цю розмову співробітнику нашої команди.',
    },
    nextStep: {
      wait: () => 'Ми вже цим займаємося і напишемо тут, щойно буде рух.',
      cancel: (id) => `Якщо не хочете чекати, відповідайте «скасувати ${id ?? ''}», і ми попросимо постачальника скасувати ${order(id, 'замовлення')}.`,
      refill_later: () => 'Якщо лічильник згодом впаде, напишіть нам, і ми одразу запросимо поповнення.',
      person: () => 'Співробітник нашої команди перегляне і відповість тут.',
    },
  },
  ar: {
    acknowledge: {
      anger: 'نعتذر عن الإزعاج ونتفهم انزعاجك.',
      dispute: 'نتفهم أنك ترى الأمر بشكل مختلف؛ هذا بالضبط ما يظهره الطلب.',
      repeat: 'نعتذر لأنك اضطررت للسؤال مرة أخرى؛ إليك الإجابة الكاملة.',
      chargeback: 'نتفهم أنك تفكر في استرداد المبلغ عبر البنك؛ لنحل الأمر هنا أولاً.',
      human: 'بالتأكيد، سأحوّل هذه المحادثة إلى أحد أعضاء فريقنا.',
    },
    nextStep: {
      wait: () => 'نحن نعمل على ذلك بالفعل وسنكتب لك هنا فور حدوث أي تقدم.',
      cancel: (id) => `إذا كنت لا تريد الانتظار، أرسل "إلغاء ${id ?? ''}" وسنطلب من المزود إلغاء ${order(id, 'الطلب')}.`,
      refill_later: () => 'إذا انخفض العدد لاحقاً، راسلنا وسنطلب التعويض فوراً.',
      person: () => 'سيراجع أحد أعضاء فريقنا الأمر ويرد عليك هنا.',
    },
  },
  hi: {
    acknowledge: {
      anger: 'असुविधा के लिए हमें खेद है, हम आपकी नाराज़गी समझते हैं।',
      dispute: 'हम समझते हैं कि आप इसे अलग तरह से देखते हैं; ऑर्डर ठीक यही दिखाता है।',
      repeat: 'माफ़ कीजिए कि आपको दोबारा पूछना पड़ा; यह रहा पूरा जवाब।',
      chargeback: 'हम समझते हैं कि आप चार्जबैक के बारे में सोच रहे हैं; पहले इसे यहीं सुलझाते हैं।',
      human: 'ज़रूर, मैं यह बातचीत हमारी टीम के एक सदस्य को सौंप रहा हूँ।',
    },
    nextStep: {
      wait: () => 'हम इस पर काम कर रहे हैं और कुछ भी आगे बढ़ते ही यहाँ बताएँगे।',
      cancel: (id) => `अगर आप इंतज़ार नहीं करना चाहते, तो "cancel ${id ?? ''}" लिखें और हम प्रोवाइडर से ${order(id, 'ऑर्डर')} रद्द करने को कहेंगे।`,
      refill_later: () => 'अगर बाद में गिनती घटे, तो हमें लिखें, हम तुरंत रीफ़िल माँगेंगे।',
      person: () => 'हमारी टीम का एक सदस्य इसे देखकर यहाँ जवाब देगा।',
    },
  },
  id: {
    acknowledge: {
      anger: 'Mohon maaf atas ketidaknyamanannya, kami mengerti kekecewaan Anda.',
      dispute: 'Kami mengerti Anda melihatnya berbeda; inilah yang ditunjukkan pesanan.',
      repeat: 'Maaf Anda harus bertanya lagi; ini jawaban lengkapnya.',
      chargeback: 'Kami mengerti Anda mempertimbangkan chargeback; mari selesaikan di sini dulu.',
      human: 'Tentu, percakapan ini saya teruskan ke anggota tim kami.',
    },
    nextStep: {
      wait: () => 'Kami sedang menanganinya dan akan mengabari di sini begitu ada kemajuan.',
      cancel: (id) => `Jika tidak ingin menunggu, balas "batal ${id ?? ''}" dan kami akan meminta penyedia membatalkan ${order(id, 'pesanan')}.`,
      refill_later: () => 'Jika jumlahnya turun nanti, kabari kami dan kami langsung minta refill.',
      person: () => 'Anggota tim kami akan memeriksanya dan membalas di sini.',
    },
  },
};
