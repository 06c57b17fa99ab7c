// Hindi replies, with the English loanwords Indian panel customers use (ऑर्डर, रिफिल,
// प्रोवाइडर, काउंट).
import type { Intent, OrderStatus } from '../../rules/types.js';
import type { DecisionView, ReplyLocale, Wait } from '../locale.js';
import { sentences } from '../text.js';

/** Completes "आपका ऑर्डर …" (auxiliary verb included). */
const STATUS: Record<OrderStatus, string> = {
  pending: 'शुरू होने का इंतज़ार कर रहा है',
  in_progress: 'चल रहा है',
  processing: 'प्रोसेस हो रहा है',
  completed: 'पूरा हो चुका है',
  partial: 'आंशिक रूप से पूरा हुआ है',
  canceled: 'रद्द हो चुका है',
  refunded: 'रद्द हो चुका है और उसका रिफंड हो चुका है',
};

/** Opens "… के लिए हमें इसकी ज़रूरत है।" */
const SCREENSHOT_FOR: Partial<Record<Intent, string>> = {
  refill: 'रिफिल का अनुरोध करने',
  cancel: 'ऑर्डर रद्द करने का अनुरोध करने',
  speed_up: 'ऑर्डर तेज़ करवाने',
  refund: 'आपके रिफंड अनुरोध पर काम करने',
};

const FOLLOW = 'हम इस पर नज़र रखेंगे और आपको यहीं अपडेट देंगे।';
const NOT_FOUND = 'हमें यह ऑर्डर आपके अकाउंट में नहीं मिला। कृपया ऑर्डर ID जाँचकर दोबारा भेजें।';
const NO_REFILL_BELOW_START =
  'रिफिल सिर्फ़ उसी कमी को कवर करता है जो इस ऑर्डर की डिलीवरी में आई हो, इसलिए हम रिफिल का अनुरोध नहीं कर सकते।';

const wait = ({ unit, count }: Wait): string =>
  unit === 'minutes' ? `${count} मिनट` : `${count} ${count === 1 ? 'घंटा' : 'घंटे'}`;

function windowNote({ daysLeft }: DecisionView): string | undefined {
  if (daysLeft === undefined) return undefined;
  if (daysLeft === 0) return 'आज आपकी रिफिल अवधि का आख़िरी दिन है।';
  return `आपकी रिफिल अवधि में ${daysLeft} दिन बाकी ${daysLeft === 1 ? 'है' : 'हैं'}।`;
}

export const hi: ReplyLocale = {
  aboutOrder: (orderId) => `ऑर्डर ${orderId} के बारे में लिखने के लिए धन्यवाद।`,
  // "ऑर्डर" is the same for one order and for several.
  orderLine: (ids, body) => `ऑर्डर ${ids.join(', ')}: ${body}`,
  askOrderId: 'यह किस ऑर्डर के बारे में है? कृपया ऑर्डर ID भेजें, हम इसे जाँच लेंगे।',

  decisions: {
    'order.not_found': () => NOT_FOUND,
    'order.not_owned': () => NOT_FOUND,

    'refill.not_available': () =>
      'इस सर्विस में रिफिल शामिल नहीं है, इसलिए हम इस ऑर्डर के लिए रिफिल का अनुरोध नहीं कर सकते।',
    'refill.window_expired': ({ windowEnd }) =>
      windowEnd
        ? `इस ऑर्डर की रिफिल अवधि ${windowEnd} को समाप्त हो गई, इसलिए अब रिफिल संभव नहीं है।`
        : 'इस ऑर्डर की रिफिल अवधि समाप्त हो चुकी है, इसलिए अब रिफिल संभव नहीं है।',
    'refill.order_canceled': ({ status }) =>
      `यह ऑर्डर ${STATUS[status ?? 'canceled']}, इसलिए रिफिल करने के लिए कुछ नहीं है।`,
    'refill.order_not_completed': ({ status, progress }) =>
      sentences(
        `यह ऑर्डर अभी ${STATUS[status ?? 'in_progress']}, और रिफिल का अनुरोध ऑर्डर पूरा होने के बाद ही किया जा सकता है।`,
        progress && `अब तक ${progress.quantity} में से ${progress.delivered} डिलीवर हो चुके हैं।`,
      ),
    'refill.below_start_count': ({ currentCount, startCount }) =>
      sentences(
        currentCount !== undefined && startCount !== undefined
          ? `आपके लिंक पर अभी काउंट ${currentCount} है, जो ऑर्डर के स्टार्ट काउंट (${startCount}) से कम है।`
          : 'आपके लिंक पर अभी काउंट ऑर्डर के स्टार्ट काउंट से कम है।',
        NO_REFILL_BELOW_START,
      ),
    'refill.no_drop': (v) =>
      sentences(
        v.currentCount !== undefined
          ? `हमने आपका लिंक जाँचा: काउंट अभी ${v.currentCount} है, यानी इस ऑर्डर में कोई कमी नहीं है और रिफिल की ज़रूरत नहीं है।`
          : 'हमने आपका लिंक जाँचा: इस ऑर्डर में कोई कमी नहीं है और रिफिल की ज़रूरत नहीं है।',
        'अगर बाद में काउंट घटे, तो हमें फिर से लिखें।',
        windowNote(v),
      ),
    'refill.forward': (v) =>
      sentences(
        v.drop !== undefined
          ? `हमने प्रोवाइडर से कम हुए ${v.drop} रिफिल करने को कहा है।`
          : 'हमने प्रोवाइडर से इस ऑर्डर का रिफिल करने को कहा है।',
        windowNote(v),
        FOLLOW,
      ),
    'refill.forward_unverified': (v) =>
      sentences(
        'हम मौजूदा काउंट अपने-आप नहीं जाँच सके, इसलिए हमने प्रोवाइडर से ऑर्डर जाँचकर जो कमी हो उसे रिफिल करने को कहा है।',
        windowNote(v),
        FOLLOW,
      ),

    'cancel.already_canceled': ({ status }) => `यह ऑर्डर पहले ही ${STATUS[status ?? 'canceled']}।`,
    'cancel.already_completed': () => 'यह ऑर्डर पहले ही पूरा हो चुका है, इसलिए अब इसे रद्द नहीं किया जा सकता।',
    'cancel.already_partial': ({ progress }) =>
      sentences(
        'यह ऑर्डर पहले ही आंशिक रूप से पूरा होकर बंद हो चुका है, इसलिए अब इसे रद्द नहीं किया जा सकता।',
        progress && `${progress.quantity} में से ${progress.delivered} डिलीवर हुए।`,
      ),
    'cancel.not_available': () => 'यह सर्विस रद्द करने की सुविधा नहीं देती, इसलिए हम यह ऑर्डर रद्द नहीं कर सकते।',
    'cancel.forward': () => 'हमने प्रोवाइडर से यह ऑर्डर रद्द करने को कहा है। रद्द होते ही हम यहीं पुष्टि करेंगे।',

    'speed_up.already_completed': () =>
      'यह ऑर्डर पहले ही पूरा हो चुका है, इसलिए तेज़ करने के लिए कुछ बाकी नहीं है।',
    'speed_up.order_closed': ({ status }) =>
      status
        ? `यह ऑर्डर ${STATUS[status]}, इसलिए इसे तेज़ नहीं किया जा सकता।`
        : 'यह ऑर्डर बंद हो चुका है, इसलिए इसे तेज़ नहीं किया जा सकता।',
    'speed_up.too_early': (v) =>
      sentences(
        'आपका ऑर्डर अभी सामान्य डिलीवरी समय के अंदर है।',
        v.wait
          ? `कृपया ${wait(v.wait)} और इंतज़ार करें; अगर तब तक यह आगे नहीं बढ़ता, तो हमें लिखें और हम प्रोवाइडर से इसे तेज़ करने को कहेंगे।`
          : 'कृपया थोड़ा और इंतज़ार करें; अगर यह आगे नहीं बढ़ता, तो हमें लिखें और हम प्रोवाइडर से इसे तेज़ करने को कहेंगे।',
      ),
    'speed_up.forward': ({ progress }) =>
      sentences(
        'हमने प्रोवाइडर से यह ऑर्डर तेज़ करने को कहा है।',
        progress && `अब तक ${progress.quantity} में से ${progress.delivered} डिलीवर हो चुके हैं।`,
        FOLLOW,
      ),

    'status.report': ({ status, progress, startCount }) =>
      sentences(
        status ? `आपका ऑर्डर ${STATUS[status]}।` : 'हमने आपका ऑर्डर जाँचा।',
        progress && `डिलीवर हुए: ${progress.quantity} में से ${progress.delivered}।`,
        startCount !== undefined && `स्टार्ट काउंट: ${startCount}।`,
      ),

    'refund.already_refunded': ({ status, progress }) =>
      status === 'partial'
        ? sentences(
            'यह ऑर्डर आंशिक रूप से पूरा होकर बंद हुआ, और जो हिस्सा डिलीवर नहीं हुआ उसका रिफंड पहले ही हो चुका है।',
            progress && `${progress.quantity} में से ${progress.delivered} डिलीवर हुए।`,
            'कृपया अपना बैलेंस देखें।',
          )
        : 'यह ऑर्डर पहले ही रद्द हो चुका है और उसका रिफंड हो चुका है। कृपया अपना बैलेंस देखें।',
    'refund.forward_cancel': () =>
      'हमने प्रोवाइडर से यह ऑर्डर रद्द करने को कहा है। ऑर्डर रद्द होते ही आपके रिफंड की पुष्टि होगी, और हम आपको यहीं बताएँगे।',
    'refund.escalate': () =>
      'हमने आपका रिफंड अनुरोध अपनी टीम को भेज दिया है। टीम का कोई सदस्य इसे देखकर यहीं जवाब देगा।',

    'refund.executed': ({ refund }) =>
      refund
        ? `हमने इस ऑर्डर के ${refund.amount}${refund.currency ? ` ${refund.currency}` : ''} आपके बैलेंस में लौटा दिए हैं: लौटाया गया हिस्सा अब डिलीवर नहीं होगा। कृपया अपना बैलेंस देखें।`
        : 'हमने इस ऑर्डर की राशि आपके बैलेंस में लौटा दी है। कृपया अपना बैलेंस देखें।',

    'other.answer': ({ answer }) => answer ?? 'हमारी टीम का कोई सदस्य यहीं आपको जवाब देगा।',
    'other.escalate': () => 'हमने आपका संदेश अपनी टीम को भेज दिया है, टीम का कोई सदस्य यहीं जवाब देगा।',

    'request.need_screenshot': ({ pendingIntent }) =>
      `कृपया एक स्क्रीनशॉट भेजें जिसमें आपके लिंक का मौजूदा काउंट दिखे। ${
        (pendingIntent && SCREENSHOT_FOR[pendingIntent]) ?? 'आगे बढ़ने'
      } के लिए हमें इसकी ज़रूरत है।`,
    'request.duplicate': () =>
      'इस ऑर्डर के लिए आपके अनुरोध पर हम पहले से काम कर रहे हैं। कोई भी अपडेट होते ही हम आपको यहीं बताएँगे।',
    'quota.blocked': () => 'हमारी टीम का कोई सदस्य इसे देखेगा और यहीं जवाब देगा।',
    'request.limit_exceeded': () =>
      'हम एक संदेश में और एक दिन में सीमित संख्या में ही ऑर्डर जाँच सकते हैं। यह ऑर्डर अभी नहीं जाँचा गया: कृपया इसे बाद में एक अलग संदेश में फिर से भेजें।',
  },

  outcomes: {
    'refill.resolved': ({ orderId }) => `अच्छी ख़बर: ऑर्डर ${orderId} का रिफिल पूरा हो गया है।`,
    'cancel.resolved': ({ orderId }) => `ऑर्डर ${orderId} रद्द हो गया है।`,
    'cancel.ended_partial': ({ orderId, progress }) =>
      sentences(
        `ऑर्डर ${orderId} रद्द होने से पहले ही आंशिक रूप से पूरा होकर बंद हो गया।`,
        progress && `${progress.quantity} में से ${progress.delivered} डिलीवर हुए।`,
      ),
    'cancel.ended_completed': ({ orderId }) => `ऑर्डर ${orderId} रद्द होने से पहले ही पूरा हो गया।`,
    'speed_up.resolved': ({ orderId, status, progress }) =>
      status === 'completed'
        ? `अच्छी ख़बर: ऑर्डर ${orderId} पूरा हो गया है।`
        : sentences(
            `अच्छी ख़बर: ऑर्डर ${orderId} आगे बढ़ रहा है।`,
            progress && `अब तक ${progress.quantity} में से ${progress.delivered} डिलीवर हो चुके हैं।`,
          ),
    'refund.resolved': ({ orderId }) =>
      `ऑर्डर ${orderId} रद्द हो गया है और आपके रिफंड की पुष्टि हो गई है। कृपया अपना बैलेंस देखें।`,
    'request.escalated': ({ orderId }) =>
      `हमने ऑर्डर ${orderId} से जुड़ा आपका अनुरोध हमारी टीम के एक सदस्य को भेज दिया है, जो यहीं जवाब देंगे।`,
    'request.staff_reply': ({ orderId, message }) =>
      message
        ? `ऑर्डर ${orderId} के बारे में हमारी टीम का जवाब:\n${message}`
        : `हमारी टीम ने ऑर्डर ${orderId} से जुड़ा आपका अनुरोध देख लिया है।`,
    'request.closed': ({ orderId }) =>
      `ऑर्डर ${orderId} से जुड़ा आपका अनुरोध बंद कर दिया गया है। अगर आपको कुछ और चाहिए, तो हमें लिखें।`,
    'request.provider_declined': ({ orderId }) =>
      `प्रोवाइडर ऑर्डर ${orderId} के लिए हमारा अनुरोध पूरा नहीं कर सका, इसलिए हमने इसे हमारी टीम के एक सदस्य को भेज दिया है, जो यहीं जवाब देंगे।`,
  },
};
